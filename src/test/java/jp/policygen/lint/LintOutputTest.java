package jp.policygen.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LintOutputTest {

    static LintReport komoro() {
        return Linter.run(Lint.file(Path.of("../shared/seeds/komoro-city-basic-policy.txt"), "seeds/komoro.txt",
                LintTesting.DICTIONARY, null, LintConfig.NONE));
    }

    @Test
    void textGroupsFindingsUnderTheirSectionWithLinkableLocations() {
        String text = LintOutput.text(komoro());
        assertTrue(text.contains("seeds/komoro.txt › 第1章 情報セキュリティ基本方針 › 1.6 情報セキュリティ対策\n"
                + "  seeds/komoro.txt:68:1: error [reference.missing] 「上記3」"), text);
        assertTrue(text.endsWith("2 errors, 2 warnings, 0 info\n"), text);
        // one heading per section: the two debris findings of 1.3 share it
        assertEquals(1, text.split("› 1.3 対象とする脅威\n", -1).length - 1, text);
    }

    @Test
    void jsonHoldsEveryFieldOfAFinding() throws Exception {
        JsonNode json = new ObjectMapper().readTree(LintOutput.json(komoro()));
        JsonNode first = json.get("findings").get(2);
        assertEquals("reference.missing", first.get("rule").asText());
        assertEquals("error", first.get("severity").asText());
        assertEquals(68, first.get("line").asInt());
        assertEquals(1, first.get("column").asInt());
        assertEquals("imported-basic.6", first.get("sectionId").asText());
        assertEquals("上記1.3", first.get("replacement").asText());
        assertEquals(2, json.get("summary").get("error").asInt());
    }

    @Test
    void sarifHasTheRulesTheResultsAndTheirLocationsAndFixes() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(LintOutput.sarif(komoro(), Linter.rules(), "test"));
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(Linter.ruleIds(), ids);
        JsonNode result = run.get("results").get(2);
        assertEquals("reference.missing", result.get("ruleId").asText());
        assertEquals("reference.missing", rules.get(result.get("ruleIndex").asInt()).get("id").asText());
        assertEquals("error", result.get("level").asText());
        assertTrue(result.get("message").get("text").asText().contains("上記3"));
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertEquals("seeds/komoro.txt", location.get("artifactLocation").get("uri").asText());
        assertEquals(68, location.get("region").get("startLine").asInt());
        assertEquals(1, location.get("region").get("startColumn").asInt());
        assertEquals("上記1.3", result.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0)
                .get("insertedContent").get("text").asText());
        assertEquals("warning", run.get("results").get(0).get("level").asText());
        assertFalse(run.get("results").get(0).has("fixes"), "a fix in words only is no SARIF fix");
    }

    @Test
    void silencedFindingsAreSuppressedInSarif() throws Exception {
        LintConfig config = LintConfigTest.parse("""
                silence:
                  - rule: import.debris
                    reason: 変換の跡は取込み時に直す
                """);
        LintReport r = Linter.run(Lint.file(Path.of("../shared/seeds/komoro-city-basic-policy.txt"), "seeds/komoro.txt",
                LintTesting.DICTIONARY, null, config));
        JsonNode results = new ObjectMapper().readTree(LintOutput.sarif(r, Linter.rules(), "test")).get("runs").get(0).get("results");
        assertEquals(4, results.size());
        JsonNode suppressed = results.get(2);
        assertEquals("import.debris", suppressed.get("ruleId").asText());
        assertEquals("変換の跡は取込み時に直す", suppressed.get("suppressions").get(0).get("justification").asText());
    }
}
