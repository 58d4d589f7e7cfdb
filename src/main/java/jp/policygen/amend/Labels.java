package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers printed labels carry: 「第５条の２」 is article 5, branch 2; 「(3)」「⑶」「三」
 * item 3; 「イ」 the second katakana; 「1.5」 the fifth of the first. Numbers are read in half- and
 * full-width digits alike, since texts print both.
 */
final class Labels {

    private Labels() {
    }

    private static final String IROHA_ORDER =
            "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
    private static final String IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";

    static final Pattern ARTICLE = Pattern.compile("第([0-9０-９]+)条((?:の[0-9０-９]+)*)");
    static final Pattern CHAPTER = Pattern.compile("第([0-9０-９]+)(章|節|款)((?:の[0-9０-９]+)*)");
    private static final Pattern DIGITS = Pattern.compile("([0-9０-９]+)((?:の[0-9０-９]+)*)");
    private static final Pattern PAREN = Pattern.compile("[(（]([0-9０-９]+)((?:の[0-9０-９]+)*)[)）]");
    private static final Pattern PAREN_KANA = Pattern.compile("[(（]([ァ-ヺｦ-ﾝ]+)[)）]");
    private static final Pattern PAREN_LATIN = Pattern.compile("[(（]([a-zａ-ｚ]+)[)）]");
    private static final Pattern KANA = Pattern.compile("[ァ-ヺ]+");
    private static final Pattern KANJI = Pattern.compile("[一二三四五六七八九十百]+((?:の[一二三四五六七八九十百]+)*)");
    private static final Pattern LATIN = Pattern.compile("[a-zａ-ｚ]+");
    private static final Pattern DOTTED = Pattern.compile("[0-9０-９]+(?:[.．][0-9０-９]+)+");

    static boolean isBullet(String label) {
        return label.equals("・") || label.equals("•") || label.equals("-") || label.equals("○") || label.equals("◯");
    }

    static boolean isArticle(String label) {
        return ARTICLE.matcher(label).matches();
    }

    static boolean isChapter(String label) {
        return CHAPTER.matcher(label).matches();
    }

    static boolean isDotted(String label) {
        return DOTTED.matcher(label).matches();
    }

    /** Whether a label has a branch number: 第６条の２, (3の2). */
    static boolean branched(String label) {
        return label.contains("の");
    }

    /**
     * The numbers of a label: main number first, then branch numbers (「第５条の２」 → [5, 2],
     * 「1.5」 → [5], 「イ」 → [2]); empty when the label holds no number (a bullet, "").
     */
    static List<Integer> numbers(String label) {
        List<Integer> out = new ArrayList<>();
        Matcher m;
        if ((m = ARTICLE.matcher(label)).matches() || (m = CHAPTER.matcher(label)).matches()) {
            out.add(parseDigits(m.group(1)));
            branches(m.group(m.groupCount()), out);
        } else if ((m = DOTTED.matcher(label)).matches()) {
            String[] parts = label.split("[.．]");
            out.add(parseDigits(parts[parts.length - 1]));
        } else if ((m = DIGITS.matcher(label)).matches() || (m = PAREN.matcher(label)).matches()) {
            out.add(parseDigits(m.group(1)));
            branches(m.group(2), out);
        } else if ((m = PAREN_KANA.matcher(label)).matches()) {
            out.add(kana(m.group(1)));
        } else if ((m = PAREN_LATIN.matcher(label)).matches()) {
            out.add(latin(m.group(1)));
        } else if (KANA.matcher(label).matches()) {
            out.add(kana(label));
        } else if ((m = KANJI.matcher(label)).matches()) {
            String[] parts = label.split("の");
            for (String p : parts) {
                out.add(kanji(p));
            }
        } else if (LATIN.matcher(label).matches()) {
            out.add(latin(label));
        } else if (label.length() == 1 && circled(label.charAt(0)) > 0) {
            out.add(circled(label.charAt(0)));
        } else if (label.length() == 1 && parenthesised(label.charAt(0)) > 0) {
            out.add(parenthesised(label.charAt(0)));
        }
        return out;
    }

    /** The main number of a label, or 0. */
    static int number(String label) {
        List<Integer> n = numbers(label);
        return n.isEmpty() ? 0 : n.get(0);
    }

    private static void branches(String group, List<Integer> out) {
        if (group == null || group.isEmpty()) {
            return;
        }
        for (String p : group.split("の")) {
            if (!p.isEmpty()) {
                out.add(parseDigits(p));
            }
        }
    }

    static int parseDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c >= '０' && c <= '９' ? c - '０' : c - '0';
            n = n * 10 + d;
        }
        return n;
    }

    private static int kana(String s) {
        // both orders occur; アイウ… for municipal texts, イロハ… for 法令 style: take the one that knows the first character
        char first = s.charAt(0);
        if (s.length() == 1 && IROHA.indexOf(first) >= 0 && IROHA_ORDER.indexOf(first) < 0) {
            return IROHA.indexOf(first) + 1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            int k = IROHA_ORDER.indexOf(toFullWidthKana(s.charAt(i)));
            n = n * IROHA_ORDER.length() + (k < 0 ? 0 : k + 1);
        }
        return n;
    }

    private static char toFullWidthKana(char c) {
        String half = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ";
        int k = half.indexOf(c);
        return k < 0 ? c : IROHA_ORDER.charAt(k);
    }

    private static int latin(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c >= 'ａ' ? c - 'ａ' + 1 : c - 'a' + 1;
            n = n * 26 + d;
        }
        return n;
    }

    static int kanji(String s) {
        return jp.policygen.numbering.Labels.kanjiValue(s);
    }

    private static int circled(char c) {
        if (c >= 0x2460 && c <= 0x2473) {
            return c - 0x2460 + 1;
        }
        if (c >= 0x3251 && c <= 0x325F) {
            return c - 0x3251 + 21;
        }
        if (c >= 0x32B1 && c <= 0x32BF) {
            return c - 0x32B1 + 36;
        }
        return 0;
    }

    private static int parenthesised(char c) {
        // ⑴ … ⒇
        return c >= 0x2474 && c <= 0x2487 ? c - 0x2474 + 1 : 0;
    }

    /** A number in kanji: 一, 十二, 二十三 (for counts: 「次の二条」). */
    static String kanjiNumber(int n) {
        return jp.policygen.numbering.Labels.kanji(n);
    }
}
