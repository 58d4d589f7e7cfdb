package jp.policygen.lint;

/** Character classes and folding the rules share. */
final class JapaneseText {

    private JapaneseText() {
    }

    static boolean isKanji(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '々' || c == '〆' || c == 'ヶ';
    }

    /** Katakana and the long-vowel mark, not the middle dot 「・」. */
    static boolean isKatakana(char c) {
        return (c >= '\u30A1' && c <= '\u30FA') || c == 'ー';
    }

    static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u3096';
    }

    /** A character that can be part of a noun compound such as 統括情報セキュリティ責任者. */
    static boolean isNounChar(char c) {
        return isKanji(c) || isKatakana(c);
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isWideDigit(char c) {
        return c >= '０' && c <= '９';
    }

    static boolean isDigit(char c) {
        return isAsciiDigit(c) || isWideDigit(c);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    /**
     * Full-width ASCII (digits, Latin letters, brackets, dots) to ASCII and every kind of space
     * removed: 「（１）」 and 「(1)」 compare equal, 「LGWAN 接続系」 and 「LGWAN接続系」 too. Circled
     * numbers and Roman numerals are kept, they are other labels.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The start of the sentence holding {@code at}: just after the previous 「。」, or 0. */
    static int sentenceStart(String text, int at) {
        int i = Math.min(at, text.length()) - 1;
        while (i >= 0 && text.charAt(i) != '。') {
            i--;
        }
        return i + 1;
    }

    /** The end (exclusive) of the sentence holding {@code at}: after its 「。」, or the text's end. */
    static int sentenceEnd(String text, int at) {
        int i = text.indexOf('。', at);
        return i < 0 ? text.length() : i + 1;
    }
}
