package jp.policygen.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.text.Suggestions;
import jp.policygen.text.TextFiles;
import jp.policygen.text.YamlDocument;
import jp.policygen.i18n.Texts;

/**
 * A body's lint settings, {@code municipalities/<id>/lint.yaml}: rules silenced, each with the
 * reason (required, so that the next person knows why), optionally only where the finding's
 * message holds some text; and the body's chosen spellings for notation variants.
 *
 * <pre>
 * silence:
 *   - rule: terms.variant
 *     match: 恐れ                 # optional: only findings whose message holds this
 *     section: basic.threats     # optional: only in this clause and those below it
 *     reason: 例規の表記に合わせている
 * prefer: [恐れ]
 * </pre>
 */
public final class LintConfig {

    public static final String FILE = "lint.yaml";

    /**
     * One silenced rule: everywhere, or only in a section (a clause id and the clauses below it)
     * and only where the finding's message holds {@code match}.
     */
    public record Silence(String rule, String section, String match, String reason, int line) {
        boolean covers(Finding f) {
            return f.rule().equals(rule) && (match == null || f.message().contains(match))
                    && (section == null || (f.sectionId() != null
                    && (f.sectionId().equals(section) || f.sectionId().startsWith(section + "."))));
        }
    }

    public static final LintConfig NONE = new LintConfig(null, List.of(), List.of());

    private final String shownPath;
    private final List<Silence> silences;
    private final List<String> prefer;

    /** {@code shownPath}: the file as findings name it (municipalities/<id>/lint.yaml), or null. */
    public LintConfig(String shownPath, List<Silence> silences, List<String> prefer) {
        this.shownPath = shownPath;
        this.silences = List.copyOf(silences);
        this.prefer = List.copyOf(prefer);
    }

    /** The file as findings name it, or null when the settings come from no file. */
    public String shownPath() {
        return shownPath;
    }

    public List<Silence> silences() {
        return silences;
    }

    /** The spellings the body chose (terms.variant), e.g. 恐れ where the model writes おそれ. */
    public List<String> prefer() {
        return prefer;
    }

    /** The silence that covers a finding, or null. */
    public Silence silencing(Finding f) {
        for (Silence s : silences) {
            if (s.covers(f)) {
                return s;
            }
        }
        return null;
    }

    /** The settings in a body's folder; none when it has no lint.yaml. */
    public static LintConfig forBody(Path bodyFolder, Collection<String> ruleIds) {
        Path file = bodyFolder.resolve(FILE);
        String shown = "municipalities/" + bodyFolder.getFileName() + "/" + FILE;
        return Files.isRegularFile(file) ? parse(file, shown, TextFiles.readUtf8(file), ruleIds) : NONE;
    }

    public static LintConfig parse(Path file, String shownPath, String text, Collection<String> ruleIds) {
        YamlDocument yaml = YamlDocument.parse(file, text);
        JsonNode root = yaml.root();
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!Set.of("silence", "prefer").contains(key)) {
                problems.add(withHint(yaml.problem("/" + key, Texts.get("lint.config.unknownKey")),
                        Suggestions.nearest(key, List.of("silence", "prefer"))));
            }
        }
        List<Silence> silences = new ArrayList<>();
        JsonNode list = root.path("silence");
        if (!list.isMissingNode() && !list.isArray()) {
            problems.add(yaml.problem("/silence", Texts.get("lint.config.silenceList")));
        }
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            String at = "/silence/" + i;
            JsonNode s = list.get(i);
            for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!Set.of("rule", "reason", "match", "section").contains(key)) {
                    problems.add(yaml.problem(at + "/" + key, Texts.get("lint.config.silence.unknownKey")));
                }
            }
            String rule = s.path("rule").asText("");
            String reason = s.path("reason").asText("").strip();
            String match = s.path("match").isMissingNode() ? null : s.path("match").asText();
            String section = s.path("section").isMissingNode() ? null : s.path("section").asText();
            if (!ruleIds.contains(rule)) {
                problems.add(withHint(yaml.problem(at + "/rule", rule.isEmpty() ? Texts.get("lint.config.rule.required")
                        : Texts.get("lint.config.rule.unknown", rule)), Suggestions.nearest(rule, ruleIds)));
                continue;
            }
            if (reason.isEmpty()) {
                problems.add(yaml.problem(at, Texts.get("lint.config.reason", rule))
                        .withSuggestion(Texts.get("lint.config.reason.fix")));
                continue;
            }
            silences.add(new Silence(rule, section == null || section.isEmpty() ? null : section,
                    match == null || match.isEmpty() ? null : match, reason, yaml.line(at)));
        }
        List<String> prefer = new ArrayList<>();
        for (JsonNode p : root.path("prefer")) {
            prefer.add(p.asText());
        }
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("lint.config.problems", problems.size(), file), problems);
        }
        return new LintConfig(shownPath, silences, prefer);
    }

    private static Problem withHint(Problem p, String near) {
        return near == null ? p : p.withSuggestion(Texts.get("lint.didYouMean", near));
    }
}
