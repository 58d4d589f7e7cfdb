package jp.policygen.lint;

import static jp.policygen.lint.LintTesting.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.PolicygenException;

class LintConfigTest {

    static LintConfig parse(String yaml) {
        return LintConfig.parse(Path.of("municipalities/x/lint.yaml"), "municipalities/x/lint.yaml", yaml, Linter.ruleIds());
    }

    static final String TEXT = section("緊急時に円滑に非難できるようにする。", "機器故障等の非意図的的要因による漏えい");

    static LintReport lint(LintConfig config) {
        return Linter.run(Lint.text("t.txt", TEXT, LintTesting.DICTIONARY, null, config));
    }

    @Test
    void aSilencedRuleIsReportedApartWithItsReason() {
        LintReport r = lint(parse("""
                silence:
                  - rule: chars.doubled
                    reason: 原文のまま引用している
                """));
        assertEquals(List.of("terms.misspelling@3"), LintTesting.lines(r.findings()));
        assertEquals(1, r.silenced().size());
        assertEquals("原文のまま引用している", r.silenced().get(0).reason());
        assertEquals("chars.doubled", r.silenced().get(0).finding().rule());
    }

    @Test
    void aSilenceCanBeLimitedToWhatAFindingSays() {
        LintReport r = lint(parse("""
                silence:
                  - rule: terms.misspelling
                    match: 「流失」
                    reason: この文書の流失は洪水の話である
                """));
        assertEquals(List.of("terms.misspelling@3", "chars.doubled@5"), LintTesting.lines(r.findings()));
    }

    @Test
    void aSilenceThatSilencesNothingInTheGeneratedTextIsReported() {
        jp.policygen.Project project = new jp.policygen.Project(jp.policygen.TestProjects.real());
        jp.policygen.params.BodyParams komoro = project.params().read("komoro-city");
        LintConfig config = parse("""
                silence:
                  - rule: chars.doubled
                    section: basic.threats
                    reason: かつての誤記
                """);
        LintReport r = Linter.run(Lint.generated("output", komoro, project.print(komoro), LintTesting.DICTIONARY, config));
        assertEquals(List.of("config.unused-silence@2"), LintTesting.lines(r.findings()));
        Finding unused = r.findings().get(0);
        assertEquals("municipalities/x/lint.yaml", unused.file());
        assertEquals(Severity.INFO, unused.severity());
    }

    @Test
    void aSilenceWithoutAReasonOrForAnUnknownRuleIsRefusedWithItsLine() {
        PolicygenException e = assertThrows(PolicygenException.class, () -> parse("""
                silence:
                  - rule: chars.doubled
                  - rule: chars.dobuled
                    reason: typo
                prefr: [恐れ]
                """));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("needs a reason") && p.line() == 2));
        assertTrue(e.problems().stream().anyMatch(p -> p.suggestion() != null && p.suggestion().contains("chars.doubled") && p.line() == 3));
        assertTrue(e.problems().stream().anyMatch(p -> p.suggestion() != null && p.suggestion().contains("prefer")));
    }

    @Test
    void severitiesOrderAndParse() {
        assertTrue(Severity.ERROR.atLeast(Severity.WARNING));
        assertTrue(Severity.WARNING.atLeast(Severity.WARNING));
        assertTrue(!Severity.INFO.atLeast(Severity.WARNING));
        assertEquals(Severity.INFO, Severity.parse("info"));
        assertEquals("note", Severity.INFO.sarifLevel());
    }
}
