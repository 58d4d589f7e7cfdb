package jp.policygen.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.model.PageSetup;
import jp.policygen.model.Visibility;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.render.MarkdownWriter;

/**
 * Every shipped body's documents as Word files: the text equals the Markdown's line for line
 * (read back with POI, and with LibreOffice where it is installed), the package is sound and
 * valid against the WordprocessingML schema, the page is the house style's, the bytes are the
 * same every time.
 */
class DocxWriterTest {

    /** Every document of every shipped body, printed, by 「body/document」. */
    private static final Map<String, PrintedDocument> DOCUMENTS = new LinkedHashMap<>();
    private static final Map<String, PageSetup> PAGES = new LinkedHashMap<>();

    @BeforeAll
    static void print() {
        Project project = new Project(TestProjects.real());
        for (String id : project.bodyIds()) {
            var params = project.params().read(id);
            for (PrintedDocument d : project.print(params)) {
                DOCUMENTS.put(id + "/" + d.info().kind().stem(), d);
                PAGES.put(id + "/" + d.info().kind().stem(), params.pageSetup());
            }
        }
    }

    private static byte[] docx(String key) {
        return new DocxWriter().write(DOCUMENTS.get(key), PAGES.get(key));
    }

    @Test
    void everyDocumentReadsAsItsMarkdown() {
        assertTrue(DOCUMENTS.size() >= 10, "the shipped bodies' documents");
        for (Map.Entry<String, PrintedDocument> e : DOCUMENTS.entrySet()) {
            List<String> markdown = DocxText.markdownLines(new MarkdownWriter().render(e.getValue()));
            List<String> word = DocxText.lines(docx(e.getKey()), false);
            assertLinesEqual(e.getKey(), markdown, word);
        }
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws Exception {
        String key = "komoro-city/standards";
        byte[] first = docx(key);
        Thread.sleep(1100); // a clock in the file would move on
        assertArrayEquals(first, docx(key));
        String core = new OfficePackage(first).text("docProps/core.xml");
        // the date the text took effect (平成29年4月), not the time of the run
        assertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2017-04-01T00:00:00Z</dcterms:created>"), core);
        assertTrue(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2017-04-01T00:00:00Z</dcterms:modified>"), core);
        assertTrue(core.contains("<dc:title>小諸市情報セキュリティ対策基準</dc:title>"), core);
    }

    @Test
    void thePackageIsSoundAndValidAgainstTheSchema() throws Exception {
        for (String key : List.of("komoro-city/standards", "model/basic-policy", "tadami-town/basic-policy")) {
            OfficePackage pkg = new OfficePackage(docx(key));
            pkg.check("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
            valid(key + " document.xml", DocumentDocument.Factory.parse(new ByteArrayInputStream(pkg.parts.get("word/document.xml"))));
            valid(key + " styles.xml", StylesDocument.Factory.parse(new ByteArrayInputStream(pkg.parts.get("word/styles.xml"))));
            assertFalse(pkg.text("word/document.xml").contains("<w:numPr"), "numbers are text, not Word's numbering");
            assertFalse(pkg.parts.containsKey("word/numbering.xml"));
        }
    }

    @Test
    void theSchemaCheckFindsMisplacedElements() throws Exception {
        // w:pStyle must come first in w:pPr: the check above is not one that passes anything
        String wrong = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:pPr><w:jc w:val=\"left\"/><w:pStyle w:val=\"Title\"/></w:pPr></w:p></w:body></w:document>";
        assertFalse(DocumentDocument.Factory.parse(wrong).validate());
    }

    private static void valid(String what, XmlObject xml) {
        List<XmlError> errors = new ArrayList<>();
        boolean ok = xml.validate(new XmlOptions().setErrorListener(errors));
        assertTrue(ok, what + " is not valid: " + errors.stream().limit(5).map(XmlError::toString).toList());
    }

    @Test
    void stylesMarkWhatEachParagraphIs() {
        List<DocxText.Para> paras = DocxText.paragraphs(docx("komoro-city/standards"));
        assertEquals(new DocxText.Para("Title", "小諸市情報セキュリティ対策基準"), paras.get(0));
        assertEquals(new DocxText.Para("Marking", "非公開（取扱注意）"), paras.get(1));
        assertEquals("Edition", paras.get(2).style());
        assertEquals(new DocxText.Para("TOCHeading", "目次"), paras.get(3));
        // book form: 第2章 is heading 1, its sections 2.1 heading 2, their clauses (1) heading 3
        assertTrue(paras.contains(new DocxText.Para("Heading1", "第2章 情報セキュリティ対策基準")), "chapter");
        assertTrue(paras.contains(new DocxText.Para("Heading2", "2.1 組織体制")), "section");
        assertTrue(paras.contains(new DocxText.Para("Heading3", "(1) 最高情報セキュリティ責任者")), "clause");
        DocxText.Para item = paras.stream().filter(p -> p.text().startsWith("①\t")).findFirst().orElseThrow();
        assertEquals("Item1", item.style(), "an item: label, tab, text, in the 号 style with its hanging indent");
        assertTrue(paras.stream().anyMatch(p -> p.style().equals("TableHeading") && p.text().equals("区分")), "table header row");

        String styles = new OfficePackage(docx("komoro-city/standards")).text("word/styles.xml");
        assertTrue(styles.contains("<w:name w:val=\"号 1\"/>") && styles.contains("w:hangingChars=\"200\""), "号 with a hanging indent");
        for (String name : List.of("Title", "heading 1", "heading 2", "heading 3", "Body Text", "項", "注記", "toc 1")) {
            assertTrue(styles.contains("<w:name w:val=\"" + name + "\"/>"), "style " + name);
        }
    }

    @Test
    void privateDocumentsCarryTheMarkingInTheirHeaderAndEveryPageANumber() {
        OfficePackage standards = new OfficePackage(docx("komoro-city/standards"));
        assertEquals(Visibility.PRIVATE, DOCUMENTS.get("komoro-city/standards").info().visibility());
        assertTrue(standards.text("word/header1.xml").contains("非公開（取扱注意）"));
        assertTrue(standards.text("word/footer1.xml").contains("w:instr=\" PAGE \""));
        String document = standards.text("word/document.xml");
        assertTrue(document.contains("<w:headerReference") && document.contains("<w:footerReference"));
        assertTrue(document.contains(" TOC \\o \"1-3\" \\h \\z \\u "), "a contents field");
        OfficePackage basic = new OfficePackage(docx("komoro-city/basic-policy"));
        assertFalse(basic.text("word/header1.xml").contains("非公開"), "the public basic policy is not marked");
        assertFalse(basic.text("word/document.xml").contains("非公開（取扱注意）"));
    }

    @Test
    void thePageIsTheHouseStyles() {
        PrintedDocument d = DOCUMENTS.get("tadami-town/basic-policy");
        // B5, margins 25/20/20/20 mm, 38字×34行, ＭＳ 明朝 with Century for Latin, 10.5 pt
        PageSetup b5 = new PageSetup(PageSetup.Paper.B5, new PageSetup.Margins(25, 20, 20, 20), new PageSetup.Grid(38, 34),
                new PageSetup.Font("ＭＳ 明朝", "Century", 10.5));
        OfficePackage pkg = new OfficePackage(new DocxWriter().write(d, b5));
        String document = pkg.text("word/document.xml");
        // 182 × 257 mm in twips; margins 25/20 mm
        assertTrue(document.contains("<w:pgSz w:w=\"10318\" w:h=\"14570\"/>"), document.substring(document.indexOf("<w:sectPr")));
        assertTrue(document.contains("w:top=\"1417\"") && document.contains("w:left=\"1134\""), "margins");
        // text 142 mm = 8050 twips = 402.5 pt; 38 characters: pitch 10.59 pt, 0.09 pt over 10.5 → ×4096
        int textTwips = (int) Math.round((182 - 40) * 1440 / 25.4);
        long charSpace = Math.round((textTwips / 20.0 / 38 - 10.5) * 4096);
        int linePitch = (int) Math.round((257 - 45) * 1440 / 25.4) / 34;
        String grid = document.substring(document.indexOf("<w:docGrid"), document.indexOf("/>", document.indexOf("<w:docGrid")));
        assertTrue(grid.contains("w:type=\"linesAndChars\""), grid);
        assertTrue(grid.contains("w:linePitch=\"" + linePitch + "\""), grid);
        assertTrue(grid.contains("w:charSpace=\"" + charSpace + "\""), grid);
        String styles = pkg.text("word/styles.xml");
        assertTrue(styles.contains("w:ascii=\"Century\"") && styles.contains("w:eastAsia=\"ＭＳ 明朝\""), "fonts");
        assertTrue(styles.contains("<w:sz w:val=\"21\"/>"), "10.5 pt");
    }

    @Test
    void libreOfficeReadsTheSameText(@TempDir Path dir) throws Exception {
        assumeTrue(LibreOffice.present(), "soffice is not installed (Debian: libreoffice-writer-nogui)");
        List<Path> files = new ArrayList<>();
        for (String key : DOCUMENTS.keySet()) {
            Path f = dir.resolve(key.replace('/', '-') + ".docx");
            Files.write(f, docx(key));
            files.add(f);
        }
        List<Path> texts = LibreOffice.convert(files, "txt:Text (encoded):UTF8", dir.resolve("txt"));
        int i = 0;
        for (String key : DOCUMENTS.keySet()) {
            List<String> office = DocxText.plainLines(Files.readString(texts.get(i++), StandardCharsets.UTF_8));
            assertLinesEqual(key + " (LibreOffice)", DocxText.lines(Files.readAllBytes(files.get(i - 1)), true), office);
        }
    }

    @Test
    void libreOfficeLaysItOutOnTheHouseStylesPage(@TempDir Path dir) throws Exception {
        assumeTrue(LibreOffice.present(), "soffice is not installed (Debian: libreoffice-writer-nogui)");
        Path standards = dir.resolve("komoro-city-standards.docx");
        Files.write(standards, docx("komoro-city/standards"));
        Path pdf = LibreOffice.convert(List.of(standards), "pdf", dir.resolve("pdf")).get(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > 10, "the standards run to many pages: " + doc.getNumberOfPages());
            PDRectangle a4 = doc.getPage(0).getMediaBox();
            assertEquals(595, Math.round(a4.getWidth()), "A4 portrait");
            assertEquals(842, Math.round(a4.getHeight()));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(5);
            stripper.setEndPage(5);
            String page5 = stripper.getText(doc);
            assertTrue(page5.contains("非公開（取扱注意）"), "the marking is on every page: " + page5.substring(0, 80));
            assertTrue(page5.strip().endsWith("5"), "page number 5 at the foot of page 5");
        }
        Pages.keep(pdf, "docx-pages");
    }

    static void assertLinesEqual(String what, List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionError(what + ": line " + (i + 1) + " differs\n expected: " + expected.get(i)
                        + "\n   actual: " + actual.get(i));
            }
        }
        assertEquals(expected.size(), actual.size(), what + ": number of lines; extra: "
                + (expected.size() > actual.size() ? expected.subList(actual.size(), expected.size())
                : actual.subList(expected.size(), actual.size())));
    }
}
