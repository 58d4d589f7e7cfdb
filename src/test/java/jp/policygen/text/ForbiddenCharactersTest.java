package jp.policygen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;

class ForbiddenCharactersTest {

    @TempDir
    Path dir;

    @Test
    void controlCharactersAreNamedByCodePointAndShortName() {
        assertEquals("U+0000 NUL", ForbiddenCharacters.name(0));
        assertEquals("U+0007 BEL", ForbiddenCharacters.name(7));
        assertEquals("U+001B ESC", ForbiddenCharacters.name(0x1B));
        assertEquals("U+007F DEL", ForbiddenCharacters.name(0x7F));
        assertEquals("U+0085 NEL", ForbiddenCharacters.name(0x85));
        assertTrue(ForbiddenCharacters.name(0x202E).startsWith("U+202E RLO"));
        assertTrue(ForbiddenCharacters.name(0xD800).contains("surrogate"));
        assertTrue(ForbiddenCharacters.name(0xFFFE).contains("noncharacter"));
    }

    @Test
    void tabLineFeedAndCarriageReturnAreTheOnlyControlCharactersAllowed() {
        for (int cp = 0; cp < 0x20; cp++) {
            assertEquals(cp != '\t' && cp != '\n' && cp != '\r', ForbiddenCharacters.isForbidden(cp), "U+" + cp);
        }
        for (int cp : new int[] {0x2066, 0x2069, 0x202A, 0x2028, 0x2029, 0xFFFF, 0x1FFFE, 0xFDD0, 0xDC00}) {
            assertTrue(ForbiddenCharacters.isForbidden(cp), Integer.toHexString(cp));
        }
        // Japanese text, full-width space, the no-break space and a supplementary kanji are text
        for (int cp : "情報　\u00a0ｱ①𠮷「」―".codePoints().toArray()) {
            assertFalse(ForbiddenCharacters.isForbidden(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void everyOneIsFoundAtItsLineAndColumnCountedInCharacters() {
        List<Problem> found = ForbiddenCharacters.find(Path.of("x.md"), "一行目\n𠮷二\u0007行\u202e目\n", null);
        assertEquals(2, found.size());
        assertEquals(2, found.get(0).line());
        assertEquals(3, found.get(0).column(), "𠮷 is one character, two UTF-16 units");
        assertTrue(found.get(0).message().contains("U+0007 BEL"), found.get(0).message());
        assertEquals(5, found.get(1).column());
        assertTrue(found.get(1).message().contains("order in which text is displayed"), found.get(1).message());
    }

    @Test
    void aFileFullOfThemListsTenAndCountsTheRest() {
        List<Problem> found = ForbiddenCharacters.find(Path.of("x.md"), "\u0000".repeat(25), null);
        assertEquals(ForbiddenCharacters.MAX_REPORTED, found.size());
        assertTrue(found.get(9).suggestion().contains("15 more"), found.get(9).suggestion());
    }

    @Test
    void readingAFileRefusesThemAndSaysWhereTheNulIs() throws Exception {
        Path file = dir.resolve("clause.md");
        Files.write(file, "本文です。\r\n二行目\u0000です。\r\n".getBytes(StandardCharsets.UTF_8));
        PolicygenException e = assertThrows(PolicygenException.class, () -> TextFiles.readUtf8(file));
        Problem p = e.problems().get(0);
        assertEquals(2, p.line());
        assertEquals(4, p.column());
        assertTrue(p.message().contains("U+0000 NUL"), p.message());
    }

    @Test
    void aFolderIsCalledAFolderAndAHugeFileIsRefusedBeforeItIsRead() throws Exception {
        PolicygenException folder = assertThrows(PolicygenException.class, () -> TextFiles.readUtf8(dir));
        assertTrue(folder.problems().get(0).message().contains("is a folder"), folder.problems().get(0).message());
        Path big = dir.resolve("big.md");
        Files.write(big, new byte[(int) TextFiles.MAX_BYTES + 1]);
        PolicygenException e = assertThrows(PolicygenException.class, () -> TextFiles.readUtf8(big));
        assertTrue(e.problems().get(0).message().contains("at most"), e.problems().get(0).message());
    }
}
