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

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.text.Resources;
import jp.policygen.text.TextFiles;
import jp.policygen.text.YamlDocument;
import jp.policygen.i18n.Texts;

/**
 * The conventions of official Japanese as data ({@code lint/conventions.yaml}): a form written
 * and the form 公用文 uses, where it applies, and example sentences where the entry must and must
 * not report. The project's file is used, else the tool's own copy.
 */
public final class Conventions {

    public static final String PROJECT_FILE = "lint/conventions.yaml";
    private static final String RESOURCE = "/jp/policygen/lint/conventions.yaml";

    /** One convention; the patterns may be null. */
    public record Entry(String wrong, String right, String why, Pattern before, Pattern after, Pattern notBefore,
                        Pattern notAfter, List<String> fires, List<String> silent, int line) {

        /** Whether the form at {@code [at, at + wrong.length())} of {@code text} breaks this convention. */
        boolean appliesAt(String text, int at) {
            int end = at + wrong.length();
            String head = text.substring(0, at);
            String tail = text.substring(end);
            return (before == null || endsWith(before, head)) && (after == null || after.matcher(tail).lookingAt())
                    && (notBefore == null || !endsWith(notBefore, head)) && (notAfter == null || !notAfter.matcher(tail).lookingAt());
        }

        private static boolean endsWith(Pattern p, String head) {
            // the pattern must match a suffix of the text before (or the empty start with ^)
            int from = Math.max(0, head.length() - 12);
            java.util.regex.Matcher m = p.matcher(head);
            m.region(from, head.length());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            while (m.find()) {
                if (m.end() == head.length()) {
                    return true;
                }
            }
            // at the start of a passage: ^ (which MULTILINE does not match in an empty input)
            return head.isEmpty() && Pattern.compile(p.pattern()).matcher("").find();
        }
    }

    private final List<Entry> entries;

    private Conventions(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public static Conventions forProject(Path root) {
        Path file = root.resolve(PROJECT_FILE);
        return Files.isRegularFile(file) ? parse(file, TextFiles.readUtf8(file)) : bundled();
    }

    public static Conventions bundled() {
        return parse(Path.of(PROJECT_FILE), Resources.text(Conventions.class, RESOURCE));
    }

    public static Conventions parse(Path file, String text) {
        YamlDocument yaml = YamlDocument.parse(file, text);
        List<Problem> problems = new ArrayList<>();
        List<Entry> out = new ArrayList<>();
        JsonNode entries = yaml.root().path("entries");
        Set<String> known = Set.of("wrong", "right", "why", "before", "after", "not_before", "not_after", "fires", "silent");
        for (int i = 0; i < entries.size(); i++) {
            String at = "/entries/" + i;
            JsonNode e = entries.get(i);
            for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!known.contains(key)) {
                    problems.add(yaml.problem(at + "/" + key, Texts.get("lint.data.unknownKey", known)));
                }
            }
            String wrong = e.path("wrong").asText("");
            String right = e.path("right").asText("");
            if (wrong.isEmpty() || right.isEmpty() || wrong.equals(right)) {
                problems.add(yaml.problem(at, Texts.get("lint.conventions.wrongRight")));
                continue;
            }
            List<String> fires = texts(e.path("fires"));
            List<String> silent = texts(e.path("silent"));
            if (fires.isEmpty() || silent.isEmpty()) {
                problems.add(yaml.problem(at, Texts.get("lint.conventions.examples")));
            }
            out.add(new Entry(wrong, right, e.path("why").asText(""), pattern(yaml, e, at, "before", problems),
                    pattern(yaml, e, at, "after", problems), pattern(yaml, e, at, "not_before", problems),
                    pattern(yaml, e, at, "not_after", problems), fires, silent, yaml.line(at)));
        }
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("lint.conventions.problems", problems.size()), problems);
        }
        return new Conventions(out);
    }

    private static Pattern pattern(YamlDocument yaml, JsonNode node, String at, String key, List<Problem> problems) {
        String v = node.path(key).asText("");
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(v, Pattern.MULTILINE);
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
