package jp.policygen.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.Project;
import jp.policygen.Problem;
import jp.policygen.TestProjects;
import jp.policygen.params.BodyParams;

/** What policygen generates lints clean, and findings in it point at the Markdown and its clause. */
class GeneratedLintTest {

    @TempDir
    Path dir;

    private static LintReport lint(Project project, String id) {
        BodyParams body = project.params().read(id);
        return Linter.run(Lint.generated("output", body, project.print(body), Dictionary.forProject(project.root()),
                LintConfig.forBody(body.folder(), Linter.ruleIds())));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedBodyLintsClean() {
        Project project = new Project(TestProjects.real());
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : project.bodyIds()) {
            tests.add(DynamicTest.dynamicTest(id, () -> {
                LintReport r = lint(project, id);
                assertEquals(List.of(), r.findings().stream().map(f -> f.location() + " [" + f.rule() + "] " + f.message()).toList());
                // what a body's lint.yaml silences is a reported defect awaiting its owner, listed here
                for (LintReport.Silenced s : r.silenced()) {
                    assertTrue(s.reason().contains("reported"), s.reason());
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> generatedMarkdownReadBackAsAnImportedTextLintsCleanToo() {
        // the import path on some ten thousand lines of real policy prose: tables, notes, articles,
        // book form, 〇〇 placeholders. Only the template defect silenced in the bodies' lint.yaml remains.
        Project project = new Project(TestProjects.real());
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : project.bodyIds()) {
            tests.add(DynamicTest.dynamicTest(id, () -> {
                BodyParams body = project.params().read(id);
                for (var n : project.build(body)) {
                    String md = new jp.policygen.render.MarkdownWriter().render(n);
                    List<String> found = Linter.run(Lint.text(id + ".md", md, LintTesting.DICTIONARY, null, LintConfig.NONE))
                            .findings().stream().filter(f -> !f.message().contains("now names two places"))
                            .map(f -> f.location() + " [" + f.rule() + "] " + f.message()).toList();
                    assertEquals(List.of(), found);
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void aFindingInALocalClausePointsAtTheGeneratedMarkdownAndTheClause() {
        TestProjects.copy(dir, "komoro-city");
        TestProjects.write(dir.resolve("municipalities/komoro-city/clauses/evacuation.md"),
                "火災の際は、職員が円滑に非難できるよう、機器を配置する。\n");
        TestProjects.replaceOnce(dir.resolve("municipalities/komoro-city/policy.yaml"), "  drop: [basic.publication]",
                "  drop: [basic.publication]\n  add:\n    - { id: local.evacuation, after: basic.duties, title: 避難, file: clauses/evacuation.md }");
        Project project = new Project(dir);
        LintReport r = lint(project, "komoro-city");
        assertEquals(1, r.findings().size(), r.findings().toString());
        Finding f = r.findings().get(0);
        assertEquals("terms.misspelling", f.rule());
        assertEquals("output/komoro-city/basic-policy.md", f.file());
        assertEquals("local.evacuation", f.sectionId());
        String line = markdownLine(project, f);
        assertEquals('非', line.charAt(f.column() - 1), line);
    }

    private static String markdownLine(Project project, Finding f) {
        BodyParams body = project.params().read("komoro-city");
        String md = new jp.policygen.render.MarkdownWriter().render(project.build(body).get(0));
        return md.split("\n", -1)[f.line() - 1];
    }

    @Test
    void theBodysParametersAreCheckedInItsGeneratedText() {
        // a local clause that names a role the body renamed, and calls the city 本町
        TestProjects.copy(dir, "tadami-town");
        TestProjects.write(dir.resolve("municipalities/tadami-town/clauses/training.md"),
                "本市の統括情報管理者は、毎年度、研修を行う。\n");
        TestProjects.replaceOnce(dir.resolve("municipalities/tadami-town/policy.yaml"), "numbering:",
                "clauses:\n  add:\n    - { id: local.training, after: basic.duties, title: 研修, file: clauses/training.md }\n\nnumbering:");
        LintReport r = lint(new Project(dir), "tadami-town");
        List<String> rules = r.findings().stream().map(Finding::rule).toList();
        assertTrue(rules.contains("roles.variant") && rules.contains("params.self-reference"), rules.toString());
    }

    @Test
    void theGateReportsAProblemWhereItsWordsWereWrittenAndWhereTheyShow() {
        TestProjects.copy(dir, "komoro-city");
        TestProjects.write(dir.resolve("municipalities/komoro-city/clauses/evacuation.md"),
                "機器の配置は、次のとおりとする。\n\n火災の際は、職員が円滑に非難できるよう、機器を配置する。\n");
        TestProjects.replaceOnce(dir.resolve("municipalities/komoro-city/policy.yaml"), "  drop: [basic.publication]",
                "  drop: [basic.publication]\n  add:\n    - { id: local.evacuation, after: basic.duties, title: 避難, file: clauses/evacuation.md }");
        Project project = new Project(dir);
        BodyParams body = project.params().read("komoro-city");
        List<Problem> errors = new GenerationGate(project.root()).errors(body, project.print(body), w -> { });
        assertEquals(1, errors.size(), errors.toString());
        Problem p = errors.get(0);
        assertEquals(dir.resolve("municipalities/komoro-city/clauses/evacuation.md"), p.file());
        assertEquals(3, p.line());
        assertEquals(13, p.column(), "「非難」 is the 13th character of its line in the clause file");
        assertTrue(p.message().contains("(in output/komoro-city/basic-policy.md:"), p.message());
    }

    @Test
    void aProblemInAParameterValueIsReportedAtItsLineInPolicyYaml() {
        TestProjects.copy(dir, "komoro-city");
        Path yaml = dir.resolve("municipalities/komoro-city/policy.yaml");
        TestProjects.replaceOnce(yaml, "    - 監査委員事務局", "    - 監査委員事務局\n    - 避難所運営本部の非難誘導班");
        Project project = new Project(dir);
        BodyParams body = project.params().read("komoro-city");
        List<Problem> errors = new GenerationGate(project.root()).errors(body, project.print(body), w -> { });
        assertTrue(errors.size() >= 1, errors.toString());
        Problem p = errors.get(0);
        assertEquals(yaml, p.file());
        assertEquals(TestProjects.read(yaml).lines().toList().indexOf("    - 避難所運営本部の非難誘導班") + 1, p.line());
        assertTrue(p.message().contains("in the value of scope.organisations.8"), p.message());
    }
}
