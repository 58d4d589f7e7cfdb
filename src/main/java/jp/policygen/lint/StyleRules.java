package jp.policygen.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.policygen.i18n.Texts;

/** The conventions of official Japanese (公用文): kana where 公用文 writes kana, 送り仮名, fixed particles, list commas. */
final class StyleRules {

    private StyleRules() {
    }

    // ---- style.kobun --------------------------------------------------------------------------

    /** Every entry of lint/conventions.yaml, where its context holds. */
    static final class Kobun implements Rule {
        @Override
        public String id() {
            return "style.kobun";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public void check(LintContext context, Findings out) {
            for (Passage p : context.textPassages()) {
                if (p.table()) {
                    continue;
                }
                String text = p.text();
                for (Conventions.Entry e : context.dictionary().conventions().entries()) {
                    int at = text.indexOf(e.wrong());
                    while (at >= 0) {
                        if (e.appliesAt(text, at)) {
                            out.at(p, at, e.wrong().length(), Texts.get("lint.style.kobun.message", e.wrong(),
                                    TermRules.around(text, at, at + e.wrong().length()), e.right())
                                    + (e.why().isEmpty() ? "" : Texts.get("lint.style.kobun.why", e.why())),
                                    Texts.get("lint.write", e.right()), e.right());
                        }
                        at = text.indexOf(e.wrong(), at + e.wrong().length());
                    }
                }
            }
        }
    }

    // ---- style.list-comma ---------------------------------------------------------------------

    /**
     * 「A、B、及びC」: 公用文 joins the last item of a list of nouns with 及び or 又は and no 、 before
     * it (「A、B及びC」). Only between nouns: 「…し、及び…する」, joining predicates, takes the 、.
     */
    static final class ListComma implements Rule {
        private static final String NOUN = "[\\p{IsHan}\\p{IsKatakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９]";
        private static final Pattern LIST = Pattern.compile(NOUN + "{2,}[、，]" + NOUN + "{2,}(?:等)?([、，])(及び|又は|若しくは|並びに)" + NOUN);

        @Override
        public String id() {
            return "style.list-comma";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public void check(LintContext context, Findings out) {
            for (Passage p : context.textPassages()) {
                if (p.table()) {
                    continue;
                }
                String text = p.text();
                Matcher m = LIST.matcher(text);
                int from = 0;
                while (m.find(from)) {
                    int comma = m.start(1);
                    out.at(p, comma, 1, Texts.get("lint.style.list-comma.message", m.group(2),
                            TermRules.around(text, comma, comma + 1 + m.group(2).length())),
                            Texts.get("lint.style.list-comma.fix", m.group(2)), "");
                    from = m.end(1);
                }
            }
        }
    }
}
