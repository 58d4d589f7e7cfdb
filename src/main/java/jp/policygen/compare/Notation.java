package jp.policygen.compare;

import java.text.Normalizer;
import java.util.Map;

/**
 * Notation variants that say the same thing (domain.md §6: 強靱/強靭, 、/，, full- and half-width
 * letters, digits and brackets, whitespace). Folding is for comparison only: the stored and
 * displayed text is never changed, and every folded character remembers where it came from.
 */
final class Notation {

    private Notation() {
    }

    /** Ideographs written two ways (JIS 2004 and older forms) and punctuation pairs. */
    private static final Map<Character, Character> VARIANTS = Map.ofEntries(
            Map.entry('靭', '靱'),
            Map.entry('剥', '剝'),
            Map.entry('填', '塡'),
            Map.entry('頬', '頰'),
            Map.entry('，', '、'),
            Map.entry('．', '。'),
            Map.entry('､', '、'),
            Map.entry('｡', '。'),
            Map.entry('〜', '~'),
            Map.entry('－', '-'),
            Map.entry('−', '-'),
            Map.entry('‐', '-'),
            Map.entry('“', '"'),
            Map.entry('”', '"'),
            Map.entry('‘', '\''),
            Map.entry('’', '\''),
            Map.entry('〔', '('),
            Map.entry('〕', ')'));

    /** Whitespace of any width, which Japanese prose does not need and PDF extraction scatters. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0'
                || Character.isWhitespace(c);
    }

    /**
     * The comparison form of one character, or the character itself. Full-width ASCII (Ａ１（）)
     * becomes half-width, half-width katakana full-width, and the variants above one form.
     */
    static char fold(char c) {
        Character v = VARIANTS.get(c);
        if (v != null) {
            return v;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c >= '\uFF61' && c <= '\uFF9F') {
            String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            return n.length() == 1 ? n.charAt(0) : c;
        }
        return c;
    }

    /** Half-width katakana followed by a half-width (han)dakuten: the pair as one full-width kana, or 0. */
    static char composeHalfWidth(char base, char mark) {
        if (base < '\uFF61' || base > '\uFF9D' || (mark != '\uFF9E' && mark != '\uFF9F')) {
            return 0;
        }
        String n = Normalizer.normalize(new String(new char[] {base, mark}), Normalizer.Form.NFKC);
        return n.length() == 1 ? n.charAt(0) : 0;
    }

    /** A whole string folded the same way (used for parameter values, which have no structure). */
    static String foldAll(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            if (i + 1 < s.length()) {
                char composed = composeHalfWidth(c, s.charAt(i + 1));
                if (composed != 0) {
                    out.append(composed);
                    i++;
                    continue;
                }
            }
            out.append(fold(c));
        }
        return out.toString();
    }
}
