package jp.policygen.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.i18n.Texts;

/**
 * Reads text files the way Japanese offices hand them over: UTF-8 with or without a BOM, CRLF
 * line ends, and — refused with a clear message, never silently garbled — Shift_JIS or EUC-JP.
 * The text is returned as written: no Unicode normalisation.
 */
public final class TextFiles {

    /**
     * The largest text file policygen reads as input (parameters, clause files, templates, its
     * YAML lists): a policy's longest document is about 150 KB, so this is far beyond any real
     * file and short enough that a file pasted by mistake is refused at once.
     */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * Reads a UTF-8 file; a legacy Japanese encoding is an error that says how to convert, and
     * so is every forbidden character ({@link ForbiddenCharacters}), each at its line and column.
     */
    public static String readUtf8(Path file) {
        String text = decodeUtf8(file, read(file));
        List<Problem> forbidden = ForbiddenCharacters.find(file, text, null);
        if (!forbidden.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("text.forbidden.count", file, forbidden.size()), forbidden);
        }
        return text;
    }

    /** Decodes a file's bytes as UTF-8 (BOM dropped, line ends made LF); other encodings are refused. */
    public static String decodeUtf8(Path file, byte[] bytes) {
        String text = decodeStrict(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            String guess = guessLegacyEncoding(bytes);
            String hint = guess == null
                    ? Texts.get("text.notUtf8.save")
                    : Texts.get("text.notUtf8.convert", guess, file.getFileName());
            int[] at = positionOfFirstInvalidUtf8(bytes);
            throw PolicygenException.badInput(new Problem(file, at[0], at[1], null,
                    guess == null ? Texts.get("text.notUtf8") : Texts.get("text.notUtf8.guess", guess), hint));
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

    /** Line and column (in characters) of the first byte sequence that is not UTF-8. */
    private static int[] positionOfFirstInvalidUtf8(byte[] bytes) {
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xF0 && b < 0xF5 ? 3 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
            if (extra < 0 || i + extra >= bytes.length + (extra == 0 ? 1 : 0)) {
                return new int[] {line, column};
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    return new int[] {line, column};
                }
            }
            if (extra == 2) {
                // overlong forms and the surrogate range are not UTF-8 either
                int second = bytes[i + 1] & 0xFF;
                if ((b == 0xE0 && second < 0xA0) || (b == 0xED && second >= 0xA0)) {
                    return new int[] {line, column};
                }
            }
            if (b == '\n') {
                line++;
                column = 1;
            } else if (!(i == 0 && extra == 2 && b == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)) {
                // a byte-order mark takes no column
                column++;
            }
            i += extra + 1;
        }
        return new int[] {line, column};
    }

    /**
     * The bytes of an input file. A folder, a missing file and a file too large to be a text
     * someone wrote are refused at its first line, the only place a whole-file problem has.
     */
    public static byte[] read(Path file) {
        if (Files.isDirectory(file)) {
            throw PolicygenException.badInput(new Problem(file, 1, 1, null, Texts.get("text.folder"),
                    Texts.get("text.folder.fix")));
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw PolicygenException.badInput(new Problem(file, 1, 1, null, Texts.get("text.tooLarge", Texts.count(size), Texts.count(MAX_BYTES)),
                        Texts.get("text.checkFile")));
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, null, Texts.get("text.noFile")));
        } catch (IOException e) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, null, Texts.get("text.cannotRead", e.getMessage())));
        }
    }
}
