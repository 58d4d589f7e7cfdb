package jp.policygen.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policygen.i18n.Texts;

/** Characters: doubled ones, widths mixed within a text, brackets left open or closed twice. */
final class CharRules {

    private CharRules() {
    }

    // ---- chars.doubled ------------------------------------------------------------------------

    static final class Doubled implements Rule {
        @Override
        public String id() {
            return "chars.doubled";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public void check(LintContext context, Findings out) {
            String chars = context.dictionary().doubledChars();
            for (Passage p : context.passages()) {
                String text = p.text();
                for (int i = 0; i + 1 < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c != text.charAt(i + 1) || chars.indexOf(c) < 0 || excepted(context, text, i)) {
                        continue;
                    }
                    int end = i + 2;
                    while (end < text.length() && text.charAt(end) == c) {
                        end++;
                    }
                    out.at(p, i, end - i, Texts.get("lint.chars.doubled.message", text.substring(i, end), c, end - i,
                            TermRules.around(text, i, end)), Texts.get("lint.chars.doubled.fix", c), String.valueOf(c));
                    i = end - 1;
                }
            }
        }

        private static boolean excepted(LintContext context, String text, int at) {
            String pair = text.substring(at, at + 2);
            for (String word : context.dictionary().doubledExcept()) {
                int k = word.indexOf(pair);
                while (k >= 0) {
                    if (at - k >= 0 && text.startsWith(word, at - k)) {
                        return true;
                    }
                    k = word.indexOf(pair, k + 1);
                }
            }
            return false;
        }
    }

    // ---- chars.width --------------------------------------------------------------------------

    /**
     * Numbers written in two widths in one text (「１」 and 「1」), one number mixing them
     * (「１2」), or Roman numerals written both as 「Ⅱ」 and as Latin 「II」. Single digits and longer
     * numbers are compared apart: 「第１条 … 平成15年」 is a common deliberate style.
     */
    static final class Width implements Rule {
        @Override
        public String id() {
            return "chars.width";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        private record Token(String kind, String text, Passage passage, int offset) {
        }

        @Override
        public void check(LintContext context, Findings out) {
            List<Token> tokens = new ArrayList<>();
            for (Passage p : context.textPassages()) {
                String text = p.text();
                for (int i = 0; i < text.length(); ) {
                    char c = text.charAt(i);
                    int end = i + 1;
                    if (JapaneseText.isDigit(c)) {
                        while (end < text.length() && JapaneseText.isDigit(text.charAt(end))) {
                            end++;
                        }
                        String t = text.substring(i, end);
                        boolean wide = t.chars().anyMatch(ch -> JapaneseText.isWideDigit((char) ch));
                        boolean narrow = t.chars().anyMatch(ch -> JapaneseText.isAsciiDigit((char) ch));
                        if (wide && narrow) {
                            String want = narrowDigits(t);
                            out.at(p, i, t.length(), Texts.get("lint.chars.width.mixed", t), Texts.get("lint.write", want), want);
                        } else if (!technical(text, i, end)) {
                            tokens.add(new Token((t.length() == 1 ? "one digit " : "digits ") + (wide ? "full" : "half"), t, p, i));
                        }
                    } else if (c >= 'Ⅰ' && c <= 'Ⅻ') {
                        tokens.add(new Token("roman numeral", String.valueOf(c), p, i));
                    } else if ((c == 'I' || c == 'V' || c == 'X') && (i == 0 || !JapaneseText.isAsciiLetter(text.charAt(i - 1)))) {
                        while (end < text.length() && "IVX".indexOf(text.charAt(end)) >= 0) {
                            end++;
                        }
                        if (end - i <= 4 && (end == text.length() || !JapaneseText.isAsciiLetter(text.charAt(end)))
                                && japaneseAround(text, i, end)) {
                            tokens.add(new Token("roman latin", text.substring(i, end), p, i));
                        }
                    }
                    i = end;
                }
            }
            compare(tokens, "one digit full", "one digit half", out);
            compare(tokens, "digits full", "digits half", out);
            compare(tokens, "roman numeral", "roman latin", out);
        }

        /** Reports the less used of two ways of writing, when a text uses both. */
        private static void compare(List<Token> tokens, String a, String b, Findings out) {
            List<Token> as = tokens.stream().filter(t -> t.kind().equals(a)).toList();
            List<Token> bs = tokens.stream().filter(t -> t.kind().equals(b)).toList();
            if (as.isEmpty() || bs.isEmpty()) {
                return;
            }
            List<Token> minority = as.size() >= bs.size() ? bs : as;
            List<Token> majority = minority == as ? bs : as;
            for (Token t : minority) {
                String want = convert(t.text(), majority.get(0).text());
                out.at(t.passage(), t.offset(), t.text().length(), Texts.get("lint.chars.width.message", t.text(),
                        majority.get(0).text(), majority.size()), Texts.get("lint.write", want), want);
            }
        }

        private static String convert(String text, String model) {
            if (text.chars().allMatch(c -> "IVX".indexOf(c) >= 0)) {
                return roman(text);
            }
            if (text.length() == 1 && text.charAt(0) >= 'Ⅰ' && text.charAt(0) <= 'Ⅻ') {
                return latin(text.charAt(0));
            }
            boolean wide = JapaneseText.isWideDigit(model.charAt(0));
            return wide ? LabelForms.digits(Integer.parseInt(narrowDigits(text)), true) : narrowDigits(text);
        }

        private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

        private static String roman(String latin) {
            for (int i = 0; i < ROMAN.length; i++) {
                if (ROMAN[i].equals(latin)) {
                    return String.valueOf((char) ('Ⅰ' + i));
                }
            }
            return latin;
        }

        private static String latin(char numeral) {
            return ROMAN[numeral - 'Ⅰ'];
        }

        static String narrowDigits(String t) {
            StringBuilder out = new StringBuilder();
            for (char c : t.toCharArray()) {
                out.append(JapaneseText.isWideDigit(c) ? (char) (c - '０' + '0') : c);
            }
            return out.toString();
        }

        /** Digits of an identifier (ISO 7498-2, LGWAN-ASP, 27001:2013), not of running text. */
        private static boolean technical(String text, int start, int end) {
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            char after = end < text.length() ? text.charAt(end) : ' ';
            return JapaneseText.isAsciiLetter(before) || JapaneseText.isAsciiLetter(after) || "-/.:_".indexOf(before) >= 0
                    || "-/.:_".indexOf(after) >= 0 || before == '：' || after == '：';
        }

        /** A Latin numeral standing in Japanese text (「分類 I・II の」), not an English word. */
        private static boolean japaneseAround(String text, int start, int end) {
            int b = start - 1;
            while (b >= 0 && text.charAt(b) == ' ') {
                b--;
            }
            int a = end;
            while (a < text.length() && (text.charAt(a) == ' ')) {
                a++;
            }
            boolean left = b < 0 || !JapaneseText.isAsciiLetter(text.charAt(b)) && text.charAt(b) > 0x2000;
            boolean right = a >= text.length() || !JapaneseText.isAsciiLetter(text.charAt(a)) && text.charAt(a) > 0x2000;
            return left && right;
        }
    }

    // ---- chars.brackets -----------------------------------------------------------------------

    /** A bracket closed that was never opened, or opened and never closed, within one paragraph. */
    static final class Brackets implements Rule {
        private static final Map<Character, Character> PAIRS = new LinkedHashMap<>();

        static {
            PAIRS.put('（', '）');
            PAIRS.put('(', ')');
            PAIRS.put('「', '」');
            PAIRS.put('『', '』');
            PAIRS.put('【', '】');
            PAIRS.put('［', '］');
            PAIRS.put('〔', '〕');
        }

        @Override
        public String id() {
            return "chars.brackets";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        private static char family(char c) {
            return switch (c) {
                case '(', '（', ')', '）' -> '(';
                default -> c;
            };
        }

        private static boolean opener(char c) {
            return PAIRS.containsKey(c);
        }

        private static boolean closer(char c) {
            return PAIRS.containsValue(c);
        }

        private static char openerOf(char closer) {
            for (Map.Entry<Character, Character> e : PAIRS.entrySet()) {
                if (e.getValue() == closer) {
                    return e.getKey();
                }
            }
            return closer;
        }

        @Override
        public void check(LintContext context, Findings out) {
            for (Passage p : context.textPassages()) {
                String text = p.text();
                Deque<Integer> open = new ArrayDeque<>();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (opener(c)) {
                        open.push(i);
                    } else if (closer(c)) {
                        if (!open.isEmpty() && family(text.charAt(open.peek())) == family(openerOf(c))) {
                            open.pop();
                        } else if (!enumerator(text, i)) {
                            out.at(p, i, 1, Texts.get("lint.chars.brackets.unopened", c, TermRules.around(text, i, i + 1)),
                                    Texts.get("lint.chars.brackets.unopened.fix"), "");
                            break;
                        }
                    }
                }
                if (!open.isEmpty()) {
                    int at = open.peekLast();
                    out.at(p, at, 1, Texts.get("lint.chars.brackets.unclosed", text.charAt(at), TermRules.around(text, at, at + 1)),
                            Texts.get("lint.chars.brackets.unclosed.fix", PAIRS.get(text.charAt(at))), null);
                }
            }
        }

        /** 「1)」「ア)」 used as a label inside the text. */
        private static boolean enumerator(String text, int at) {
            if (at == 0) {
                return false;
            }
            char before = text.charAt(at - 1);
            boolean labelChar = JapaneseText.isDigit(before) || JapaneseText.isAsciiLetter(before)
                    || (JapaneseText.isKatakana(before) && before != 'ー');
            char start = at >= 2 ? text.charAt(at - 2) : ' ';
            return labelChar && (at == 1 || JapaneseText.isSpace(start) || start == '、' || start == '。');
        }
    }
}
