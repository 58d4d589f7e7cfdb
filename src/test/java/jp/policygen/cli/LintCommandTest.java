package jp.policygen.cli;

import static jp.policygen.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.TestProjects;

class LintCommandTest {

    @TempDir
    Path dir;

    static final String KOMORO = Path.of("../shared/seeds/komoro-city-basic-policy.txt").toAbsolutePath().normalize().toString();
    static final String MITO = Path.of("../shared/seeds/mito-city-council-basic-policy.txt").toAbsolutePath().normalize().toString();

    @Test
    void findingsAtOrAboveTheThresholdExitWithOne() {
        CliRun r = run("--project", TestProjects.real().toString(), "lint", KOMORO);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(":68:1: error [reference.missing]"), r.out());
        assertTrue(r.out().contains("2 errors, 2 warnings, 0 info"), r.out());
    }

    @Test
    void theThresholdIsAnOption() {
        // mito: one error (的的), the rest warnings
        assertEquals(1, run("--project", TestProjects.real().toString(), "lint", "--fail-on", "error", MITO).code());
        String text = "1 目的\n\n情報資産を守る。\n\n2 定義\n\n用語を定める。\n";
        Path clean = dir.resolve("clean.txt");
        TestProjects.write(clean, text);
        assertEquals(0, run("--project", TestProjects.real().toString(), "lint", "--fail-on", "info", clean.toString()).code());
        Path warned = dir.resolve("warned.txt");
        TestProjects.write(warned, text.replace("守る。", "守る（全て。"));
        assertEquals(0, run("--project", TestProjects.real().toString(), "lint", warned.toString()).code());
        assertEquals(1, run("--project", TestProjects.real().toString(), "lint", "--fail-on", "warning", warned.toString()).code());
        assertEquals(2, run("--project", TestProjects.real().toString(), "lint", "--fail-on", "fatal", warned.toString()).code());
    }

    @Test
    void jsonAndSarifAreWrittenToTheTerminalOrAFile() throws Exception {
        CliRun json = run("--project", TestProjects.real().toString(), "lint", "--format", "json", KOMORO);
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertEquals(4, tree.get("findings").size());
        Path sarif = dir.resolve("lint.sarif");
        CliRun r = run("--project", TestProjects.real().toString(), "lint", "--format", "sarif", "--output", sarif.toString(), KOMORO);
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("2 errors"), r.err());
        assertEquals("2.1.0", new ObjectMapper().readTree(Files.readString(sarif)).get("version").asText());
    }

    @Test
    void aBodyIsLintedAsGeneratedAndANameThatIsNeitherIsRefused() {
        CliRun ok = run("--project", TestProjects.real().toString(), "lint", "komoro-city");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        CliRun typo = run("--project", TestProjects.real().toString(), "lint", "komoro-ctiy");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("did you mean 'komoro-city'?"), typo.err());
    }

    @Test
    void aFileCanBeLintedAsABodysTextWithItsParameters() {
        // tadami's old text against its parameters: its role titles are the body's own
        String tadami = Path.of("../shared/seeds/tadami-town-policy.txt").toAbsolutePath().normalize().toString();
        CliRun r = run("--project", TestProjects.real().toString(), "lint", "--format", "json", "--body", "tadami-town", tadami);
        assertTrue(r.out().contains("the body's parameters name this role 「総括情報管理者」"), r.out());
    }

    @Test
    void generateRunsLintAndWritesNothingWhenTheGeneratedTextHasErrors() {
        TestProjects.copy(dir, "komoro-city");
        TestProjects.write(dir.resolve("municipalities/komoro-city/clauses/evacuation.md"), "火災の際は、職員が円滑に非難できるよう、機器を配置する。\n");
        TestProjects.replaceOnce(dir.resolve("municipalities/komoro-city/policy.yaml"), "  drop: [basic.publication]",
                "  drop: [basic.publication]\n  add:\n    - { id: local.evacuation, after: basic.duties, title: 避難, file: clauses/evacuation.md }");
        CliRun r = run("--project", dir.toString(), "generate", "komoro-city", "--format", "md");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("output/komoro-city/basic-policy.md:"), r.err());
        assertTrue(r.err().contains("terms.misspelling"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertFalse(Files.exists(dir.resolve("output")));
        // silenced with a reason, it generates
        TestProjects.write(dir.resolve("municipalities/komoro-city/lint.yaml"),
                "silence:\n  - rule: terms.misspelling\n    section: local.evacuation\n    reason: 試験のため\n");
        CliRun silenced = run("--project", dir.toString(), "generate", "komoro-city", "--format", "md");
        assertEquals(0, silenced.code(), silenced.err());
        assertTrue(Files.exists(dir.resolve("output/komoro-city/basic-policy.md")));
    }
}
