package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.params.BodyKind;
import jp.policygen.params.BodyParams;
import jp.policygen.params.ParamsReader;

class InitCommandTest {

    @TempDir
    Path dir;

    private Path project() {
        TestProjects.copy(dir, "model");
        return dir;
    }

    @Test
    void withDefaultsItWritesACommentedPolicyThatValidatesAndGenerates() {
        Path root = project();
        CliRun r = CliRun.of("--project", root.toString(), "init", "higashihama-town", "--defaults", "--name", "東浜町");
        assertEquals(0, r.code(), r.err());
        Path file = root.resolve("municipalities/higashihama-town/policy.yaml");
        String text = TestProjects.read(file);
        assertTrue(text.startsWith("# yaml-language-server: $schema=../../schema/policy.schema.json\n"), text);
        assertTrue(text.contains("  kind: town "), "the kind is read from the name: " + text);
        assertTrue(text.contains("    - 町長部局\n"), text);
        assertTrue(text.contains("# alpha alpha-prime beta beta-prime none"), "every key says what else it takes");
        BodyParams p = new ParamsReader(root).read("higashihama-town");
        assertEquals(BodyKind.TOWN, p.body().kind());
        assertEquals("副町長", p.roles().get("ciso").holder());
        assertTrue(p.cyberPolicy().basicPolicy(), "a body established now doubles its basic policy as the 方針");
        assertEquals(0, CliRun.of("--project", root.toString(), "validate", "higashihama-town").code());
        assertFalse(Files.exists(root.resolve(".policygen-init")), "nothing staged is left behind");
    }

    @Test
    void itAsksWithDefaultsAndTakesTheAnswersGiven() {
        Path root = project();
        // name, kind (Enter: read from the name), organisations, staff, term, CISO, chief, officer,
        // manager, model, zones, social media, telework, violations, instrument, numbering,
        // established, 方針, adoption, organs
        String input = String.join("\n", "湊浜市", "designated-city", "市長部局（区役所を含む。）、水道局、交通局", "",
                "", "第一副市長", "デジタル局長", "各局長及び各区長", "", "alpha-prime", "", "yes", "maybe", "no",
                "discipline", "none", "article", "2026-04-01", "", "", "") + "\n";
        CliRun r = CliRun.withInput(input, "--project", root.toString(), "init", "minatohama-city");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Kind (city, designated-city"), r.out());
        assertTrue(r.out().contains("[city]"), "the kind read from the name is offered: " + r.out());
        assertTrue(r.out().contains("'maybe' is not one of: yes, no"), "a bad answer is asked again: " + r.out());
        BodyParams p = new ParamsReader(root).read("minatohama-city");
        assertEquals(BodyKind.DESIGNATED_CITY, p.body().kind());
        assertEquals(List.of("市長部局（区役所を含む。）", "水道局", "交通局"), p.scope().organisations());
        assertEquals("各局長及び各区長", p.roles().get("securityOfficer").holder());
        assertEquals("alpha-prime", p.network().model());
        assertEquals("discipline", p.options().violationsResponse());
        assertTrue(p.options().socialMedia());
        assertEquals("article", p.numbering().style());
        Project project = new Project(root);
        assertEquals(2, project.build(p).size(), "it generates");
    }

    @Test
    void interruptedItWritesNothing() {
        Path root = project();
        CliRun r = CliRun.withInput("東浜市\ncity\n", "--project", root.toString(), "init", "higashihama-city");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("init interrupted; nothing was written"), r.err());
        assertFalse(Files.exists(root.resolve("municipalities/higashihama-city")));
        assertFalse(Files.exists(root.resolve(".policygen-init")));
    }

    @Test
    void answersThatMakeNoValidPolicyAreRefusedAndNothingIsWritten() {
        Path root = project();
        CliRun r = CliRun.of("--project", root.toString(), "init", "higashihama-city", "--defaults", "--name", "東浜市",
                "--staff-term", "職員");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("staff.term: '職員' is also one of staff.categories"), r.err());
        assertFalse(Files.exists(root.resolve("municipalities/higashihama-city")));
    }

    @Test
    void anExistingBodyIsNeverOverwrittenAndDefaultsNeedAName() {
        Path root = project();
        String before = TestProjects.read(root.resolve("municipalities/model/policy.yaml"));
        CliRun taken = CliRun.of("--project", root.toString(), "init", "model", "--defaults", "--name", "東浜市");
        assertEquals(2, taken.code());
        assertTrue(taken.err().contains("already exists"), taken.err());
        assertEquals(before, TestProjects.read(root.resolve("municipalities/model/policy.yaml")));
        CliRun nameless = CliRun.of("--project", root.toString(), "init", "higashihama-city", "--defaults");
        assertEquals(2, nameless.code());
        assertTrue(nameless.err().contains("add --name, e.g. --name 東浜市"), nameless.err());
    }
}
