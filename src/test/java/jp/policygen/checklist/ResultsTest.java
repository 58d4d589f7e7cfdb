package jp.policygen.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.render.docx.LibreOffice;
import jp.policygen.render.pdf.PdfWriter;

/**
 * A checklist filled in (here by POI, as a person would in Excel: answers typed, 改善措置 written,
 * a rule's text as an older revision had it, a row deleted, a row of a rule since removed) and
 * read back against the standards as they are.
 */
class ResultsTest {

    private static final Checklists KOMORO = RulesTest.of("komoro-city");

    @TempDir
    Path dir;

    /** The security manager's self-check, filled: the first rows answered ○ × △ 〇 ..., row 6 「たぶん」. */
    private Path filled() throws Exception {
        Checklist c = KOMORO.selfCheck("securityManager");
        Path file = dir.resolve("self-securityManager.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new XlsxChecklist().write(c)))) {
            XSSFSheet sheet = wb.getSheetAt(1); // 2.1 組織体制: the manager's own clause
            String[] answers = {"○", "×", "△", "〇", "該当なし", "たぶん"};
            for (int i = 0; i < answers.length; i++) {
                XSSFRow row = sheet.getRow(i + 1);
                row.getCell(4).setCellValue(answers[i]);
                if (answers[i].equals("×") || answers[i].equals("△")) {
                    row.getCell(6).setCellValue("手順書を整備する（" + answers[i] + "）");
                    row.getCell(7).setCellValue("情報政策課");
                    row.getCell(8).setCellValue("令和8年3月");
                }
            }
            // the checklist was made from an older text of the 3rd rule
            XSSFRow third = sheet.getRow(3);
            third.getCell(2).setCellValue(third.getCell(2).getStringCellValue().replace("定め", "決め"));
            // a row of a rule that the standards no longer have
            XSSFRow gone = sheet.createRow(sheet.getLastRowNum() + 1);
            gone.createCell(0).setCellValue("2.1(4)⑨");
            gone.createCell(2).setCellValue("⑨　情報セキュリティ管理者は、廃止された規定を守らなければならない。");
            gone.createCell(4).setCellValue("○");
            gone.createCell(9).setCellValue("standards.organisation.security-manager#9");
            // the person deleted the last sheet's rows: those rules are not in the checklist
            XSSFSheet last = wb.getSheetAt(wb.getNumberOfSheets() - 1);
            for (int r = last.getLastRowNum(); r >= 1; r--) {
                last.removeRow(last.getRow(r));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void ratesOpenItemsAndChangesAreReadBack() throws Exception {
        FilledChecklist f = FilledChecklist.read(filled());
        assertEquals("komoro-city", f.bodyId());
        assertEquals(Kind.SELF, f.kind());
        assertEquals("securityManager", f.roleKey());
        assertEquals(1, f.problems().size(), f.problems().toString());
        assertTrue(f.problems().get(0).message().contains("'たぶん' is not an answer"));
        assertEquals(7, f.problems().get(0).line());
        assertEquals(5, f.problems().get(0).column());

        Results r = Results.of(KOMORO.like(f), f);
        // ○ ○(〇) △ × of the rows in force (the removed row's ○ is not counted), 該当なし 1, the rest unanswered
        assertEquals(2, r.total().done());
        assertEquals(1, r.total().partly());
        assertEquals(1, r.total().notDone());
        assertEquals(1, r.total().notApplicable());
        assertEquals("50.0%", r.total().percent());
        Results.Tally chapter = r.chapters().stream().filter(t -> t.name().equals("2.1 組織体制")).findFirst().orElseThrow();
        assertEquals(4, chapter.assessed());
        Results.Tally manager = r.roles().stream().filter(t -> t.name().equals("情報セキュリティ管理者")).findFirst().orElseThrow();
        assertEquals(2, manager.done());

        assertEquals(List.of("×", "△"), r.open().stream().map(a -> a.row().answer()).toList(), "× first");
        assertEquals("手順書を整備する（×）", r.open().get(0).row().remedy());
        assertEquals("令和8年3月", r.open().get(0).row().due());

        assertEquals(1, r.changed().size());
        assertTrue(r.changed().get(0).row().text().contains("決め"));
        assertTrue(r.changed().get(0).rule().text().contains("定め"));
        assertEquals(1, r.removed().size());
        assertEquals("standards.organisation.security-manager#9", r.removed().get(0).key());
        Checklist current = KOMORO.selfCheck("securityManager");
        String lastChapter = List.copyOf(current.byChapter().keySet()).get(current.byChapter().size() - 1);
        assertEquals(current.byChapter().get(lastChapter).size(), r.added().size());
    }

    @Test
    void aRowWhoseItemMovedIsMatchedByItsText() throws Exception {
        Checklist c = KOMORO.selfCheck("securityManager");
        Path file = dir.resolve("moved.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new XlsxChecklist().write(c)))) {
            XSSFRow row = wb.getSheetAt(1).getRow(2);
            String key = row.getCell(9).getStringCellValue();
            // an older revision numbered it one further on (an item before it was removed since)
            int n = Integer.parseInt(key.substring(key.indexOf('#') + 1));
            row.getCell(9).setCellValue(key.substring(0, key.indexOf('#') + 1) + (n + 1));
            row.getCell(4).setCellValue("○");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Results r = Results.of(KOMORO.like(FilledChecklist.read(file)), FilledChecklist.read(file));
        assertTrue(r.changed().isEmpty(), "the same text is the same rule: " + r.changed());
        assertEquals(1, r.total().done());
    }

    @Test
    void theSummaryIsAPrivatePageAndAPdf() throws Exception {
        FilledChecklist f = FilledChecklist.read(filled());
        Results r = Results.of(KOMORO.like(f), f);
        String html = new ResultsReport().html(r);
        DocumentBuilderFactory x = DocumentBuilderFactory.newInstance();
        x.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertTrue(html.contains("非公開（取扱注意）") && html.contains("noindex"));
        assertTrue(html.contains("手順書を整備する（×）"));
        assertTrue(html.contains("点検表の作成後に改正された規定（1件）"));
        byte[] pdf = new ResultsReport().pdf(r, new PdfWriter());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("章ごとの実施状況") && text.contains("50.0%"), text.substring(0, 200));
        }
    }

    @Test
    void aChecklistSavedByLibreOfficeReadsBack(@TempDir Path out) throws Exception {
        assumeTrue(LibreOffice.present(), "soffice is not installed (Debian: libreoffice-calc-nogui)");
        Path file = filled();
        Path saved = LibreOffice.convert(List.of(file), "xlsx:Calc MS Excel 2007 XML", out).get(0);
        assertFalse(Files.isSameFile(file, saved));
        FilledChecklist f = FilledChecklist.read(saved);
        Results r = Results.of(KOMORO.like(f), f);
        assertEquals(2, r.total().done());
        assertEquals(1, r.changed().size());
        // the list validation survives the round trip
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(saved))) {
            assertEquals(List.of("○", "△", "×", "該当なし"),
                    List.of(wb.getSheetAt(1).getDataValidations().get(0).getValidationConstraint().getExplicitListValues()));
        }
    }
}
