package jp.policygen.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jp.policygen.text.TextFiles;

/**
 * Decodes a text a body hands over: UTF-8 (with or without BOM) first, then Shift_JIS (as Windows
 * writes it) or EUC-JP when the bytes read as Japanese in that encoding. Returns null when no
 * encoding fits, so the caller can refuse clearly instead of guessing.
 */
final class Decoding {

    record Decoded(String text, String encoding) {
    }

    private Decoding() {
    }

    static Decoded decode(byte[] bytes) {
        String utf8 = TextFiles.decodeStrict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            boolean bom = utf8.startsWith("\uFEFF");
            return new Decoded(TextFiles.normaliseLineEnds(TextFiles.stripBom(utf8)), bom ? "UTF-8 (BOM)" : "UTF-8");
        }
        String legacy = TextFiles.guessLegacyEncoding(bytes);
        if (legacy == null) {
            return null;
        }
        Charset charset = Charset.forName(legacy.equals("Shift_JIS") ? "windows-31j" : legacy);
        return new Decoded(TextFiles.normaliseLineEnds(TextFiles.decodeStrict(bytes, charset)), legacy);
    }
}
