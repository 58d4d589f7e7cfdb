package jp.policygen.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.text.Resources;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.text.TextFiles;
import jp.policygen.text.YamlDocument;
import jp.policygen.i18n.Texts;

/**
 * The terminology dictionary ({@code lint/terms.yaml}): misspellings and misconversions of the
 * field's words, notation variants, and the characters that must not double. Data, not code, so
 * that staff can extend it; every problem in it is reported with its line.
 */
public final class Dictionary {

    /** Where a project keeps its dictionary, and where the tool keeps its own copy. */
    public static final String PROJECT_FILE = "lint/terms.yaml";
    private static final String RESOURCE = "/jp/policygen/lint/terms.yaml";

    /** A wrong word and the right one; {@code context} and {@code unless} may be null. */
    public record Misspelling(String wrong, String right, Pattern context, Pattern unless, String message, String messageJa) {
        /** Why it is wrong, in the language of the run (message_ja when policygen speaks Japanese and has it). */
        public String why() {
            return Texts.japanese() && messageJa != null ? messageJa : message;
        }
    }

    /** Ways of writing one word; {@code next} (may be null) constrains the character after a form. */
    public record Variant(List<String> forms, String prefer, Pattern next, List<String> except) {
    }

    private final List<Misspelling> misspellings;
    private final List<Variant> variants;
    private final String doubledChars;
    private final List<String> doubledExcept;
    private final Conventions conventions;

    Dictionary(List<Misspelling> misspellings, List<Variant> variants, String doubledChars, List<String> doubledExcept) {
        this(misspellings, variants, doubledChars, doubledExcept, null);
    }

    private Dictionary(List<Misspelling> misspellings, List<Variant> variants, String doubledChars, List<String> doubledExcept,
                       Conventions conventions) {
        this.misspellings = List.copyOf(misspellings);
        this.variants = List.copyOf(variants);
        this.doubledChars = doubledChars;
        this.doubledExcept = List.copyOf(doubledExcept);
        this.conventions = conventions;
    }

    /** The conventions of official Japanese (lint/conventions.yaml) read with this dictionary. */
    public Conventions conventions() {
        return conventions != null ? conventions : BundledConventions.INSTANCE;
    }

    private static final class BundledConventions {
        static final Conventions INSTANCE = Conventions.bundled();
    }

    private Dictionary with(Conventions c) {
        return new Dictionary(misspellings, variants, doubledChars, doubledExcept, c);
    }

    public List<Misspelling> misspellings() {
        return misspellings;
    }

    public List<Variant> variants() {
        return variants;
    }

    public String doubledChars() {
        return doubledChars;
    }

    public List<String> doubledExcept() {
        return doubledExcept;
    }

    /** The project's {@code lint/terms.yaml}, or the tool's own copy when the project has none. */
    public static Dictionary forProject(Path root) {
        Path file = root.resolve(PROJECT_FILE);
        Dictionary terms = Files.isRegularFile(file) ? parse(file, TextFiles.readUtf8(file)) : bundled();
        return terms.with(Conventions.forProject(root));
    }

    /** The dictionary built into the tool. */
    public static Dictionary bundled() {
        return parse(Path.of(PROJECT_FILE), Resources.text(Dictionary.class, RESOURCE));
    }

    public static Dictionary parse(Path file, String text) {
        YamlDocument yaml = YamlDocument.parse(file, text);
        List<Problem> problems = new ArrayList<>();
        JsonNode root = yaml.root();
        unknownKeys(yaml, root, "", Set.of("misspellings", "variants", "doubled"), problems);

        List<Misspelling> misspellings = new ArrayList<>();
        JsonNode ms = root.path("misspellings");
        for (int i = 0; i < ms.size(); i++) {
            String at = "/misspellings/" + i;
            JsonNode m = ms.get(i);
            unknownKeys(yaml, m, at, Set.of("wrong", "right", "context", "unless", "message", "message_ja"), problems);
            String wrong = text(yaml, m, at, "wrong", true, problems);
            String right = text(yaml, m, at, "right", true, problems);
            Pattern context = pattern(yaml, m, at, "context", problems);
            Pattern unless = pattern(yaml, m, at, "unless", problems);
            String message = text(yaml, m, at, "message", false, problems);
            String messageJa = text(yaml, m, at, "message_ja", false, problems);
            if (wrong != null && right != null) {
                if (wrong.equals(right)) {
                    problems.add(yaml.problem(at + "/right", Texts.get("lint.dictionary.rightIsWrong")));
                }
                misspellings.add(new Misspelling(wrong, right, context, unless, message, messageJa));
            }
        }

        List<Variant> variants = new ArrayList<>();
        JsonNode vs = root.path("variants");
        for (int i = 0; i < vs.size(); i++) {
            String at = "/variants/" + i;
            JsonNode v = vs.get(i);
            unknownKeys(yaml, v, at, Set.of("forms", "prefer", "next", "except"), problems);
            List<String> forms = texts(v.path("forms"));
            if (forms.size() < 2) {
                problems.add(yaml.problem(at + "/forms", Texts.get("lint.dictionary.twoForms")));
                continue;
            }
            String prefer = text(yaml, v, at, "prefer", false, problems);
            if (prefer != null && !forms.contains(prefer)) {
                problems.add(yaml.problem(at + "/prefer", Texts.get("lint.dictionary.prefer", prefer, forms)));
                prefer = null;
            }
            variants.add(new Variant(forms, prefer == null ? forms.get(0) : prefer, pattern(yaml, v, at, "next", problems),
                    texts(v.path("except"))));
        }

        JsonNode doubled = root.path("doubled");
        unknownKeys(yaml, doubled, "/doubled", Set.of("chars", "except"), problems);
        String chars = doubled.path("chars").asText("");
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("lint.dictionary.problems", problems.size()), problems);
        }
        return new Dictionary(misspellings, variants, chars, texts(doubled.path("except")));
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

    private static String text(YamlDocument yaml, JsonNode node, String at, String key, boolean required, List<Problem> problems) {
        JsonNode v = node.path(key);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                problems.add(yaml.problem(at, Texts.get("lint.data.required", key)));
            }
            return null;
        }
        String s = v.asText();
        if (s.isEmpty() && required) {
            problems.add(yaml.problem(at + "/" + key, Texts.get("lint.data.empty", key)));
            return null;
        }
        return s;
    }

    private static Pattern pattern(YamlDocument yaml, JsonNode node, String at, String key, List<Problem> problems) {
        JsonNode v = node.path(key);
        if (v.isMissingNode() || v.isNull() || v.asText().isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(v.asText());
        } catch (PatternSyntaxException e) {
            problems.add(yaml.problem(at + "/" + key, Texts.get("lint.data.notRegex", e.getDescription())));
            return null;
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
