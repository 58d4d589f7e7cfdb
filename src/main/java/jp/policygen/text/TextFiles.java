package jp.policygen.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;

/**
 * Reads text files the way Japanese offices hand them over: UTF-8 with or without a BOM, CRLF
 * line ends, and — refused with a clear message, never silently garbled — Shift_JIS or EUC-JP.
 * The text is returned as written: no Unicode normalisation.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /** Reads a UTF-8 file; a legacy Japanese encoding is an error that says how to convert. */
    public static String readUtf8(Path file) {
        byte[] bytes = read(file);
        String text = decodeStrict(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            String guess = guessLegacyEncoding(bytes);
            String hint = guess == null
                    ? "save the file as UTF-8"
                    : "convert it, e.g. iconv -f " + guess + " -t UTF-8 " + file.getFileName() + " > converted";
            throw PolicygenException.badInput(new Problem(file, lineOfFirstInvalidUtf8(bytes), 0, null,
                    "not valid UTF-8" + (guess == null ? "" : "; it looks like " + guess), hint));
        }
        return normaliseLineEnds(stripBom(text));
    }

    /** Decodes with strict error handling, or returns null when the bytes are not in that charset. */
    public static String decodeStrict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Names the legacy encoding the bytes decode in with the larger share of Japanese characters,
     * or null. Shift_JIS (as Windows writes it, windows-31j) and EUC-JP overlap little: text in
     * one decodes in the other to mostly half-width katakana or errors.
     */
    public static String guessLegacyEncoding(byte[] bytes) {
        String best = null;
        double bestScore = 0.5;
        for (String name : new String[] {"windows-31j", "EUC-JP"}) {
            String text = decodeStrict(bytes, Charset.forName(name));
            if (text == null) {
                continue;
            }
            double score = japaneseShare(text);
            if (score > bestScore) {
                bestScore = score;
                best = name.equals("windows-31j") ? "Shift_JIS" : name;
            }
        }
        return best;
    }

    /** Share of non-ASCII characters that are kana, kanji or full-width punctuation. */
    static double japaneseShare(String text) {
        int nonAscii = 0;
        int japanese = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if ((c >= 0x3000 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF01 && c <= 0xFF5E)) {
                japanese++;
            }
        }
        return nonAscii == 0 ? 0 : (double) japanese / nonAscii;
    }

    public static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineOfFirstInvalidUtf8(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xF0 && b < 0xF8 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
            if (extra < 0 || i + extra >= bytes.length + (extra == 0 ? 1 : 0)) {
                return line;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += extra + 1;
        }
        return line;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, null, "no such file"));
        } catch (IOException e) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, null, "cannot read: " + e.getMessage()));
        }
    }
}
