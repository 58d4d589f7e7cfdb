package jp.policygen.numbering;

/** The characters Japanese policies number with. */
public final class Labels {

    private static final String IROHA_ORDER =
            "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
    private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";

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
}
