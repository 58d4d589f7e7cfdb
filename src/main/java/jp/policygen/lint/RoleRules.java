package jp.policygen.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.model.DocumentKind;
import jp.policygen.params.BodyParams;
import jp.policygen.params.BodyValues;
import jp.policygen.i18n.Texts;

/**
 * Role names (…責任者, …管理者, …担当者): one role spelled two ways in one text (総括/統括), and
 * roles the body never defined. For a body's generated text the parameters say which titles exist.
 */
final class RoleRules {

    private RoleRules() {
    }

    private static final Pattern SUFFIX = Pattern.compile("責任者|管理者|担当者");
    private static final Pattern DEFINING = Pattern.compile("充て|を置|置く|をいう|という|とする|と称");
    /** Roles of the security organisation name their field; 最高責任者 or 会計管理者 alone are other words. */
    private static final Pattern FIELD = Pattern.compile("情報|セキュリティ|システム|ネットワーク|CSIRT|CISO");
    /** Kanji that tell apart roles that really are two: 正/副 責任者, 第一/第二 担当者. */
    private static final String DISTINGUISHING = "正副主一二三四五六七八九十";
    static final int MIN_LENGTH = 5;

    /** A role-like noun where it stands. */
    record Mention(String name, Passage passage, int offset) {
    }

    static List<Mention> mentions(LintContext context) {
        List<Mention> out = new ArrayList<>();
        for (Passage p : context.passages()) {
            String text = p.text();
            Matcher m = SUFFIX.matcher(text);
            while (m.find()) {
                int start = m.start();
                while (start > 0 && JapaneseText.isNounChar(text.charAt(start - 1))) {
                    start--;
                }
                if (m.end() - start >= MIN_LENGTH) {
                    out.add(new Mention(text.substring(start, m.end()), p, start));
                }
            }
        }
        return out;
    }

    /** The body's role titles, committee and CSIRT names; empty when no parameters are known. */
    static Set<String> titles(BodyParams body) {
        Set<String> out = new HashSet<>();
        if (body != null) {
            BodyValues.of(body).of(BodyValues.Kind.ROLE_TITLE).forEach(v -> out.add(v.text()));
        }
        return out;
    }

    /** Two names of one length that differ in one kanji, not one that tells two roles apart. */
    static boolean oneKanjiApart(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int diff = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (diff >= 0) {
                    return false;
                }
                diff = i;
            }
        }
        char x = a.charAt(diff);
        char y = b.charAt(diff);
        return JapaneseText.isKanji(x) && JapaneseText.isKanji(y)
                && DISTINGUISHING.indexOf(x) < 0 && DISTINGUISHING.indexOf(y) < 0;
    }

    /** Every misspelt name and the name it stands for. */
    static Map<String, String> variants(LintContext context, List<Mention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            counts.merge(m.name(), 1, Integer::sum);
        }
        Set<String> titles = titles(context.body());
        List<String> names = new ArrayList<>(counts.keySet());
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                if (!oneKanjiApart(a, b) || (titles.contains(a) && titles.contains(b))) {
                    continue;
                }
                String canonical;
                if (titles.contains(a) != titles.contains(b)) {
                    canonical = titles.contains(a) ? a : b;
                } else {
                    canonical = counts.get(b) > counts.get(a) ? b : a; // ties: the name seen first
                }
                out.putIfAbsent(canonical.equals(a) ? b : a, canonical);
            }
        }
        // with parameters: a name that ends in a misspelt title (毎年度最高情報統括責任者), unless it
        // ends in a title exactly that is as long (毎年度最高情報セキュリティ責任者 is not 副最高…)
        for (String n : names) {
            if (titles.contains(n) || out.containsKey(n)) {
                continue;
            }
            int exact = titles.stream().filter(n::endsWith).mapToInt(String::length).max().orElse(0);
            for (String t : titles) {
                if (t.length() > exact && t.length() <= n.length()) {
                    String tail = n.substring(n.length() - t.length());
                    if (oneKanjiApart(tail, t) && !titles.contains(tail)) {
                        out.put(n, n.substring(0, n.length() - t.length()) + t);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Terms a text defines in passing: 「（以下「監査責任者」という。）」. */
    static final Pattern INLINE_DEFINITION = Pattern.compile("以下[、，]?「([^」]{1,30})」(?:という|と総称|と称|とする|と略)");

    // ---- roles.variant ------------------------------------------------------------------------

    static final class Variant implements Rule {
        @Override
        public String id() {
            return "roles.variant";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public void check(LintContext context, Findings out) {
            List<Mention> mentions = mentions(context);
            Map<String, String> variants = variants(context, mentions);
            Map<String, Integer> counts = new HashMap<>();
            for (Mention m : mentions) {
                counts.merge(m.name(), 1, Integer::sum);
            }
            Set<String> titles = titles(context.body());
            for (Mention m : mentions) {
                String canonical = variants.get(m.name());
                if (canonical == null) {
                    continue;
                }
                String why = titles.contains(canonical) || titles.stream().anyMatch(canonical::endsWith)
                        ? Texts.get("lint.roles.variant.parameters", titleIn(canonical, titles))
                        : Texts.get("lint.roles.variant.text", canonical, counts.getOrDefault(canonical, 0));
                out.at(m.passage(), m.offset(), m.name().length(), Texts.get("lint.roles.variant.message", m.name(), why),
                        Texts.get("lint.write", canonical), canonical);
            }
        }

        private static String titleIn(String name, Set<String> titles) {
            return titles.stream().filter(name::endsWith).max(java.util.Comparator.comparingInt(String::length)).orElse(name);
        }
    }

    // ---- roles.undefined ----------------------------------------------------------------------

    static final class Undefined implements Rule {
        @Override
        public String id() {
            return "roles.undefined";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public void check(LintContext context, Findings out) {
            boolean standards = context.files().stream().flatMap(f -> f.outline().docs.stream())
                    .anyMatch(d -> d.document.info().kind().equals(DocumentKind.STANDARDS));
            if (context.body() == null && !standards) {
                return; // a basic policy alone names roles its (unpublished) standards define
            }
            List<Mention> mentions = mentions(context);
            Map<String, String> variants = variants(context, mentions);
            Set<String> known = new HashSet<>(titles(context.body()));
            String parameters = parameterText(context.body());
            for (Passage p : context.passages()) {
                Matcher d = INLINE_DEFINITION.matcher(p.text());
                while (d.find()) {
                    known.add(d.group(1));
                }
            }
            if (context.body() == null) {
                for (Mention m : mentions) {
                    if (m.passage().heading() || DEFINING.matcher(sentence(m)).find()) {
                        known.add(m.name());
                    }
                }
            }
            Set<String> reported = new HashSet<>();
            for (Mention m : mentions) {
                String name = m.name();
                if (variants.containsKey(name) || !FIELD.matcher(name).find() || known.stream().anyMatch(name::endsWith)
                        || parameters.contains(name)
                        || !reported.add(m.passage().file().path() + "\u0000" + name)) {
                    continue;
                }
                long times = mentions.stream().filter(x -> x.name().equals(name)).count();
                String message = context.body() != null
                        ? Texts.get("lint.roles.undefined.body", name, context.body().body().name(),
                        String.join("、", titles(context.body()).stream().sorted().toList()))
                        : Texts.get("lint.roles.undefined.text", name, times);
                out.at(m.passage(), m.offset(), name.length(), message,
                        Texts.get(context.body() != null ? "lint.roles.undefined.body.fix" : "lint.roles.undefined.text.fix"), null);
            }
        }

        /** Every name the parameters give (holders, organisations …): posts named there are the body's own. */
        private static String parameterText(BodyParams body) {
            if (body == null) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            for (BodyValues.Value v : BodyValues.of(body).of(BodyValues.Kind.ROLE_HOLDER, BodyValues.Kind.OTHER)) {
                if (v.key().startsWith("scope.") || v.key().startsWith("staff.categories") || v.key().startsWith("definitions.")
                        || v.kind() == BodyValues.Kind.ROLE_HOLDER) {
                    out.append(v.text()).append('\n');
                }
            }
            return out.toString();
        }

        private static String sentence(Mention m) {
            String t = m.passage().text();
            return t.substring(JapaneseText.sentenceStart(t, m.offset()), JapaneseText.sentenceEnd(t, m.offset()));
        }
    }
}
