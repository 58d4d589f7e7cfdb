package jp.policygen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;

class TextFilesTest {

    @TempDir
    Path dir;

    private static final String TEXT = "第1条（目的）\n本市の情報資産を守る。\n２　（１）全角の数字と括弧はそのまま残る。\n";

    @Test
    void bomAndCrlfAreRemovedButNothingElseChanges() throws Exception {
        Path file = dir.resolve("bom.txt");
        Files.write(file, ("\uFEFF" + TEXT.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, TextFiles.readUtf8(file));
    }

    @Test
    void fullWidthCharactersAreNotNormalised() throws Exception {
        Path file = dir.resolve("fw.txt");
        Files.writeString(file, "（１）ＩＤ及びパスワード　強靱", StandardCharsets.UTF_8);
        assertEquals("（１）ＩＤ及びパスワード　強靱", TextFiles.readUtf8(file));
    }

    @Test
    void shiftJisIsRecognisedAndRefusedWithTheConversionCommand() throws Exception {
        Path file = dir.resolve("sjis.yaml");
        Files.write(file, ("a: b\n" + TEXT).getBytes(Charset.forName("windows-31j")));
        PolicygenException e = assertThrows(PolicygenException.class, () -> TextFiles.readUtf8(file));
        Problem p = e.problems().get(0);
        assertTrue(p.message().contains("Shift_JIS"), p.message());
        assertTrue(p.suggestion().contains("iconv -f Shift_JIS -t UTF-8"), p.suggestion());
        assertEquals(2, p.line(), "the first line with a non-UTF-8 byte");
    }

    @Test
    void eucJpIsRecognisedAndRefused() throws Exception {
        Path file = dir.resolve("euc.txt");
        Files.write(file, TEXT.getBytes(Charset.forName("EUC-JP")));
        PolicygenException e = assertThrows(PolicygenException.class, () -> TextFiles.readUtf8(file));
        assertTrue(e.problems().get(0).message().contains("EUC-JP"), e.problems().get(0).message());
    }
}
