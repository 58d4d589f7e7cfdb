package jp.policygen.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.numbering.Labels;
import jp.policygen.importing.Label;
import jp.policygen.importing.LabelKind;

/** Printed labels: their form (widths, brackets) and the same label with another number. */
final class LabelForms {

    private static final String IROHA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
    private static final String KANJI_DIGITS = "一二三四五六七八九十百〇";
    private static final Pattern LAST_DIGITS = Pattern.compile("([0-9０-９]+)(?!.*[0-9０-９])");

    private LabelForms() {
    }

    /** The kinds whose numbers count 1, 2, 3 … */
    static boolean counted(LabelKind kind) {
        return kind != LabelKind.BULLET && kind != LabelKind.PREFACE;
    }

    /** A branch number such as 第3条の2, which does not move the count. */
    static boolean branch(Label label) {
        return label.printed().contains("の");
    }

    /**
     * The form of a label with its number taken out: 「(D)」「（D）」「(Ｄ)」「K.」. Two labels of
     * one kind with different forms are printed differently.
     */
    static String form(Label label) {
        StringBuilder out = new StringBuilder();
        // a branch number (第５条の２) is the same form as its article; its digits count for width alone
        String printed = label.printed().replaceFirst("の([0-9]+|[０-９]+)$", "");
        for (char c : printed.toCharArray()) {
            char f = c;
            if (JapaneseText.isAsciiDigit(c)) {
                f = 'D';
            } else if (JapaneseText.isWideDigit(c)) {
                f = 'Ｄ';
            } else if (KANJI_DIGITS.indexOf(c) >= 0) {
                f = '漢';
            } else if (JapaneseText.isKatakana(c) || (c >= 'ｦ' && c <= 'ﾝ') || (c >= '\u2460' && c <= '\u32BF')
                    || JapaneseText.isAsciiLetter(c)) {
                f = 'K';
            }
            boolean placeholder = "DＤ漢K".indexOf(f) >= 0;
            if (placeholder && out.length() > 0 && out.charAt(out.length() - 1) == f) {
                continue;
            }
            out.append(f);
        }
        return out.toString();
    }

    /** {@code printed} rewritten in {@code model}'s form: brackets, digit width and dots as there. */
    static String inForm(String printed, String model) {
        boolean wideDigits = model.indexOf('Ｄ') >= 0;
        boolean wideBrackets = model.indexOf('（') >= 0;
        boolean wideDot = model.indexOf('．') >= 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (JapaneseText.isAsciiDigit(c) && wideDigits) {
                c = (char) (c - '0' + '０');
            } else if (JapaneseText.isWideDigit(c) && !wideDigits) {
                c = (char) (c - '０' + '0');
            } else if ((c == '(' || c == '（') && model.matches(".*[(（].*")) {
                c = wideBrackets ? '（' : '(';
            } else if ((c == ')' || c == '）') && model.matches(".*[)）].*")) {
                c = wideBrackets ? '）' : ')';
            } else if ((c == '.' || c == '．') && model.matches(".*[.．].*")) {
                c = wideDot ? '．' : '.';
            }
            out.append(c);
        }
        // a katakana label's punctuation (ア. / ア、 / ア) follows the model's
        if (printed.length() >= 1 && JapaneseText.isKatakana(printed.charAt(0)) && model.startsWith("K")) {
            return printed.charAt(0) + model.substring(1);
        }
        return out.toString();
    }

    /** The label printed the same way with another number: 「(3)」 → 「(4)」, 「ウ.」 → 「エ.」. */
    static String relabel(Label label, int value) {
        String p = label.printed();
        switch (label.kind()) {
            case CIRCLED:
                return Labels.circled(value);
            case KATAKANA:
            case PAREN_KATAKANA: {
                StringBuilder out = new StringBuilder();
                for (char c : p.toCharArray()) {
                    out.append(JapaneseText.isKatakana(c) && value >= 1 && value <= IROHA.length() ? IROHA.charAt(value - 1) : c);
                }
                return out.toString();
            }
            case LATIN: {
                StringBuilder out = new StringBuilder();
                for (char c : p.toCharArray()) {
                    out.append(JapaneseText.isAsciiLetter(c) && value >= 1 && value <= 26 ? (char) ('a' + value - 1) : c);
                }
                return out.toString();
            }
            default: {
                if (p.length() == 1 && p.charAt(0) >= '\u2474' && p.charAt(0) <= '\u2487' && value >= 1 && value <= 20) {
                    return String.valueOf((char) ('\u2474' + value - 1)); // ⑴ … ⒇
                }
                Matcher m = LAST_DIGITS.matcher(p);
                if (!m.find()) {
                    return p;
                }
                boolean wide = JapaneseText.isWideDigit(m.group(1).charAt(0));
                return p.substring(0, m.start()) + digits(value, wide) + p.substring(m.end());
            }
        }
    }

    static String digits(int value, boolean wide) {
        String s = Integer.toString(value);
        if (!wide) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append((char) (c - '0' + '０'));
        }
        return out.toString();
    }

    /**
     * Whether labels follow the common 例規 rule for digits: a number of one digit full-width,
     * a longer one half-width (「第１条」「第12条」「(１)」「(10)」), with both kinds present.
     * Such labels are one form, not two.
     */
    static boolean mixedDigits(List<Label> labels) {
        boolean single = false;
        boolean longer = false;
        for (Label l : labels) {
            Matcher m = DIGIT_RUN.matcher(l.printed());
            while (m.find()) {
                String run = m.group();
                boolean wide = run.chars().allMatch(c -> JapaneseText.isWideDigit((char) c));
                boolean narrow = run.chars().allMatch(c -> JapaneseText.isAsciiDigit((char) c));
                if (run.length() == 1 && wide) {
                    single = true;
                } else if (run.length() > 1 && narrow) {
                    longer = true;
                } else {
                    return false;
                }
            }
        }
        return single && longer;
    }

    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9０-９]+");

    /** The form of a label with digit widths folded: 「(Ｄ)」 and 「(D)」 alike. */
    static String widthFree(String form) {
        return form.replace('Ｄ', 'D');
    }

    /** The place of a katakana label in イロハ order (イ 1, ロ 2 …), or 0. */
    static int irohaValue(Label label) {
        for (char c : label.printed().toCharArray()) {
            int i = IROHA_ORDER.indexOf(c);
            if (i >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** 法令 count the items below a 号 written 一 in this order. */
    static final String IROHA_ORDER = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";

    /** The digits of a label run together: 「1.1」 → 「11」. */
    static String digitsOf(String printed) {
        StringBuilder out = new StringBuilder();
        for (char c : JapaneseText.fold(printed).toCharArray()) {
            if (JapaneseText.isAsciiDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
