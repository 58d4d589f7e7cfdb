package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policygen.Project;
import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.numbering.Numbering;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.params.BodyParams;

/**
 * A 新旧対照表 between two revisions of a 例規 (nagano-prefecture, articles): an article inserted
 * after 第３条 (so every later one has a new number), 監査 moved after 見直し, one 号 of 第２条
 * reworded. Renumbered numbers are underlined, the move is one row 移動, and with elision the
 * unchanged runs of articles and of 号 are one line each, the same in every format.
 */
class RevisionReportTest {

    private static final Project PROJECT = new Project(Path.of("").toAbsolutePath());
    private static Comparison c;
    private static final ReportOptions ELIDED = ReportOptions.REVISION.withElide(true);

    @BeforeAll
    static void compare() {
        BodyParams params = PROJECT.params().read("nagano-prefecture");
        Numbering old = PROJECT.build(params).get(0);
        PolicyDocument d = old.document();
        List<Section> sections = new ArrayList<>(d.sections());
        int definitions = index(sections, "basic.definitions");
        sections.set(definitions, reworded(sections.get(definitions), 4));
        sections.add(index(sections, "basic.threats") + 1, new Section("local.cyber", List.of(new Inline.Text("サイバーセキュリティの確保")),
                List.of(new Block.Paragraph(List.of(new Inline.Text("本県は、サイバーセキュリティを確保する。")))), List.of(),
                Provenance.LOCAL_ADDED, null));
        Section audit = sections.remove(index(sections, "basic.audit"));
        sections.add(index(sections, "basic.review") + 1, audit);
        PolicyDocument edited = new PolicyDocument(d.info(), sections);
        Numbering neu = NumberingStyle.named(edited.info().layout().style()).number(edited);
        Side target = new Side(edited, neu, Substitutions.of(params), params.templates(), Map.of("basic.audit", "after basic.review"));
        c = new Comparer(Set.of(Ignore.NOTATION)).forRevisions().compare(target, Side.generated(old, params));
    }

    private static int index(List<Section> sections, String id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no " + id);
    }

    /** The section with the words 「その他これに類するもの」 added to the {@code n}th item (0-based) of its first list. */
    private static Section reworded(Section s, int n) {
        List<Block> blocks = new ArrayList<>(s.blocks());
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof Block.ItemList list) {
                List<Block.Item> items = new ArrayList<>(list.items());
                Block.Item item = items.get(n);
                List<Block> inner = new ArrayList<>(item.blocks());
                Block.Paragraph p = (Block.Paragraph) inner.get(0);
                List<Inline> content = new ArrayList<>(p.content());
                content.add(new Inline.Text("その他これに類するもの"));
                inner.set(0, new Block.Paragraph(content));
                items.set(n, new Block.Item(item.title(), inner, item.found()));
                blocks.set(b, new Block.ItemList(list.numbered(), items));
                return new Section(s.id(), s.title(), blocks, s.children(), s.provenance(), s.found());
            }
        }
        throw new AssertionError("no list in " + s.id());
    }

    private static Comparison.Row row(String id) {
        return c.rows().stream().filter(r -> !r.target().isEmpty() && r.target().get(0).id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aMovedArticleIsOneRowAndRenumberedNumbersAreMarked() {
        assertTrue(c.revisions());
        assertEquals(1, c.summary().count(ClauseStatus.MOVED));
        assertEquals(1, c.summary().count(ClauseStatus.LOCAL_ADDITION));
        assertEquals(0, c.summary().count(ClauseStatus.MISSING_LOCALLY), "the move is no deletion");
        Comparison.Row audit = row("basic.audit");
        assertEquals(ClauseStatus.MOVED, audit.status());
        assertEquals("basic.audit", audit.base().get(0).id());
        // 第４条 (適用範囲) is 第５条 now: its number marked in both columns, the text not
        Comparison.Row scope = row("basic.scope");
        assertEquals(ClauseStatus.RENUMBERED, scope.status());
        assertEquals(List.of("第５条", "第５条"), marked(scope.targetText(), scope.targetSpans(), Span.Kind.NUMBER));
        assertEquals(List.of("第４条", "第４条"), marked(scope.baseText(), scope.baseSpans(), Span.Kind.NUMBER));
        assertFalse(scope.changed());
        // a 号 of a renumbered article prints the same: 同一, the article's row shows the number
        Comparison.Row organisations = row("basic.scope.organisations");
        assertEquals(ClauseStatus.IDENTICAL, organisations.status());
        assertTrue(organisations.targetSpans().isEmpty());
        // 第１条 keeps its number: nothing marked
        assertEquals(ClauseStatus.IDENTICAL, row("basic.purpose").status());
        assertTrue(row("basic.purpose").targetSpans().isEmpty());
    }

    @Test
    void aCrossReferenceThatNowReadsOtherwiseIsAnAmendmentAndIsMarked() {
        // the added article renumbers those after it: a reference to one of them now prints another
        // number, which the 改め文 amends, so the 新旧対照表 must show it
        int changed = 0;
        for (Comparison.Row r : c.rows()) {
            if (r.target().size() != 1 || r.base().size() != 1) {
                continue;
            }
            String now = references(r.targetText());
            String before = references(r.baseText());
            if (now.equals(before)) {
                continue;
            }
            changed++;
            assertTrue(r.status() == ClauseStatus.LOCALLY_WORDED || r.status() == ClauseStatus.MOVED,
                    r.target().get(0).id() + ": references 「" + before + "」 → 「" + now + "」 but " + r.status());
            assertTrue(r.targetSpans().stream().anyMatch(sp -> sp.kind() != Span.Kind.NUMBER
                    && java.util.stream.IntStream.range(sp.start(), sp.end()).anyMatch(r.targetText()::isReference)),
                    r.target().get(0).id() + ": the changed reference is not marked");
        }
        assertTrue(changed > 0, "the scenario renumbers an article some clause refers to");
    }

    private static String references(ClauseText text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.text().length(); i++) {
            if (text.isReference(i)) {
                out.append(text.text().charAt(i));
            }
        }
        return out.toString();
    }

    private static List<String> marked(ClauseText text, List<Span> spans, Span.Kind kind) {
        return spans.stream().filter(s -> s.kind() == kind).map(s -> text.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void elisionCollapsesRunsOfArticlesAndOfItems() {
        List<ReportTable.Entry> table = ReportTable.of(c, ELIDED);
        assertTrue(table.size() < c.rows().size() / 2, table.size() + " of " + c.rows().size() + " rows");
        ReportTable.Entry first = table.get(0);
        assertTrue(first.collapsed());
        assertEquals("第１条　（略）", first.target().lines().get(0).text());

        // 第２条 changed in its fifth 号: the four before it and the rest are one line each, on both sides
        ReportTable.Entry definitions = table.stream().filter(e -> e.first().target().get(0).id().equals("basic.definitions"))
                .findFirst().orElseThrow();
        assertFalse(definitions.collapsed());
        List<String> lines = definitions.target().lines().stream().map(ReportTable.Line::text).toList();
        assertTrue(lines.contains("(１)～(４)　（略）"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(５)") && l.endsWith("その他これに類するもの")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\(６\\)～\\(\\d+\\)　（略）")), lines.toString());
        assertEquals(lines.size(), definitions.base().lines().size(), definitions.base().lines().toString());

        // the articles after the one whose reference changed: 第11条～第12条 for 第10条～第11条, numbers
        // underlined, one row (第13条 cites the moved article: 改正)
        ReportTable.Entry last = table.stream().filter(e -> e.collapsed() && e.status() == ClauseStatus.RENUMBERED)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(ClauseStatus.LOCALLY_WORDED, table.get(table.size() - 1).status());
        assertTrue(last.collapsed());
        assertEquals(ClauseStatus.RENUMBERED, last.status());
        assertEquals("第11条～第12条　（略）", last.target().lines().get(0).text());
        assertEquals("第10条～第11条　（略）", last.base().lines().get(0).text());
        assertEquals(List.of("第11条", "第12条"), last.target().lines().get(0).pieces().stream().filter(Reports::underlined)
                .map(Reports.Piece::text).toList());

        // the moved article is a row of its own, its text elided, its numbers underlined
        ReportTable.Entry audit = table.stream().filter(e -> e.status() == ClauseStatus.MOVED).findFirst().orElseThrow();
        assertEquals("移動", audit.statusText());
        assertEquals("（移動）", audit.remark());
    }

    @Test
    void everyFormatSaysTheSame() throws Exception {
        String html = new HtmlReport().render(c, ELIDED);
        org.w3c.dom.Document d = ReportTest.xml(html);
        assertEquals("新旧対照表", d.getElementsByTagName("h1").item(0).getTextContent());
        assertTrue(html.contains("<u class=\"chg\">第11条</u>～<u class=\"chg\">第12条</u>　（略）"), html);
        assertTrue(html.contains("<td class=\"note\">移動</td>"), html);
        assertTrue(html.contains("<p class=\"t i0 elision\">(１)～(４)　（略）</p>"), html);
        assertTrue(html.contains("<tr class=\"moved\"><th scope=\"row\">移動</th><td>1</td></tr>"), "移動 counted in the summary");

        String md = new MarkdownReport().render(c, ELIDED);
        assertTrue(md.contains("> 〔第11条〕～〔第12条〕　（略）"), md);
        assertTrue(md.contains("（移動）"), md);
        assertTrue(md.contains("| 移動 | 1 |"), md);
        assertTrue(md.contains("> (１)～(４)　（略）"), md);

        JsonNode json = new ObjectMapper().readTree(new JsonReport().render(c, ELIDED));
        assertEquals(1, json.get("summary").get("counts").get("moved").asInt());
        JsonNode table = json.get("table");
        assertEquals(ReportTable.of(c, ELIDED).size(), table.size());
        JsonNode last = table.get(table.size() - 2);
        assertTrue(last.get("elided").asBoolean());
        assertEquals("第11条～第12条　（略）", last.get("target").get("lines").get(0).get("text").asText());
        assertEquals("[[0,4],[5,9]]", last.get("target").get("lines").get(0).get("underlined").toString());

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxReport().render(c, ELIDED)))) {
            XWPFTable t = doc.getTables().get(1);
            assertEquals(table.size() + 1, t.getRows().size());
            assertEquals("区分", t.getRow(0).getCell(2).getText());
            assertEquals("第11条～第12条　（略）", t.getRow(t.getRows().size() - 2).getCell(0).getText());
            assertEquals("番号のみ変更", t.getRow(t.getRows().size() - 2).getCell(2).getText());
            assertEquals("改正", t.getRow(t.getRows().size() - 1).getCell(2).getText());
            // a labelled line (項, 号) hangs in Word as in the HTML: its next lines stand under its text
            List<org.apache.poi.xwpf.usermodel.XWPFParagraph> labelled = t.getRows().stream()
                    .flatMap(r -> r.getTableCells().stream()).flatMap(cell -> cell.getParagraphs().stream())
                    .filter(para -> para.getText().matches("^[(（][０-９0-9]+[)）].+") && !para.getText().endsWith("（略）")).toList();
            assertFalse(labelled.isEmpty());
            assertTrue(labelled.stream().allMatch(para -> para.getIndentationHanging() > 0),
                    "hanging 号 lines in the Word table");
        }
    }

    @Test
    void aHouseStyleWithARemarksColumnAndNoMarkers() {
        ReportOptions biko = ReportOptions.REVISION.withStyle("biko");
        String html = new HtmlReport().render(c, biko);
        assertTrue(html.contains("<th scope=\"col\" class=\"note\">備考</th>"), html);
        assertTrue(html.contains("<td class=\"note\">（追加）</td>"), html);
        assertTrue(html.contains("<td class=\"note\">（変更）</td>"), html);
        assertFalse(html.contains("（新設）"), "no markers in this style");
        ReportOptions an = ReportOptions.REVISION.withStyle("an").withOrder("old-new");
        String md = new MarkdownReport().render(c, an);
        assertTrue(md.indexOf("**現行**") < md.indexOf("**改正案**"), "old column first");
        assertTrue(md.contains("> （新設）"), md);
    }

    /** The new column names the day the new text takes effect, in the text's digits; the old one its label. */
    @Test
    void theNewColumnNamesTheDayItTakesEffect() {
        BodyParams params = PROJECT.params().read("nagano-prefecture");
        Numbering old = PROJECT.build(params).get(0);
        jp.policygen.model.DocumentInfo info = old.document().info();
        jp.policygen.model.Layout l = info.layout();
        List<jp.policygen.model.Instrument.Act> acts = new ArrayList<>(l.instrument().acts());
        acts.add(new jp.policygen.model.Instrument.Act("令和9年3月31日", 3, "令和9年4月1日"));
        jp.policygen.model.Layout layout = new jp.policygen.model.Layout(l.style(), l.documentChapter(), l.articleLevel(), l.items(),
                l.digits(), l.articles(), new jp.policygen.model.Instrument(l.instrument().kind(), l.instrument().enactment(), acts));
        PolicyDocument edited = new PolicyDocument(new jp.policygen.model.DocumentInfo(info.bodyId(), info.bodyName(), info.title(),
                info.kind(), info.visibility(), info.edition(), info.established(), info.revisions(), layout), old.document().sections());
        Numbering neu = NumberingStyle.named(layout.style()).number(edited);
        Comparison revised = new Comparer(Set.of(Ignore.NOTATION)).forRevisions().compare(Side.generated(neu, params), Side.generated(old, params));
        assertEquals("改正後（令和９年４月１日施行）", Reports.columnHeading(revised, ReportOptions.REVISION, true));
        assertEquals("改正前", Reports.columnHeading(revised, ReportOptions.REVISION, false));
        assertTrue(new HtmlReport().render(revised, ReportOptions.REVISION)
                .contains("<th scope=\"col\">改正後（令和９年４月１日施行）</th><th scope=\"col\">改正前</th>"));
        // the same day on both sides says nothing of when the new text takes effect
        assertEquals("改正後", Reports.columnHeading(c, ReportOptions.REVISION, true));
    }
}
