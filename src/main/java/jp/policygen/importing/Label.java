package jp.policygen.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number found at the start of a line, as printed (「（１）」「1.1」「第3条の2」), its kind and
 * its value (0 when it has none, e.g. a bullet). Full-width digits and brackets are recognised
 * but the printed form is kept.
 */
public record Label(LabelKind kind, String printed, int value) {

    private static final String DIGITS = "[0-9０-９]+";
    private static final String KANJI_DIGITS = "[一二三四五六七八九十百〇]+";
    private static final String SPACE = "[\\s\u3000]";
    /**
     * 第N章/節/条 run straight into a particle or a further number (「第30条に定める」「第５条の規定」
     * 「第２条第３項」「第６条から」「第１章、」): a citation inside a sentence, never a label. A
     * label is followed by a space, its caption 「（目的）」 or its title, or it is 枝番 「第２条の２」.
     */
    private static final Pattern REFERENCE = Pattern.compile("^第(?:" + DIGITS + "|" + KANJI_DIGITS + ")[章節条](?:の" + DIGITS
            + ")?(?:に|を|は|が|で|と|から|まで|及び|又は|並びに|若しくは|中|第|ただし|、|，|の(?![0-9０-９一二三四五六七八九十]))");

    private static final Pattern CHAPTER = Pattern.compile("^(第(" + DIGITS + "|" + KANJI_DIGITS + ")章(?:の" + DIGITS + ")?)" + SPACE + "*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^(第(" + DIGITS + "|" + KANJI_DIGITS + ")節)" + SPACE + "*(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^(第(" + DIGITS + "|" + KANJI_DIGITS + ")条(?:の" + DIGITS + ")?)" + SPACE + "*(.*)$");
    private static final Pattern DOTTED = Pattern.compile("^((" + DIGITS + ")[.．]" + DIGITS + "(?:[.．]" + DIGITS + ")?)" + SPACE + "+(.+)$");
    private static final Pattern PLAIN = Pattern.compile("^((" + DIGITS + "))" + SPACE + "+(.+)$");
    private static final Pattern PAREN_NUMBER = Pattern.compile("^([(（](" + DIGITS + ")[)）])" + SPACE + "*(.+)$");
    /** 「⑴」…「⒇」: one character for a parenthesised number, as word processors print it. */
    private static final Pattern PAREN_NUMBER_CHAR = Pattern.compile("^([\u2474-\u2487])" + SPACE + "*(.+)$");
    private static final Pattern CIRCLED = Pattern.compile("^([\u2460-\u2473\u3251-\u325F\u32B1-\u32BF])" + SPACE + "*(.+)$");
    private static final Pattern KATAKANA = Pattern.compile("^(([ア-ン])[.．、]?)" + SPACE + "+(.+)$|^(([ア-ン])[.．])" + SPACE + "*(.+)$");
    private static final Pattern PAREN_KATAKANA = Pattern.compile("^([(（]([ア-ンｱ-ﾝ])[)）])" + SPACE + "*(.+)$");
    /** A 号 written in kanji, as 法令 and some 例規 number them: 「一　…」. */
    private static final Pattern KANJI_ITEM = Pattern.compile("^([一二三四五六七八九十]+)" + SPACE + "+(.+)$");
    private static final Pattern LATIN = Pattern.compile("^(([a-z])[.．)）])" + SPACE + "*(.+)$");
    // ○ and ● are bullets only when a space follows: 「○○市」 is a placeholder name, not a list item.
    private static final Pattern BULLET = Pattern.compile("^([・•])" + SPACE + "*(.+)$|^([●○])" + SPACE + "+(.+)$");
    private static final Pattern MARKDOWN_NUMBER = Pattern.compile("^((" + DIGITS + ")[.．])" + SPACE + "+(.+)$");
    private static final Pattern PREFACE = Pattern.compile("^(序)" + SPACE + "+(.+)$");

    /** A label and the text after it. */
    public record Found(Label label, String rest) {
    }

    /** The label at the start of {@code line} (already stripped of Markdown markers), or null. */
    public static Found parse(String line) {
        Matcher m;
        if (REFERENCE.matcher(line).lookingAt()) {
            return null; // 「第30条に定める…」: a reference that a line break put first, not a heading
        }
        if ((m = CHAPTER.matcher(line)).matches()) {
            return found(LabelKind.CHAPTER, m.group(1), number(m.group(2)), m.group(3));
        }
        if ((m = SECTION.matcher(line)).matches()) {
            return found(LabelKind.SECTION, m.group(1), number(m.group(2)), m.group(3));
        }
        if ((m = ARTICLE.matcher(line)).matches()) {
            return found(LabelKind.ARTICLE, m.group(1), number(m.group(2)), m.group(3));
        }
        if ((m = PREFACE.matcher(line)).matches()) {
            return found(LabelKind.PREFACE, m.group(1), 0, m.group(2));
        }
        if ((m = KANJI_ITEM.matcher(line)).matches()) {
            return found(LabelKind.PAREN_NUMBER, m.group(1), kanji(m.group(1)), m.group(2));
        }
        if ((m = DOTTED.matcher(line)).matches()) {
            String printed = m.group(1);
            String[] parts = printed.split("[.．]");
            return found(LabelKind.DOTTED, printed, number(parts[parts.length - 1]), m.group(3));
        }
        if ((m = PLAIN.matcher(line)).matches() && number(m.group(2)) < 100) {
            return found(LabelKind.PLAIN, m.group(1), number(m.group(2)), m.group(3));
        }
        if ((m = PAREN_NUMBER.matcher(line)).matches()) {
            return found(LabelKind.PAREN_NUMBER, m.group(1), number(m.group(2)), m.group(3));
        }
        if ((m = PAREN_NUMBER_CHAR.matcher(line)).matches()) {
            return found(LabelKind.PAREN_NUMBER, m.group(1), m.group(1).charAt(0) - '\u2474' + 1, m.group(2));
        }
        if ((m = CIRCLED.matcher(line)).matches()) {
            return found(LabelKind.CIRCLED, m.group(1), circled(m.group(1).charAt(0)), m.group(2));
        }
        if ((m = PAREN_KATAKANA.matcher(line)).matches()) {
            return found(LabelKind.PAREN_KATAKANA, m.group(1), katakana(m.group(2).charAt(0)), m.group(3));
        }
        if ((m = KATAKANA.matcher(line)).matches()) {
            if (m.group(1) != null) {
                return found(LabelKind.KATAKANA, m.group(1), katakana(m.group(2).charAt(0)), m.group(3));
            }
            return found(LabelKind.KATAKANA, m.group(4), katakana(m.group(5).charAt(0)), m.group(6));
        }
        if ((m = LATIN.matcher(line)).matches()) {
            return found(LabelKind.LATIN, m.group(1), m.group(2).charAt(0) - 'a' + 1, m.group(3));
        }
        if ((m = MARKDOWN_NUMBER.matcher(line)).matches()) {
            return found(LabelKind.MARKDOWN_NUMBER, m.group(1), number(m.group(2)), m.group(3));
        }
        if ((m = BULLET.matcher(line)).matches()) {
            return m.group(1) != null ? found(LabelKind.BULLET, m.group(1), 0, m.group(2))
                    : found(LabelKind.BULLET, m.group(3), 0, m.group(4));
        }
        return null;
    }

    private static Found found(LabelKind kind, String printed, int value, String rest) {
        return new Found(new Label(kind, printed, value), rest == null ? "" : rest.strip());
    }

    /** 12, １２ or 十二 → 12. */
    static int number(String digits) {
        if (digits.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= '０' && c <= '９'))) {
            int n = 0;
            for (char c : digits.toCharArray()) {
                n = n * 10 + (c >= '０' ? c - '０' : c - '0');
            }
            return n;
        }
        return kanji(digits);
    }

    private static int kanji(String digits) {
        return jp.policygen.numbering.Labels.kanjiValue(digits);
    }

    private static int circled(char c) {
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        if (c >= '\u3251' && c <= '\u325F') {
            return c - '\u3251' + 21;
        }
        return c - '\u32B1' + 36;
    }

    private static final String IROHA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

    private static final String HALF_WIDTH = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ";

    private static int katakana(char c) {
        int half = HALF_WIDTH.indexOf(c);
        return half >= 0 ? half + 1 : IROHA.indexOf(c) + 1;
    }
}
