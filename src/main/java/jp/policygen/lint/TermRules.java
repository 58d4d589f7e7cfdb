package jp.policygen.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.model.DocumentKind;
import jp.policygen.i18n.Texts;

/** The field's words: misspellings from the dictionary, notation variants, terms defined and unused. */
final class TermRules {

    private TermRules() {
    }

    /** Up to {@code n} characters around a span, for a message: 「…脅威の発生日合いや…」. */
    static String around(String text, int start, int end) {
        int from = Math.max(0, start - 8);
        int to = Math.min(text.length(), end + 6);
        return "「" + (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "") + "」";
    }

    // ---- terms.misspelling --------------------------------------------------------------------

    static final class Misspelling implements Rule {
        @Override
        public String id() {
            return "terms.misspelling";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public void check(LintContext context, Findings out) {
            for (Passage p : context.passages()) {
                String text = p.text();
                for (Dictionary.Misspelling entry : context.dictionary().misspellings()) {
                    int at = text.indexOf(entry.wrong());
                    while (at >= 0) {
                        int end = at + entry.wrong().length();
                        if (applies(entry.context(), entry.wrong(), text, at, end, true)
                                && !applies(entry.unless(), entry.wrong(), text, at, end, false)) {
                            out.at(p, at, entry.wrong().length(), Texts.get("lint.terms.misspelling.message", entry.wrong(), entry.right(),
                                    around(text, at, end)) + (entry.why() == null ? "" : Texts.get("lint.because", entry.why())),
                                    Texts.get("lint.write", entry.right()), entry.right());
                        }
                        at = text.indexOf(entry.wrong(), end);
                    }
                }
            }
        }

        /**
         * Whether a context pattern holds for an occurrence: it must match in the sentence, and
         * cover the occurrence when the pattern spells the word itself. No pattern: {@code absent}.
         */
        static boolean applies(Pattern pattern, String word, String text, int at, int end, boolean absent) {
            if (pattern == null) {
                return absent;
            }
            int from = JapaneseText.sentenceStart(text, at);
            int to = JapaneseText.sentenceEnd(text, at);
            Matcher m = pattern.matcher(text);
            m.region(from, to);
            boolean spellsWord = pattern.pattern().contains(word);
            while (m.find()) {
                if (!spellsWord || (m.start() <= at && m.end() >= end)) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- terms.variant ------------------------------------------------------------------------

    static final class Variant implements Rule {
        @Override
        public String id() {
            return "terms.variant";
        }

        @Override
        public Severity severity() {
            return Severity.INFO;
        }

        private record Use(String form, Passage passage, int offset) {
        }

        @Override
        public void check(LintContext context, Findings out) {
            for (Dictionary.Variant v : context.dictionary().variants()) {
                List<String> longestFirst = v.forms().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
                List<Use> uses = new ArrayList<>();
                for (Passage p : context.textPassages()) {
                    String text = p.text();
                    for (int i = 0; i < text.length(); i++) {
                        for (String form : longestFirst) {
                            if (text.startsWith(form, i) && fits(v, text, i, form)) {
                                uses.add(new Use(form, p, i));
                                i += form.length() - 1;
                                break;
                            }
                        }
                    }
                }
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (Use u : uses) {
                    counts.merge(u.form(), 1, Integer::sum);
                }
                if (counts.size() < 2) {
                    continue;
                }
                String chosen = chosen(context, v, counts);
                String why = context.config().prefer().contains(chosen) ? Texts.get("lint.terms.variant.chosen")
                        : Texts.get("lint.terms.variant.elsewhere", counts.get(chosen));
                for (Use u : uses) {
                    if (!u.form().equals(chosen)) {
                        out.at(u.passage(), u.offset(), u.form().length(), Texts.get("lint.terms.variant.message", u.form(), chosen, why),
                                Texts.get("lint.write", chosen), chosen);
                    }
                }
            }
        }

        /** The body's choice, else the form the text uses most, else the dictionary's preference. */
        private static String chosen(LintContext context, Dictionary.Variant v, Map<String, Integer> counts) {
            for (String p : context.config().prefer()) {
                if (v.forms().contains(p)) {
                    return p;
                }
            }
            int most = counts.values().stream().max(Integer::compare).orElse(0);
            List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
            return top.contains(v.prefer()) ? v.prefer() : top.get(0);
        }

        private static boolean fits(Dictionary.Variant v, String text, int at, String form) {
            int end = at + form.length();
            if (v.next() != null && (end >= text.length() || !v.next().matcher(text.substring(end, end + 1)).matches())) {
                return false;
            }
            for (String word : v.except()) {
                int k = word.indexOf(form);
                while (k >= 0) {
                    if (at - k >= 0 && text.startsWith(word, at - k)) {
                        return false;
                    }
                    k = word.indexOf(form, k + 1);
                }
            }
            return true;
        }
    }

    // ---- terms.unused -------------------------------------------------------------------------

    /** A term defined (in the 定義 section, or 「以下「X」という」) and never used afterwards. */
    static final class Unused implements Rule {
        private static final Pattern DEFINITIONS_TITLE = Pattern.compile("^(用語の)?(定義|意義)$");
        private static final Pattern PAREN = Pattern.compile("[（(]([^）)]*)[）)]");

        @Override
        public String id() {
            return "terms.unused";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public void check(LintContext context, Findings out) {
            boolean standards = context.files().stream().flatMap(f -> f.outline().docs.stream())
                    .anyMatch(d -> d.document.info().kind().equals(DocumentKind.STANDARDS));
            List<Passage> text = context.textPassages();
            // terms of the 定義 section: they serve the whole policy, so only with its standards at hand
            if (standards) {
                for (SourceFile f : context.files()) {
                    for (Outline.Node n : f.outline().all()) {
                        if (!DEFINITIONS_TITLE.matcher(JapaneseText.fold(n.title)).matches()) {
                            continue;
                        }
                        for (Outline.Node term : n.children) {
                            if (term.line == 0 || term.title.isEmpty() || used(text, term.title, term, null, -1)) {
                                continue;
                            }
                            Passage at = headingPassage(f, term.line);
                            if (at != null) {
                                out.at(at, 0, term.title.length(), Texts.get("lint.terms.unused.definition", term.title),
                                        Texts.get("lint.terms.unused.definition.fix"), null);
                            }
                        }
                    }
                }
            }
            for (Passage p : text) {
                Matcher d = RoleRules.INLINE_DEFINITION.matcher(p.text());
                while (d.find()) {
                    String term = d.group(1);
                    if (!used(text, term, null, p, d.start(1))) {
                        out.at(p, d.start(1), term.length(), Texts.get("lint.terms.unused.abbreviation", term),
                                Texts.get("lint.terms.unused.abbreviation.fix", term), null);
                    }
                }
            }
        }

        private static Passage headingPassage(SourceFile f, int line) {
            for (Passage p : f.passages()) {
                if (p.firstLine() == line) {
                    return p;
                }
            }
            return null;
        }

        /**
         * Whether a term occurs outside its own definition. 「通信経路の分割」 also counts as used in
         * 「通信経路を分割する」; 「マイナンバー利用事務系（個人番号利用事務系）」 by either name.
         */
        private static boolean used(List<Passage> text, String term, Outline.Node definition, Passage quoted, int quotedAt) {
            List<Pattern> forms = new ArrayList<>();
            String main = PAREN.matcher(term).replaceAll("");
            forms.add(form(main));
            Matcher alias = PAREN.matcher(term);
            while (alias.find()) {
                if (alias.group(1).length() >= 2) {
                    forms.add(form(alias.group(1)));
                }
            }
            for (Passage p : text) {
                Outline.Node node = p.place().node();
                if (definition != null && node != null && node.isWithin(definition)) {
                    continue;
                }
                String folded = JapaneseText.fold(p.text());
                int skip = p == quoted ? 1 : 0; // the quote itself
                int found = 0;
                for (Pattern f : forms) {
                    Matcher m = f.matcher(folded);
                    while (m.find()) {
                        found++;
                    }
                }
                if (found > skip) {
                    return true;
                }
            }
            return false;
        }

        private static Pattern form(String term) {
            String t = JapaneseText.fold(term);
            int no = t.indexOf('の');
            if (no > 0 && no < t.length() - 1) {
                return Pattern.compile(Pattern.quote(t.substring(0, no)) + "[のをが]" + Pattern.quote(t.substring(no + 1)));
            }
            return Pattern.compile(Pattern.quote(t));
        }
    }
}
