package jp.policygen.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.text.Resources;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.text.YamlDocument;
import jp.policygen.i18n.Texts;

/**
 * Words that mean the same in policies written at different times: an older text's
 * 「コンピュータウイルス」「電子計算機室」「セキュリティ障害」 for the model's 「不正プログラム」「管理区域」
 * 「情報セキュリティインシデント」. Both sides' texts are rewritten to the model's word before
 * {@link Similarity} compares them, so a clause is recognised whatever generation of vocabulary it
 * uses. For scoring only: the diff, the statuses and the reports never see the rewritten text.
 * The list is data ({@code src/main/resources/jp/policygen/compare/equivalents.yaml}), built into
 * the tool and read once.
 */
final class Equivalents {

    /** Where the list is, relative to this class. */
    static final String RESOURCE = "equivalents.yaml";

    /** No equivalents: texts are compared as they are. */
    static final Equivalents NONE = new Equivalents(Map.of());

    /** A form found in a text and what it becomes (itself, for a term or an exception). */
    private record Form(String text, String replacement) {
    }

    private final Map<Character, Form[]> byFirstChar;
    /** Whether any form starts with the character: most characters of a text start none. */
    private final BitSet firstChars = new BitSet();

    private Equivalents(Map<String, String> replacements) {
        Map<Character, List<Form>> index = new HashMap<>();
        replacements.forEach((form, replacement) ->
                index.computeIfAbsent(form.charAt(0), k -> new ArrayList<>()).add(new Form(form, replacement)));
        Map<Character, Form[]> sorted = new HashMap<>();
        index.forEach((c, forms) -> {
            forms.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed().thenComparing(Form::text));
            sorted.put(c, forms.toArray(new Form[0]));
            firstChars.set(c);
        });
        this.byFirstChar = sorted;
    }

    private static final class Bundled {
        static final Equivalents LIST = load();

        private static Equivalents load() {
            return parse(Path.of(RESOURCE), Resources.text(Equivalents.class, RESOURCE));
        }
    }

    /** The list built into the tool, read on first use. */
    static Equivalents bundled() {
        return Bundled.LIST;
    }

    /**
     * Reads a list: {@code equivalents:} entries of {@code term} (the model's word), {@code variants}
     * (words other texts use for it) and optional {@code except} (longer words that contain a
     * variant but mean something else; they are left alone). Every problem is reported with its line.
     */
    static Equivalents parse(Path file, String text) {
        YamlDocument yaml = YamlDocument.parse(file, text);
        List<Problem> problems = new ArrayList<>();
        JsonNode root = yaml.root();
        unknownKeys(yaml, root, "", Set.of("equivalents"), problems);
        Map<String, String> replacements = new LinkedHashMap<>();
        Map<String, String> firstAt = new HashMap<>();
        JsonNode list = root.path("equivalents");
        for (int i = 0; i < list.size(); i++) {
            String at = "/equivalents/" + i;
            JsonNode e = list.get(i);
            unknownKeys(yaml, e, at, Set.of("term", "variants", "except"), problems);
            String term = e.path("term").asText("");
            List<String> variants = texts(e.path("variants"));
            if (term.isEmpty()) {
                problems.add(yaml.problem(at, Texts.get("lint.data.required", "term")));
                continue;
            }
            if (variants.isEmpty()) {
                problems.add(yaml.problem(at + "/variants", Texts.get("compare.equivalents.variant")));
                continue;
            }
            add(yaml, at + "/term", term, term, replacements, firstAt, problems);
            for (int v = 0; v < variants.size(); v++) {
                String variant = variants.get(v);
                if (variant.equals(term)) {
                    problems.add(yaml.problem(at + "/variants/" + v, Texts.get("compare.equivalents.sameAsTerm")));
                    continue;
                }
                add(yaml, at + "/variants/" + v, variant, term, replacements, firstAt, problems);
            }
            List<String> except = texts(e.path("except"));
            for (int x = 0; x < except.size(); x++) {
                String word = except.get(x);
                if (variants.stream().noneMatch(word::contains)) {
                    problems.add(yaml.problem(at + "/except/" + x, Texts.get("compare.equivalents.except", word)));
                    continue;
                }
                add(yaml, at + "/except/" + x, word, word, replacements, firstAt, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("compare.equivalents.problems", problems.size()), problems);
        }
        return new Equivalents(replacements);
    }

    /**
     * A form as written and as compare folds it (full-width letters, spaces), so that it matches
     * whether or not notation is ignored. A form may belong to one entry only.
     */
    private static void add(YamlDocument yaml, String at, String form, String replacement, Map<String, String> replacements,
                            Map<String, String> firstAt, List<Problem> problems) {
        for (boolean folded : new boolean[] {false, true}) {
            String f = folded ? Notation.foldAll(form) : form;
            String r = folded ? Notation.foldAll(replacement) : replacement;
            if (f.isEmpty()) {
                problems.add(yaml.problem(at, "empty"));
                return;
            }
            String before = replacements.get(f);
            if (before != null && !before.equals(r)) {
                problems.add(yaml.problem(at, Texts.get("compare.equivalents.twice", form, yaml.line(firstAt.get(f)))));
                return;
            }
            if (before == null) {
                replacements.put(f, r);
                firstAt.put(f, at);
            }
        }
    }

    /**
     * The text with every variant replaced by its term, reading left to right and taking the
     * longest form that starts at each place (so a term or an exception is kept whole).
     */
    String normalise(String s) {
        if (byFirstChar.isEmpty() || s.isEmpty()) {
            return s;
        }
        StringBuilder out = null;
        int copied = 0;
        int p = 0;
        int n = s.length();
        while (p < n) {
            char c = s.charAt(p);
            if (!firstChars.get(c)) {
                p++;
                continue;
            }
            Form match = null;
            Form[] candidates = byFirstChar.get(c);
            if (candidates != null) {
                for (Form f : candidates) {
                    if (s.startsWith(f.text(), p)) {
                        match = f;
                        break;
                    }
                }
            }
            if (match == null) {
                p++;
                continue;
            }
            int end = p + match.text().length();
            if (!match.replacement().equals(match.text())) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                }
                out.append(s, copied, p).append(match.replacement());
                copied = end;
            }
            p = end;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, n).toString();
    }

    private static void unknownKeys(YamlDocument yaml, JsonNode node, String at, Set<String> known, List<Problem> problems) {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problems.add(yaml.problem(YamlDocument.pointerChild(at, key), Texts.get("lint.data.unknownKey", known)));
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }
}
