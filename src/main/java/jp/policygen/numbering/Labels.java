package jp.policygen.numbering;

/** The characters Japanese policies number with. */
public final class Labels {

    private static final String IROHA_ORDER =
            "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
    private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";
    /** イロハ order, as 法令 and 例規 count the items below a 号 written 一, 二 … */
    private static final String IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
    /** アイウ order in half-width katakana, for (ｱ) (ｲ) … */
    private static final String HALF_WIDTH_ORDER =
            "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ";
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    private Labels() {
    }

    /** ① … ㊿; beyond fifty, the number in parentheses (no policy gets there in practice). */
    public static String circled(int n) {
        if (n >= 1 && n <= 20) {
            return String.valueOf((char) (0x2460 + n - 1));
        }
        if (n >= 21 && n <= 35) {
            return String.valueOf((char) (0x3251 + n - 21));
        }
        if (n >= 36 && n <= 50) {
            return String.valueOf((char) (0x32B1 + n - 36));
        }
        return "(" + n + ")";
    }

    /** ア, イ, ウ … in the order used by 例規 (アイウエオ順), then アア, アイ … */
    public static String katakana(int n) {
        StringBuilder out = new StringBuilder();
        int k = n;
        while (k > 0) {
            k--;
            out.insert(0, IROHA_ORDER.charAt(k % IROHA_ORDER.length()));
            k /= IROHA_ORDER.length();
        }
        return out.toString();
    }

    /** イ, ロ, ハ … in イロハ order, then イイ, イロ … */
    public static String iroha(int n) {
        return alphabetic(n, IROHA);
    }

    /** ｱ, ｲ, ｳ … (half-width katakana, アイウ order), for (ｱ). */
    public static String halfWidthKatakana(int n) {
        return alphabetic(n, HALF_WIDTH_ORDER);
    }

    private static String alphabetic(int n, String order) {
        StringBuilder out = new StringBuilder();
        int k = n;
        while (k > 0) {
            k--;
            out.insert(0, order.charAt(k % order.length()));
            k /= order.length();
        }
        return out.toString();
    }

    /** The value of a number written in kanji (一, 十二, 二十三, 百五): the reverse of {@link #kanji(int)}. */
    public static int kanjiValue(String s) {
        int total = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = KANJI_DIGITS.indexOf(c);
            if (d >= 0) {
                current = current * 10 + d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return total + current;
    }

    /** 一, 二 … 十, 十一 … 二十, 百 … as numbers are written in kanji (一 for 号). */
    public static String kanji(int n) {
        if (n <= 0) {
            return KANJI_DIGITS.substring(0, 1);
        }
        StringBuilder out = new StringBuilder();
        int hundreds = n / 100 % 10;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (n >= 1000) {
            out.append(kanji(n / 1000)).append('千');
        }
        if (hundreds > 0) {
            out.append(hundreds > 1 ? String.valueOf(KANJI_DIGITS.charAt(hundreds)) : "").append('百');
        }
        if (tens > 0) {
            out.append(tens > 1 ? String.valueOf(KANJI_DIGITS.charAt(tens)) : "").append('十');
        }
        if (ones > 0) {
            out.append(KANJI_DIGITS.charAt(ones));
        }
        return out.toString();
    }

    /**
     * A number as the house style writes its digits: all full-width (「１２」), or one digit
     * full-width and more half-width (「１」「12」).
     */
    public static String number(int n, jp.policygen.model.Layout.Digits digits) {
        return switch (digits) {
            case FULL -> fullWidth(n);
            case MIXED -> n >= 0 && n < 10 ? fullWidth(n) : Integer.toString(n);
            case AS_WRITTEN -> Integer.toString(n);
        };
    }

    static String latin(int n) {
        StringBuilder out = new StringBuilder();
        int k = n;
        while (k > 0) {
            k--;
            out.insert(0, (char) ('a' + k % 26));
            k /= 26;
        }
        return out.toString();
    }

    /** ２, １０ … as 項 numbers are printed. */
    public static String fullWidth(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(FULL_WIDTH_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    /** A rung of the usual ladder: 0 第N章, 1 N, 2 (N), 3 ①, 4 ア, 5 (ア), 6 a, 7 (a). */
    static String rung(int rung, int n) {
        return switch (rung) {
            case 0 -> "第" + n + "章";
            case 1 -> Integer.toString(n);
            case 2 -> "(" + n + ")";
            case 3 -> circled(n);
            case 4 -> katakana(n);
            case 5 -> "(" + katakana(n) + ")";
            case 6 -> latin(n);
            default -> "(" + latin(n) + ")";
        };
    }

    /**
     * Text with its numbers written as the house style writes digits, character for character
     * (so every offset stays where it was). A number that is part of a code or a name in Latin
     * letters (3A, IPv6, ISO/IEC 27001's neighbours, 1.5) is left as written.
     */
    public static String digitsInText(String text, jp.policygen.model.Layout.Digits digits) {
        if (digits == jp.policygen.model.Layout.Digits.AS_WRITTEN) {
            return text;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            int count = 1;
            while (end < text.length() && (isDigit(text.charAt(end))
                    || (",，".indexOf(text.charAt(end)) >= 0 && end + 1 < text.length() && isDigit(text.charAt(end + 1))))) {
                if (isDigit(text.charAt(end))) {
                    count++;
                }
                end++;
            }
            if (!technical(text, i, end)) {
                boolean wide = digits == jp.policygen.model.Layout.Digits.FULL || count == 1;
                for (int k = i; k < end; k++) {
                    char c = text.charAt(k);
                    char want = c;
                    if (c >= '0' && c <= '9' && wide) {
                        want = (char) (c - '0' + '０');
                    } else if (c >= '０' && c <= '９' && !wide) {
                        want = (char) (c - '０' + '0');
                    }
                    if (want != c) {
                        if (out == null) {
                            out = new StringBuilder(text);
                        }
                        out.setCharAt(k, want);
                    }
                }
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean technical(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        return isLatin(before) || isLatin(after) || "-/.:_%".indexOf(before) >= 0 || "-/.:_".indexOf(after) >= 0
                || (after == '.' || after == '．') && end + 1 < text.length() && isDigit(text.charAt(end + 1));
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }
}
