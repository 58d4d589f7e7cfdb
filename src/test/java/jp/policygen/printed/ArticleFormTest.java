package jp.policygen.printed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.lint.Dictionary;
import jp.policygen.lint.GenerationGate;
import jp.policygen.params.BodyParams;
import jp.policygen.render.MarkdownWriter;

/**
 * The form of 例規 as the printer lays it out for a shipped body (長野県: 訓令, 号 (１), mixed
 * digits) and for a copy of it whose numbers stay put across a revision that adds an article
 * and deletes one.
 */
class ArticleFormTest {

    private static final Project PROJECT = new Project(TestProjects.real());

    @TempDir
    Path dir;

    private static PrintedDocument print(Project project, String body, String document) {
        return Printer.print(project.build(project.params().read(body), List.of(document)).get(0));
    }

    private static Printed.Paragraph first(PrintedClause c) {
        return (Printed.Paragraph) c.blocks().get(0);
    }

    @Test
    void anArticleHasItsCaptionAboveAndItsNumberOpeningItsText() {
        PrintedDocument basic = print(PROJECT, "nagano-prefecture", "basic-policy");
        PrintedClause purpose = basic.find("basic.purpose").orElseThrow();
        assertEquals(PrintedClause.Form.ARTICLE, purpose.form());
        assertEquals("（目的）", purpose.caption().text());
        assertEquals("第１条（目的）", purpose.heading().text(), "navigation still names it whole");
        assertEquals("第１条", first(purpose).prefix());
        assertTrue(first(purpose).text().text().startsWith("本県が保有する情報資産には"));
        assertEquals("２", ((Printed.Paragraph) purpose.blocks().get(1)).prefix(), "the second 項");
    }

    @Test
    void definitionsAnd号SubClausesRunIntoTheirText() {
        PrintedDocument basic = print(PROJECT, "nagano-prefecture", "basic-policy");
        Printed.ItemList definitions = (Printed.ItemList) basic.find("basic.definitions").orElseThrow().blocks().get(1);
        Printed.Item network = definitions.items().get(0);
        assertEquals("(１)", network.label());
        assertNull(network.title(), "the term is not a line of its own");
        assertTrue(((Printed.Paragraph) network.blocks().get(0)).text().text().startsWith("ネットワーク\u3000機器を相互に接続して"));
        PrintedClause organisation = basic.find("basic.measures.organisation").orElseThrow();
        assertEquals(PrintedClause.Form.ITEM, organisation.form());
        assertNull(organisation.caption());
        assertEquals("(１)", first(organisation).prefix());
        assertTrue(first(organisation).text().text().startsWith("組織体制\u3000本県の情報セキュリティ対策"));
        assertEquals(1, organisation.indent());
        // a 号 with nothing before its items: its label and title on a line of their own
        PrintedClause outsourcing = basic.find("basic.measures.outsourcing").orElseThrow();
        assertEquals("(８)\u3000業務委託と外部サービスの利用", outsourcing.caption().text());
    }

    @Test
    void aListOfRulesThatMakesUpAnArticleIsIts項AndItsInnerListsAre号() {
        PrintedDocument standards = print(PROJECT, "nagano-prefecture", "standards");
        PrintedClause committee = standards.find("standards.organisation.committee").orElseThrow();
        List<String> prefixes = committee.blocks().stream().filter(b -> b instanceof Printed.Paragraph)
                .map(b -> ((Printed.Paragraph) b).prefix()).toList();
        assertEquals(List.of("第10条", "２", "３", "４", "５", "６"), prefixes);
        Printed.ItemList items = (Printed.ItemList) committee.blocks().get(3);
        assertEquals("(１)", items.items().get(0).label());
        assertEquals(1, items.depth());
    }

    @Test
    void nothingUnnumberedStandsBetweenAChapterAndItsFirstArticle() {
        PrintedDocument standards = print(PROJECT, "nagano-prefecture", "standards");
        for (PrintedClause chapter : standards.clauses()) {
            assertTrue(chapter.blocks().isEmpty(), chapter.heading().text() + " has text of its own");
            PrintedClause firstArticle = chapter.children().get(0);
            assertEquals(PrintedClause.Form.ARTICLE, firstArticle.form(), chapter.heading().text());
        }
        assertEquals("（推進体制）", standards.clauses().get(0).children().get(0).caption().text());
    }

    @Test
    void anArticleWithOnlySubClausesReadsAFormula() {
        PrintedDocument standards = print(PROJECT, "nagano-prefecture", "standards");
        PrintedClause duties = standards.find("standards.human.duties").orElseThrow();
        assertEquals("職員等の遵守事項については、次に定めるところによる。", first(duties).text().text());
    }

    @Test
    void theContentsOfA例規ListChaptersWithTheirArticles() {
        PrintedDocument standards = print(PROJECT, "nagano-prefecture", "standards");
        assertTrue(standards.contents().inText());
        List<String> texts = standards.contents().entries().stream().map(PrintedDocument.Contents.Entry::text).toList();
        assertEquals("第１章\u3000組織体制（第１条―第12条）", texts.get(0));
        assertEquals("附則", texts.get(texts.size() - 1));
        PrintedDocument basic = print(PROJECT, "nagano-prefecture", "basic-policy");
        assertFalse(basic.contents().inText(), "a 例規 without chapters has no 目次 of its own");
    }

    @Test
    void theFrameGivesNumberDate制定文AndA附則PerRevision() {
        PrintedDocument basic = print(PROJECT, "nagano-prefecture", "basic-policy");
        PrintedDocument.Frame frame = basic.frame();
        assertNotNull(frame);
        assertEquals("平成15年３月31日\u3000訓令第３号", frame.promulgation().text());
        assertEquals("改正\u3000平成19年３月30日訓令第２号", frame.amendments().get(0).text());
        assertEquals("長野県情報セキュリティ基本方針を次のように定める。", frame.enactment().text());
        assertEquals(5, frame.supplements().size());
        assertEquals("附\u3000則", frame.supplements().get(0).heading().text());
        assertEquals("この訓令は、平成15年４月１日から施行する。", frame.supplements().get(0).paragraphs().get(0).text());
        assertEquals("附\u3000則（令和８年３月31日訓令第５号）", frame.supplements().get(4).heading().text());
        assertEquals("この訓令は、令和８年４月１日から施行する。", frame.supplements().get(4).paragraphs().get(0).text());
        assertEquals("平成15年３月31日\u3000訓令第４号", print(PROJECT, "nagano-prefecture", "standards").frame().promulgation().text(),
                "each document is its own instrument");
        assertNull(print(PROJECT, "bunkyo-ward", "basic-policy").frame(), "a body that asks for no frame has none");
    }

    @Test
    void kanji号AndFullWidthDigits() {
        PrintedDocument standards = print(PROJECT, "bunkyo-ward", "standards");
        PrintedClause committee = standards.find("standards.organisation.committee").orElseThrow();
        Printed.ItemList items = (Printed.ItemList) committee.blocks().get(3);
        assertEquals("一", items.items().get(0).label());
        assertEquals("第９条", first(committee).prefix());
        assertEquals("第１０条", first(standards.find("standards.organisation.csirt").orElseThrow()).prefix(),
                "every digit full-width");
        PrintedClause server = standards.find("standards.physical.server").orElseThrow();
        PrintedClause installation = server.children().get(0);
        assertEquals("一\u3000機器の取付け", installation.caption().text());
        assertEquals("イ", ((Printed.ItemList) installation.blocks().get(0)).items().get(0).label());
    }

    // ---- numbers that stay put ---------------------------------------------------------------

    /** 長野県 with a revision that adds 研修 after 第５条 and deletes 違反への対応 (第11条). */
    private Project stableNagano(boolean stable) {
        return stableNagano(stable, true);
    }

    private Project stableNagano(boolean stable, boolean recorded) {
        TestProjects.copy(dir, "nagano-prefecture");
        Path folder = dir.resolve("municipalities/nagano-prefecture");
        TestProjects.write(folder.resolve("clauses/training.md"), "職員等は、毎年度、情報セキュリティに関する研修を受けなければならない。\n");
        Path yaml = folder.resolve("policy.yaml");
        TestProjects.replaceOnce(yaml, "  # edition derived: 第5版\n", """
                    - date: 令和9年3月31日
                      number: { basic-policy: 3, standards: 4 }
                      effective: 令和9年4月1日
                      note: 研修の規定の追加及び違反への対応の規定の削除
                """ + (recorded ? "      articles: { added: [local.training], deleted: [basic.violations] }\n" : ""));
        TestProjects.replaceOnce(yaml, "  digits: mixed", "  digits: mixed\n  stable: " + stable);
        TestProjects.write(yaml, TestProjects.read(yaml) + """

                clauses:
                  add:
                    - { id: local.training, after: basic.duties, title: 研修, file: clauses/training.md }
                """ + (recorded ? "" : "  drop: [basic.violations]\n"));
        return new Project(dir);
    }

    @Test
    void anAddedArticleIsABranchAndADeletedOneKeepsItsNumber() {
        Project project = stableNagano(true);
        PrintedDocument basic = print(project, "nagano-prefecture", "basic-policy");
        PrintedClause training = basic.find("local.training").orElseThrow();
        assertEquals("第５条の２", first(training).prefix());
        assertEquals("（研修）", training.caption().text());
        PrintedClause deleted = basic.clauses().stream().filter(c -> c.form() == PrintedClause.Form.DELETED)
                .findFirst().orElseThrow();
        assertEquals("第11条", first(deleted).prefix());
        assertEquals("削除", first(deleted).text().text());
        assertEquals("basic.violations", deleted.id());
        assertEquals("第12条", first(basic.find("basic.publication").orElseThrow()).prefix(), "later articles keep their numbers");
        // references follow: 第9条 cites 第6条から第8条まで as before, 第12条 cites 第７条
        String standardsText = first(basic.find("basic.standards").orElseThrow()).text().text();
        assertTrue(standardsText.contains("第６条から第８条までに定める"), standardsText);
        assertEquals(6, basic.frame().supplements().size());
        assertEquals("附\u3000則（令和９年３月31日訓令第３号）", basic.frame().supplements().get(5).heading().text());
        String md = new MarkdownWriter().render(basic);
        assertTrue(md.contains("\n第11条　削除\n"), md);
        assertTrue(md.contains("（研修）\n\n第５条の２　職員等は"), md);
    }

    @Test
    void theTextWithStableNumbersLintsCleanAndReadsBackAsItWasPrinted() {
        Project project = stableNagano(true);
        BodyParams body = project.params().read("nagano-prefecture");
        List<jp.policygen.Problem> warnings = new java.util.ArrayList<>();
        List<jp.policygen.Problem> errors = new GenerationGate(project.root()).errors(body, project.print(body), warnings::add);
        assertEquals(List.of(), errors);
        assertEquals(List.of(), warnings);
        String md = new MarkdownWriter().render(print(project, "nagano-prefecture", "basic-policy"));
        var report = jp.policygen.lint.Linter.run(jp.policygen.lint.Lint.text("stable.md", md,
                Dictionary.forProject(project.root()), null, jp.policygen.lint.LintConfig.NONE));
        assertEquals(List.of(), report.findings().stream().map(f -> f.location() + " " + f.message()).toList());
    }

    @Test
    void withoutStableNumbersTheArticlesRenumber() {
        PrintedDocument basic = print(stableNagano(false, false), "nagano-prefecture", "basic-policy");
        assertEquals("第６条", first(basic.find("local.training").orElseThrow()).prefix());
        assertTrue(basic.clauses().stream().noneMatch(c -> c.form() == PrintedClause.Form.DELETED));
        assertEquals("第12条", first(basic.find("basic.publication").orElseThrow()).prefix(), "one added, one dropped");
        assertEquals("第７条", first(basic.find("basic.measures").orElseThrow()).prefix());
    }

    @Test
    void articleChangesAreReadOnlyWhenNumbersStayPut() {
        Project project = stableNagano(false, true);
        jp.policygen.PolicygenException e = org.junit.jupiter.api.Assertions.assertThrows(jp.policygen.PolicygenException.class,
                () -> project.params().read("nagano-prefecture"));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("only when numbers stay put")), e.problems().toString());
    }
}
