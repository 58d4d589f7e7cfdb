package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

import jp.policygen.render.docx.LibreOffice;
import jp.policygen.render.docx.OfficePackage;
import jp.policygen.render.docx.Pages;

/** The 新旧対照表 as a Word file: landscape, two labelled columns, the changed phrases underlined. */
class DocxReportTest {

    private static Comparison comparison() {
        return new Comparer(Ignore.all()).compare(Docs.generatedSide(StatusTest.local(), StatusTest.LOCAL, "r7"),
                Docs.generatedSide(StatusTest.model(), StatusTest.MODEL, "r7"));
    }

    @Test
    void twoColumnsInLandscapeWithTheChangedPhrasesUnderlined() throws Exception {
        Comparison c = comparison();
        byte[] docx = new DocxReport().render(c, ReportOptions.MODEL);
        OfficePackage pkg = new OfficePackage(docx);
        pkg.check("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        assertTrue(DocumentDocument.Factory.parse(new ByteArrayInputStream(pkg.parts.get("word/document.xml"))).validate());
        String document = pkg.text("word/document.xml");
        assertTrue(document.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"), "A4 landscape");
        assertArrayEquals(docx, new DocxReport().render(c, ReportOptions.MODEL), "the same bytes every time");

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = doc.getTables().get(1);
            assertEquals("本団体", table.getRow(0).getCell(0).getText());
            assertEquals("標準モデル", table.getRow(0).getCell(1).getText());
            assertTrue(table.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray() == 1, "the header row repeats on every page");
            assertEquals(c.rows().size() + 1, table.getRows().size());
            for (int r = 0; r < c.rows().size(); r++) {
                Comparison.Row row = c.rows().get(r);
                assertEquals(changed(row.targetText(), row.targetSpans()), underlined(table.getRow(r + 1).getCell(0)),
                        "row " + (r + 1) + ", local side");
                assertEquals(changed(row.baseText(), row.baseSpans()), underlined(table.getRow(r + 1).getCell(1)),
                        "row " + (r + 1) + ", model side");
                if (row.base().isEmpty()) {
                    assertEquals("（なし）", table.getRow(r + 1).getCell(1).getText());
                }
                assertEquals(row.status().label(), table.getRow(r + 1).getCell(2).getText(), "the status in a column of its own");
            }
            assertTrue(c.rows().stream().anyMatch(Comparison.Row::changed), "the comparison has changes to underline");
        }
    }

    /** The text of the changed spans, each span once. */
    private static String changed(ClauseText text, List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span s : spans) {
            if (s.kind() == Span.Kind.CHANGED) {
                // the report shows line by line: the line breaks inside a span are not printed
                for (ClauseText.Line line : text.lines()) {
                    int from = Math.max(s.start(), line.start());
                    int to = Math.min(s.end(), line.end());
                    if (to > from) {
                        out.append(text.text(), from, to);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String underlined(XWPFTableCell cell) {
        StringBuilder out = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (r.getUnderline() == UnderlinePatterns.SINGLE) {
                    out.append(r.text());
                }
            }
        }
        return out.toString();
    }

    @Test
    void aReportOfPrivateTextIsMarkedInItsHeader() {
        Comparison c = comparison();
        boolean isPrivate = HtmlReport.isPrivate(c);
        String header = new OfficePackage(new DocxReport().render(c, ReportOptions.MODEL)).text("word/header1.xml");
        assertEquals(isPrivate, header.contains("非公開（取扱注意）"));
    }

    @Test
    void libreOfficeReadsItAndLaysItOutInLandscape(@TempDir Path dir) throws Exception {
        assumeTrue(LibreOffice.present(), "soffice is not installed (Debian: libreoffice-writer-nogui)");
        Path file = dir.resolve("compare.docx");
        Files.write(file, new DocxReport().render(comparison(), ReportOptions.MODEL));
        Path text = LibreOffice.convert(List.of(file), "txt:Text (encoded):UTF8", dir.resolve("txt")).get(0);
        String read = Files.readString(text, StandardCharsets.UTF_8);
        assertTrue(read.contains("対照表") && read.contains("本団体") && read.contains("（なし）"), read);
        Path pdf = LibreOffice.convert(List.of(file), "pdf", dir.resolve("pdf")).get(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertTrue(box.getWidth() > box.getHeight(), "landscape");
        }
        Pages.keep(pdf, "docx-pages");
    }
}
