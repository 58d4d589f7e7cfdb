package jp.policygen.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.policygen.Problem;
import jp.policygen.i18n.Texts;

/**
 * Characters that never belong in a policy text and are refused wherever policygen reads one
 * (parameters, clause files, templates, its own YAML files): control characters other than TAB
 * and line feed (NUL, BEL, ESC, VT, FF …, DEL and the C1 controls), the bidirectional overrides
 * and isolates that make text display in another order than it reads (U+202A–202E, U+2066–2069),
 * the line and paragraph separators U+2028/2029, noncharacters (U+FFFE, U+FFFF …) and halves of
 * surrogate pairs. None of them is visible in an editor, so each is named by its code point and
 * short name: 「U+0007 BEL」. Carriage returns are allowed: every reader turns CRLF into LF.
 */
public final class ForbiddenCharacters {

    /** At most this many are listed per file; a binary file pasted by mistake would list thousands. */
    public static final int MAX_REPORTED = 10;

    private static final String[] C0 = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF",
            "VT", "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
            "ESC", "FS", "GS", "RS", "US"};
    private static final String[] C1 = {"PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS",
            "PLD", "PLU", "RI", "SS2", "SS3", "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGCI",
            "SCI", "CSI", "ST", "OSC", "PM", "APC"};

    private ForbiddenCharacters() {
    }

    /** Whether a code point is refused; TAB, LF and CR are allowed. */
    public static boolean isForbidden(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x2028 || cp == 0x2029
                || (cp >= 0xD800 && cp <= 0xDFFF)
                || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** 「U+0007 BEL」, 「U+202E RLO (right-to-left override)」: the code point and what it is. */
    public static String name(int cp) {
        String hex = String.format("U+%04X", cp);
        if (cp < 0x20) {
            return hex + " " + C0[cp];
        }
        if (cp == 0x7F) {
            return hex + " DEL";
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            return hex + " " + C1[cp - 0x80];
        }
        return switch (cp) {
            case 0x202A -> hex + " LRE (left-to-right embedding)";
            case 0x202B -> hex + " RLE (right-to-left embedding)";
            case 0x202C -> hex + " PDF (pop directional formatting)";
            case 0x202D -> hex + " LRO (left-to-right override)";
            case 0x202E -> hex + " RLO (right-to-left override)";
            case 0x2066 -> hex + " LRI (left-to-right isolate)";
            case 0x2067 -> hex + " RLI (right-to-left isolate)";
            case 0x2068 -> hex + " FSI (first strong isolate)";
            case 0x2069 -> hex + " PDI (pop directional isolate)";
            case 0x2028 -> hex + " LINE SEPARATOR";
            case 0x2029 -> hex + " PARAGRAPH SEPARATOR";
            default -> cp >= 0xD800 && cp <= 0xDFFF ? hex + " (half of a surrogate pair, not a character)"
                    : hex + " (a noncharacter)";
        };
    }

    /** 「invisible control character U+0007 BEL」: what the character is, for a message. */
    public static String describe(int cp) {
        if (cp >= 0x202A && cp <= 0x2069 && cp != 0x2028 && cp != 0x2029) {
            return Texts.get("text.forbidden.bidi", name(cp));
        }
        return Texts.get("text.forbidden.control", name(cp));
    }

    /** What to say about a forbidden character found in a file. */
    public static String message(int cp) {
        return Texts.get("text.forbidden.message", describe(cp));
    }

    /** What to do about a forbidden character. */
    public static String suggestion() {
        return Texts.get("text.forbidden.fix");
    }

    /**
     * The forbidden characters of a text read from {@code file}, each at its line and column
     * (1-based; columns count characters), at most {@link #MAX_REPORTED}, the last of which says
     * how many more there are.
     */
    public static List<Problem> find(Path file, String text, String key) {
        List<Problem> out = new ArrayList<>();
        int line = 1;
        int column = 1;
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isForbidden(cp)) {
                total++;
                if (out.size() < MAX_REPORTED) {
                    out.add(new Problem(file, line, column, key, message(cp), suggestion()));
                }
            }
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(cp);
        }
        if (total > out.size()) {
            Problem last = out.remove(out.size() - 1);
            out.add(last.withSuggestion(Texts.get("text.forbidden.more", suggestion(), total - out.size() - 1)));
        }
        return out;
    }

    /** The first forbidden code point of a text, or -1. */
    public static int first(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isForbidden(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
