package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReportTest {

    private static Comparison comparison() {
        return new Comparer(Ignore.all()).compare(Docs.generatedSide(StatusTest.local(), StatusTest.LOCAL, "r7"),
                Docs.generatedSide(StatusTest.model(), StatusTest.MODEL, "r7"));
    }

    static Document xml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document d, String tag) {
        return texts(d.getDocumentElement(), tag);
    }

    private static List<String> texts(Element e, String tag) {
        NodeList nodes = e.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static Element tableOfClass(Document d, String cls) {
        NodeList tables = d.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (t.getAttribute("class").equals(cls)) {
                return t;
            }
        }
        throw new AssertionError("no table." + cls);
    }

    @Test
    void htmlIsWellFormedWithTwoLabelledColumnsMarkersUnderlinesAndSummary() throws Exception {
        String html = new HtmlReport().render(comparison(), ReportOptions.MODEL);
        Document d = xml(html);
        assertEquals("ja", d.getDocumentElement().getAttribute("lang"));
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/1999/xhtml", "").contains("http://"),
                "self-contained: no external references");

        // a body against the model is a 対照表, not a 新旧対照表: nothing was amended
        assertEquals("対照表", texts(d, "h1").get(0));
        Element table = tableOfClass(d, "compare");
        NodeList heads = table.getElementsByTagName("th");
        assertEquals("本団体", heads.item(0).getTextContent());
        assertEquals("標準モデル", heads.item(1).getTextContent());
        assertEquals("区分", heads.item(2).getTextContent());
        NodeList rows = ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
        assertEquals(8, rows.getLength());
        for (int i = 0; i < rows.getLength(); i++) {
            assertEquals(3, ((Element) rows.item(i)).getElementsByTagName("td").getLength(), "two texts and the status in row " + i);
        }
        // local.training: its own text underlined in full, nothing in the model's column; the status beside both
        Element added = (Element) rows.item(5);
        Element addedLocal = (Element) added.getElementsByTagName("td").item(0);
        Element addedModel = (Element) added.getElementsByTagName("td").item(1);
        assertEquals("（なし）", addedModel.getTextContent());
        assertEquals("独自の追加", added.getElementsByTagName("td").item(2).getTextContent());
        assertEquals(List.of("研修", "職員等に毎年度研修を行う。"), texts(addedLocal, "u"));
        // basic.publication: the body lacks it, which is no deletion (no （削る）)
        Element missing = (Element) rows.item(7);
        assertEquals("（なし）", ((Element) missing.getElementsByTagName("td").item(0)).getTextContent());
        assertEquals("該当なし", missing.getElementsByTagName("td").item(2).getTextContent());
        assertEquals(List.of("公開方針", "この基本方針は公表する。"), texts((Element) missing.getElementsByTagName("td").item(1), "u"));
        String shown = d.getElementsByTagName("body").item(0).getTextContent() + texts(d, "title");
        assertFalse(shown.contains("（削る）") || shown.contains("（新設）") || shown.contains("新旧"), "no amendment vocabulary");
        // the sentence a template option added is underlined
        assertTrue(texts(d, "u").contains("ただし、学校の情報システムは別に定める。"), texts(d, "u").toString());

        Element counts = tableOfClass(d, "counts");
        String summary = counts.getTextContent();
        assertTrue(summary.contains("同一3"), summary);
        assertTrue(summary.contains("パラメータのみ相違2"), summary);
        assertTrue(summary.contains("独自の文言1"), summary);
        assertTrue(summary.contains("独自の追加1"), summary);
        assertTrue(summary.contains("該当なし1"), summary);
        assertTrue(summary.contains("計8"), summary);
        assertTrue(html.contains("標準モデルと同一の部分"), "share of identical text");
    }

    @Test
    void columnsOrderLabelsAndElision() throws Exception {
        ReportOptions o = ReportOptions.MODEL.withLabels(List.of("改正後", "改正前")).withOrder("old-new").withElide(true);
        String html = new HtmlReport().render(comparison(), o);
        Document d = xml(html);
        NodeList heads = tableOfClass(d, "compare").getElementsByTagName("th");
        assertEquals("改正前", heads.item(0).getTextContent());
        assertEquals("改正後", heads.item(1).getTextContent());
        // identical and parameter-only rows without underlines: one row 「1～2　（略）」 for the run of two
        assertTrue(html.contains("（略）"));
        assertEquals(7, ((Element) tableOfClass(d, "compare").getElementsByTagName("tbody").item(0)).getElementsByTagName("tr").getLength(),
                "the purpose and the position run together");
        assertFalse(html.contains("情報セキュリティ対策の基本的な事項を定める。"), "the purpose is elided");
        assertTrue(html.contains("ただし、学校の情報システムは別に定める。"), "a changed row is not elided");
        assertEquals(new ReportOptions("改正案", "現行", true, false, true, false), ReportOptions.MODEL.withLabels(List.of("draft")));
    }

    @Test
    void markdownMarksChangesWithBracketsAndSaysSo() {
        String md = new MarkdownReport().render(comparison(), ReportOptions.MODEL);
        assertTrue(md.contains("相違箇所を〔 〕で囲んで示す"), md);
        assertTrue(md.contains("〔ただし、学校の情報システムは別に定める。〕"), md);
        assertTrue(md.startsWith("# 対照表　"), md);
        assertTrue(md.contains("> （なし）"), md);
        assertFalse(md.contains("（新設）") || md.contains("（削る）"), md);
        assertFalse(md.contains("<u>") || md.contains("<br"), "no raw HTML in Markdown");
        assertTrue(md.contains("| 独自の文言 | 1 |"), md);
    }

    @Test
    void jsonHoldsRowsStatusesSpansAndSummary() throws Exception {
        String json = new JsonReport().render(comparison(), ReportOptions.MODEL);
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("policygen-compare", root.get("format").asText());
        assertEquals("本団体", root.get("target").get("label").asText());
        assertEquals(8, root.get("summary").get("rows").asInt());
        assertEquals(3, root.get("summary").get("counts").get("identical").asInt());
        assertEquals(1, root.get("summary").get("counts").get("missing-locally").asInt());
        JsonNode rows = root.get("rows");
        assertEquals(8, rows.size());
        JsonNode scope = rows.get(2);
        assertEquals("same-id", scope.get("alignment").asText());
        assertEquals("parameters-only", scope.get("status").asText());
        assertEquals("basic.scope", scope.get("target").get("ids").get(0).asText());
        JsonNode span = scope.get("target").get("spans").get(0);
        String text = scope.get("target").get("text").asText();
        assertEquals("changed", span.get("kind").asText());
        assertEquals(span.get("text").asText(), text.substring(span.get("start").asInt(), span.get("end").asInt()));
        assertEquals("ただし、学校の情報システムは別に定める。", span.get("text").asText());
        JsonNode policy = rows.get(1);
        assertEquals("parameter", policy.get("target").get("spans").get(0).get("kind").asText());
        assertEquals("小諸市", policy.get("target").get("spans").get(0).get("text").asText());
        assertTrue(rows.get(7).get("target").isNull());
        assertTrue(rows.get(5).get("base").isNull());
    }

    /** Against the model a clause found out of order is one row 移動, never a deletion and an addition. */
    @Test
    void aClauseTheAlignerFindsMovedIsOneRowWithItsOwnStatus() throws Exception {
        String purpose = "本市の情報資産の機密性、完全性及び可用性を維持するため、情報セキュリティ対策について基本的な事項を定める。";
        String threats = "不正アクセス、ウイルス攻撃等のサイバー攻撃や部外者の侵入等の意図的な要因による情報資産の漏えい、破壊、改ざん等を脅威として想定する。";
        String duties = "職員等は、情報セキュリティの重要性について共通の認識を持ち、業務の遂行に当たって情報セキュリティポリシーを遵守しなければならない。";
        String publication = "この基本方針は公表する。対策基準及び実施手順は、公にすることにより情報資産を危険にさらすおそれがあるため、公開しない。";
        Comparison c = new Comparer(Ignore.all()).compare(
                Docs.importedSide(Docs.document("小諸市", Docs.imported(1, "目的", purpose), Docs.imported(2, "公開方針", publication),
                        Docs.imported(3, "対象とする脅威", threats), Docs.imported(4, "職員等の遵守義務", duties))),
                Docs.importedSide(Docs.document("○○市", Docs.imported(1, "目的", purpose), Docs.imported(2, "対象とする脅威", threats),
                        Docs.imported(3, "職員等の遵守義務", duties), Docs.imported(4, "公開方針", publication))));
        assertEquals(4, c.rows().size(), "one row per clause");
        assertEquals(1, c.summary().count(ClauseStatus.MOVED));
        assertEquals(0, c.summary().count(ClauseStatus.MISSING_LOCALLY) + c.summary().count(ClauseStatus.LOCAL_ADDITION));
        Comparison.Row moved = c.rows().stream().filter(r -> r.status() == ClauseStatus.MOVED).findFirst().orElseThrow();
        assertTrue(moved.moved());
        Document d = xml(new HtmlReport().render(c, ReportOptions.MODEL));
        Element counts = tableOfClass(d, "counts");
        assertTrue(counts.getTextContent().contains("移動1"), counts.getTextContent());
        assertTrue(new MarkdownReport().render(c, ReportOptions.MODEL).contains("（移動）"));
        JsonNode row = new ObjectMapper().readTree(new JsonReport().render(c, ReportOptions.MODEL)).get("rows").get(moved.number() - 1);
        assertEquals("moved", row.get("status").asText());
        assertEquals("移動", row.get("statusLabel").asText());
        assertTrue(row.get("moved").asBoolean());
    }
}
