package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policygen.PolicygenException;
import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Layout;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;
import jp.policygen.render.MarkdownWriter;

/**
 * Issue 15, defect 2: a 200,000-character body name made the PDF's running header take minutes.
 * The schema now limits every value; this renders a body whose every value is as long as the
 * schema allows and checks, in this JVM, that it costs about what its larger text explains — a
 * ratio against the same body with ordinary values, never a wall time.
 */
class LongValuesTest {

    @TempDir
    Path dir;

    /** Generous: the largest body's text is about 1.5 times the ordinary one's (printed below). */
    private static final double MAX_TIME_PER_SIZE = 3.0;

    @Test
    void aBodyWithTheLongestAllowedValuesRendersInTimeProportionalToItsText() throws Exception {
        TestProjects.copy(dir, "model");
        JsonNode schema = new ObjectMapper().readTree(dir.resolve("schema/policy.schema.json").toFile());
        TestProjects.write(dir.resolve("municipalities/ordinary-city/policy.yaml"), body("ordinary-city", schema, false));
        TestProjects.write(dir.resolve("municipalities/largest-city/policy.yaml"), body("largest-city", schema, true));
        Project project = new Project(dir);
        List<Numbering> ordinary = build(project, "ordinary-city");
        List<Numbering> largest = build(project, "largest-city");
        String name = largest.get(0).document().info().bodyName();
        assertEquals(max(schema, "body", "name"), name.codePointCount(0, name.length()), "the name is as long as allowed");

        PdfWriter writer = new PdfWriter();
        render(writer, ordinary); // warm-up: fonts, class loading, JIT
        List<Long> ordinaryTimes = new ArrayList<>();
        List<Long> largestTimes = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            ordinaryTimes.add(render(writer, ordinary));
            largestTimes.add(render(writer, largest));
        }
        double timeRatio = (double) fastest(largestTimes) / fastest(ordinaryTimes);
        double sizeRatio = (double) textLength(largest) / textLength(ordinary);
        System.out.printf("LongValuesTest: largest allowed values render in %.2f× the time of ordinary ones "
                + "(fastest of 2: %d ms vs %d ms) for %.2f× the text%n", timeRatio, fastest(largestTimes) / 1_000_000,
                fastest(ordinaryTimes) / 1_000_000, sizeRatio);
        // for a look: the cover, contents and running header of the longest values
        Path look = Path.of("target/long-values");
        java.nio.file.Files.createDirectories(look);
        for (Numbering n : largest) {
            java.nio.file.Files.write(look.resolve(n.document().info().kind().stem() + ".pdf"), writer.write(n));
        }
        assertTrue(timeRatio <= MAX_TIME_PER_SIZE * Math.max(1, sizeRatio), String.format(
                "rendering time grows faster than the text: %.2f× the time for %.2f× the text", timeRatio, sizeRatio));
    }

    @Test
    void theRunningHeaderIsCutToOneLine() {
        String name = "あ".repeat(39) + "市";
        DocumentInfo info = new DocumentInfo("x", name, name + "情報セキュリティ対策基準", DocumentKind.STANDARDS,
                Visibility.PRIVATE, 1, "令和8年3月", List.of(), new Layout("plain", 0, 1));
        String header = PdfWriter.runningHeader(info);
        assertEquals(PdfWriter.HEADER_LENGTH, header.codePointCount(0, header.length()));
        assertTrue(header.endsWith("…") && header.startsWith(name), header);
        DocumentInfo shortOne = new DocumentInfo("x", "小諸市", "小諸市情報セキュリティ基本方針", DocumentKind.BASIC_POLICY,
                Visibility.PUBLIC, 1, "令和8年3月", List.of(), new Layout("plain", 0, 1));
        assertEquals("小諸市\u3000小諸市情報セキュリティ基本方針", PdfWriter.runningHeader(shortOne));
    }

    private static List<Numbering> build(Project project, String id) {
        try {
            return project.build(project.params().read(id));
        } catch (PolicygenException e) {
            throw new AssertionError(e.problems().stream().map(p -> p.format(null)).toList().toString(), e);
        }
    }

    private static long render(PdfWriter writer, List<Numbering> documents) {
        long start = System.nanoTime();
        for (Numbering n : documents) {
            writer.write(n);
        }
        return System.nanoTime() - start;
    }

    private static long textLength(List<Numbering> documents) {
        long length = 0;
        for (Numbering n : documents) {
            length += new MarkdownWriter().write(n).length;
        }
        return length;
    }

    /** The fastest run: the one least disturbed by the collector and other work on the machine. */
    private static long fastest(List<Long> values) {
        return Collections.min(values);
    }

    /** The schema's maxLength of a property, following allOf and $ref as far as the role definitions. */
    private static int max(JsonNode schema, String... path) {
        JsonNode node = schema;
        for (String key : path) {
            node = node.path("properties").path(key);
        }
        return node.path("maxLength").asInt();
    }

    private static int roleMax(JsonNode schema, String key) {
        return schema.path("definitions").path("role").path("properties").path(key).path("maxLength").asInt();
    }

    /**
     * A city's parameters: ordinary values, or every text value as long as the schema allows,
     * made of plain words of the field so that nothing but their length differs.
     */
    private static String body(String id, JsonNode schema, boolean longest) {
        JsonNode p = schema.path("properties");
        String name = longest ? fill(max(schema, "body", "name") - 1, "北", 0) + "市" : "北野市";
        StringBuilder y = new StringBuilder();
        y.append("schemaVersion: 1\ntemplates: r7\nbody:\n  name: ").append(name).append("\n  kind: city\n");
        y.append("scope:\n  organisations:\n");
        int organisation = p.path("scope").path("properties").path("organisations").path("items").path("maxLength").asInt();
        for (int i = 0; i < 8; i++) {
            y.append("    - ").append(longest ? fill(organisation - 3, "部局", i) + "事務局" : "第" + (i + 1) + "事務局")
                    .append('\n');
        }
        int category = p.path("staff").path("properties").path("categories").path("items").path("maxLength").asInt();
        y.append("staff:\n  categories: [");
        for (int i = 0; i < 4; i++) {
            y.append(i == 0 ? "" : ", ").append(longest ? fill(category - 2, "任用", i) + "職員" : "区分" + (i + 1) + "職員");
        }
        int term = p.path("staff").path("properties").path("term").path("maxLength").asInt();
        y.append("]\n  term: ").append(longest ? fill(term - 1, "職員", 0) + "等" : "職員等").append('\n');
        y.append("roles:\n");
        String[] keys = {"ciso", "chiefOfficer", "securityOfficer", "securityManager", "systemManager", "systemOperator"};
        for (int i = 0; i < keys.length; i++) {
            String title = longest ? fill(roleMax(schema, "title") - 3, "情報", i) + "責任者" : "役職" + (i + 1) + "責任者";
            String holder = longest ? fill(roleMax(schema, "holder") - 2, "部局", i + 3) + "部長" : "部長" + (i + 1);
            y.append("  ").append(keys[i]).append(": { title: ").append(title).append(", holder: ").append(holder)
                    .append(" }\n");
        }
        int unit = p.path("committee").path("properties").path("name").path("maxLength").asInt();
        y.append("committee: { enabled: true, name: ").append(longest ? fill(unit - 3, "推進", 0) + "委員会" : "推進委員会")
                .append(" }\n");
        y.append("csirt: { enabled: true, name: ").append(longest ? fill(unit - 3, "対応", 1) + "チーム" : "対応チーム")
                .append(" }\n");
        y.append("network: { model: alpha, zones: [my-number, lgwan, internet], securityCloud: true, wirelessLan: true }\n");
        y.append("classification: { scheme: current }\n");
        int threat = p.path("threats").path("properties").path("extra").path("items").path("maxLength").asInt();
        y.append("threats:\n  epidemic: true\n  extra:\n    - ")
                .append(longest ? fill(threat - 12, "障害", 0) + "による情報資産の漏えい等" : "災害による情報資産の漏えい等").append('\n');
        JsonNode definition = p.path("definitions").path("properties").path("extra").path("items").path("properties");
        y.append("definitions:\n  extra:\n    - { term: ").append(longest
                        ? fill(definition.path("term").path("maxLength").asInt() - 2, "制御", 0) + "装置" : "制御装置")
                .append(", definition: ").append(longest
                        ? fill(definition.path("definition").path("maxLength").asInt() - 4, "装置", 1) + "をいう。"
                        : "機器を制御する装置をいう。").append(" }\n");
        y.append("options: { cloud: true, governmentCloud: true, socialMedia: true, outsourcing: true, telework: true, "
                + "violations: true }\n");
        int note = p.path("dates").path("properties").path("revisions").path("items").path("properties").path("note")
                .path("maxLength").asInt();
        y.append("dates:\n  established: 2020-04\n  revisions:\n    - { date: 2024-04, note: ")
                .append(longest ? fill(note - 2, "改正", 0) + "対応" : "ガイドライン改定への対応").append(" }\n");
        y.append("numbering: { style: plain }\n");
        return y.toString();
    }

    /** {@code n} characters of ordinary policy wording, starting at a different word for each {@code seed}. */
    private static String fill(int n, String topic, int seed) {
        String words = "情報資産の適切な管理及び運用を確保するための" + topic + "に関する体制並びに手続の整備について";
        StringBuilder out = new StringBuilder();
        int i = seed * 3;
        while (out.length() < n) {
            out.append(words.charAt(i++ % words.length()));
        }
        return out.toString();
    }
}
