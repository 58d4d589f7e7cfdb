package jp.policygen.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;
import jp.policygen.render.MarkdownWriter;

/**
 * The rules that read wording, run with the model as reference on correct texts: the generated
 * documents of every shipped body (written from the model's templates and the bodies' own
 * clauses) and the three seeds. A finding on a generated text is a false alarm, except where a
 * body's clause keeps a seed's real slip; on the seeds, each finding was read and judged. Prints
 * every finding, so a new one is read before it is accepted.
 */
class ReadingFalseAlarmsTest {

    /** Findings that are real slips of the texts (read by eye), as 「file rule written」. */
    static final List<String> REAL = List.of(
            "mito-city-council-basic-policy.txt chars.doubled 的的", // 「非意図的的要因」
            // tadami's defects of domain.md §8, each also in SeedsLintTest
            "tadami-town-policy.txt style.kobun 取扱う", "tadami-town-policy.txt terms.misspelling 日合い",
            "tadami-town-policy.txt terms.misspelling 非難", "tadami-town-policy.txt terms.misspelling 流失",
            "tadami-town-policy.txt roles.variant 統括情報管理者", "tadami-town-policy.txt roles.variant 最高情報統括責任者");

    @Test
    void readingRulesFindNothingOnCorrectTextsButTheirRealSlips() throws IOException {
        Path seeds = TestProjects.real().resolveSibling("shared").resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "../shared/seeds not found");
        Project project = new Project(TestProjects.real());
        ReferenceCorpus model = ReferenceCorpus.model(project);
        List<String> found = new ArrayList<>();
        int texts = 0;
        for (String id : project.bodyIds()) {
            if (id.equals("model")) {
                continue;
            }
            BodyParams body = project.params().read(id);
            for (Numbering n : project.build(body)) {
                String name = id + "/" + n.document().info().kind().stem() + ".md";
                found.addAll(read(name, new MarkdownWriter().render(n), model));
                texts++;
            }
        }
        for (String seed : List.of("komoro-city-basic-policy.txt", "mito-city-council-basic-policy.txt", "tadami-town-policy.txt")) {
            found.addAll(read(seed, Files.readString(seeds.resolve(seed), StandardCharsets.UTF_8), model));
            texts++;
        }
        List<String> alarms = found.stream().filter(f -> REAL.stream().noneMatch(r -> matches(f, r))).toList();
        StringBuilder report = new StringBuilder(String.format("reading rules on %d correct texts: %d findings, %d real slips, %d false alarms%n",
                texts, found.size(), found.size() - alarms.size(), alarms.size()));
        found.forEach(f -> report.append("  ").append(f).append('\n'));
        System.out.print(report);
        assertEquals(List.of(), alarms, report.toString());
    }

    private static boolean matches(String finding, String real) {
        String[] r = real.split(" ");
        return finding.startsWith(r[0] + ":") && finding.contains(" " + r[1] + " ") && finding.contains("「" + r[2]);
    }

    private static List<String> read(String name, String text, ReferenceCorpus model) {
        List<String> out = new ArrayList<>();
        for (Finding f : Linter.run(Lint.text(name, text, LintTesting.DICTIONARY, null, null).withReference(model)).findings()) {
            if (InjectedSlipsTest.READING_RULES.contains(f.rule())) {
                out.add(name + ":" + f.line() + ":" + f.column() + " " + f.rule() + " " + f.message());
            }
        }
        return out;
    }
}
