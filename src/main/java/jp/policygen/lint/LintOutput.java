package jp.policygen.lint;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.policygen.i18n.Texts;

/** A lint report for people (grouped by section), as JSON, and as SARIF 2.1.0 for code review tools. */
public final class LintOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LintOutput() {
    }

    /**
     * Findings under the heading of the section they stand in, each as 「file:line:col: severity
     * [rule] message (fix)」 so that terminals and editors link to it; then a summary line.
     */
    public static String text(LintReport report) {
        StringBuilder out = new StringBuilder();
        String group = null;
        for (Finding f : report.findings()) {
            String g = f.file() + (f.section() == null || f.section().isEmpty() ? "" : " › " + f.section());
            if (!g.equals(group)) {
                out.append(group == null ? "" : "\n").append(g).append('\n');
                group = g;
            }
            out.append("  ").append(Texts.get("lint.text.finding", f.location(), Texts.get("lint.severity." + f.severity().label()),
                    f.rule(), f.message()));
            if (f.fix() != null) {
                out.append(Texts.get("lint.text.fix", f.fix()));
            }
            out.append('\n');
        }
        if (!report.findings().isEmpty()) {
            out.append('\n');
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /** 「3 errors, 1 warning, 0 notes (2 silenced)」. */
    public static String summary(LintReport report) {
        long e = report.count(Severity.ERROR);
        long w = report.count(Severity.WARNING);
        long i = report.count(Severity.INFO);
        String s = Texts.get("lint.text.summary", e, w, i);
        if (!report.silenced().isEmpty()) {
            s += Texts.get("lint.text.silenced", report.silenced().size());
        }
        return s;
    }

    public static String json(LintReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("version", 1);
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            findings.add(finding(f));
        }
        ArrayNode silenced = root.putArray("silenced");
        for (LintReport.Silenced s : report.silenced()) {
            silenced.add(finding(s.finding()).put("reason", s.reason()));
        }
        ObjectNode summary = root.putObject("summary");
        for (Severity s : Severity.values()) {
            summary.put(s.label(), report.count(s));
        }
        summary.put("silenced", report.silenced().size());
        return write(root);
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode n = NODES.objectNode();
        n.put("rule", f.rule());
        n.put("severity", f.severity().label());
        n.put("file", f.file());
        n.put("line", f.line());
        n.put("column", f.column());
        n.put("length", f.length());
        n.put("sectionId", f.sectionId());
        n.put("section", f.section());
        n.put("message", f.message());
        n.put("fix", f.fix());
        n.put("replacement", f.replacement());
        return n;
    }

    /**
     * SARIF 2.1.0: one run, the rules in {@code tool.driver.rules}, one result per finding with
     * its physical location (1-based line and UTF-16 column) and, where the fix is a replacement,
     * a {@code fixes} entry. Silenced findings are included with an external suppression and the
     * reason, so a review tool shows them as suppressed rather than forgetting them.
     */
    public static String sarif(LintReport report, List<Rule> rules, String toolVersion) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "policygen");
        driver.put("version", toolVersion);
        ArrayNode ruleList = driver.putArray("rules");
        for (Rule r : rules) {
            ObjectNode rule = ruleList.addObject();
            rule.put("id", r.id());
            rule.putObject("shortDescription").put("text", r.summary());
            rule.putObject("defaultConfiguration").put("level", r.severity().sarifLevel());
        }
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            results.add(result(f, rules));
        }
        for (LintReport.Silenced s : report.silenced()) {
            ObjectNode r = result(s.finding(), rules);
            ObjectNode suppression = r.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("justification", s.reason());
            results.add(r);
        }
        return write(root);
    }

    private static ObjectNode result(Finding f, List<Rule> rules) {
        ObjectNode r = NODES.objectNode();
        r.put("ruleId", f.rule());
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(f.rule())) {
                r.put("ruleIndex", i);
            }
        }
        r.put("level", f.severity().sarifLevel());
        r.putObject("message").put("text", f.message() + (f.fix() == null ? "" : " (fix: " + f.fix() + ")"));
        ObjectNode location = r.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", f.file());
        physical.set("region", region(f));
        if (f.section() != null && !f.section().isEmpty()) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("name", f.section());
            if (f.sectionId() != null) {
                logical.put("fullyQualifiedName", f.sectionId());
            }
            logical.put("kind", "module");
        }
        if (f.replacement() != null) {
            ObjectNode fix = r.putArray("fixes").addObject();
            fix.putObject("description").put("text", Objects.requireNonNullElse(f.fix(), "replace"));
            ObjectNode change = fix.putArray("artifactChanges").addObject();
            change.putObject("artifactLocation").put("uri", f.file());
            ObjectNode replacement = change.putArray("replacements").addObject();
            replacement.set("deletedRegion", region(f));
            replacement.putObject("insertedContent").put("text", f.replacement());
        }
        return r;
    }

    private static ObjectNode region(Finding f) {
        ObjectNode region = NODES.objectNode();
        region.put("startLine", f.line());
        region.put("startColumn", f.column());
        region.put("endLine", f.line());
        region.put("endColumn", f.column() + f.length());
        return region;
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
