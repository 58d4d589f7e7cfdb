package jp.policygen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;

class YamlDocumentTest {

    private static final Path FILE = Path.of("policy.yaml");

    private static Problem refused(String yaml) {
        PolicygenException e = assertThrows(PolicygenException.class, () -> YamlDocument.parse(FILE, yaml));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        return e.problems().get(0);
    }

    @Test
    void nestingFiveThousandDeepIsRefusedAtTheLevelThatIsTooDeepWithoutOverflowingTheStack() {
        Problem p = refused("a: 1\nb: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        assertEquals(2, p.line());
        assertEquals(3 + YamlDocument.MAX_DEPTH, p.column(), "the 40th bracket opens level 41: the mapping is level 1");
        assertTrue(p.message().contains("nested more than"), p.message());
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        int depth = YamlDocument.MAX_DEPTH - 1;
        YamlDocument doc = YamlDocument.parse(FILE, "a: " + "[".repeat(depth) + "1" + "]".repeat(depth) + "\n");
        assertEquals(1, doc.root().path("a").size());
    }

    @Test
    void theBillionLaughsAreRefusedBeforeTheyAreExpanded() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        assertTrue(refused(yaml.toString()).message().contains("more than " + YamlDocument.MAX_ALIASES + " aliases"));
    }

    @Test
    void fewAliasesThatExpandToTooManyValuesAreRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'e'; c++) {
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        Problem p = refused(yaml.toString());
        assertTrue(p.message().contains("expand to more than"), p.message());
        assertTrue(p.line() >= 1 && p.column() >= 1);
    }

    @Test
    void anAliasInsideWhatItNamesIsRefused() {
        Problem p = refused("loop: &a [x, *a]\n");
        assertEquals(1, p.line());
        assertTrue(p.message().contains("repeat forever"), p.message());
    }

    @Test
    void ordinaryAliasesStillWork() {
        YamlDocument doc = YamlDocument.parse(FILE, "a: &x 小諸市\nb: *x\n");
        assertEquals("小諸市", doc.root().path("b").asText());
    }

    @Test
    void escapedControlCharactersInQuotedValuesAreRefusedAtTheValue() {
        Problem p = refused("name: ok\nnote: \"警告\\a音\"\n");
        assertEquals(2, p.line());
        assertEquals(7, p.column());
        assertTrue(p.message().contains("U+0007 BEL"), p.message());
        assertTrue(refused("a: \"\\0\"\n").message().contains("U+0000 NUL"));
        assertTrue(refused("a: \"\\u202E\"\n").message().contains("RLO"));
        assertTrue(refused("a: \"\\uD800\"\n").message().contains("surrogate"));
    }

    @Test
    void rawControlCharactersAreRefusedAtTheirColumnNotAsUnreadableYaml() {
        Problem p = refused("a: 1\nname: 小諸\u0000市\n");
        assertEquals(2, p.line());
        assertEquals(9, p.column());
        assertTrue(p.message().contains("U+0000 NUL"), p.message());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        Problem p = refused("a: 1\nname: \"小諸市\nb: 2\n");
        assertEquals(2, p.line());
        assertEquals(7, p.column());
    }

    @Test
    void aSecondDocumentIsReportedAtItsSeparator() {
        Problem p = refused("a: 1\n---\nb: 2\n");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("second YAML document"), p.message());
    }

    @Test
    void tooManyValuesAreRefused() {
        String yaml = "a: [" + "1, ".repeat(YamlDocument.MAX_VALUES) + "1]\n";
        assertTrue(refused(yaml).message().contains("keys and values"));
    }
}
