package jp.policygen.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.policygen.model.PageSetup;
import jp.policygen.render.docx.WordDocument;

/** Office files on the site are read as the text they show, wherever it sits in the package. */
class PublicTextTest {

    private static final String RULE = LeakCheckTest.RULE;

    /** A Word file whose paragraph holds the rule split into runs, one of them bold and one a link. */
    private static byte[] docx(String text) {
        WordDocument doc = new WordDocument(PageSetup.DEFAULT, false, true);
        int a = text.length() / 3;
        int b = 2 * text.length() / 3;
        doc.paragraph(WordDocument.Para.of("BodyText", List.of(WordDocument.Run.of(text.substring(0, a)),
                new WordDocument.Run(text.substring(a, b), true, false, null),
                new WordDocument.Run(text.substring(b), false, false, "_Toc000001"))));
        return doc.bytes();
    }

    @Test
    void aWordFileIsReadAsItsTextWhateverItsRuns() {
        LeakCheck.PrivateClause c = LeakCheckTest.clause("a", "standards.physical.room", RULE);
        LeakCheck.Result r = new LeakCheck().check(List.of(c), Map.of("a/basic-policy.docx", docx("本市は、" + RULE)), Map.of());
        assertEquals(1, r.leaks().size(), r.toString());
        assertEquals("a/basic-policy.docx", r.leaks().get(0).file());
    }

    @Test
    void anOfficeFileIsKnownByWhatItIsNotByItsName() {
        LeakCheck.PrivateClause c = LeakCheckTest.clause("a", "standards.physical.room", RULE);
        assertEquals(1, new LeakCheck().check(List.of(c), Map.of("a/download.bin", docx(RULE)), Map.of()).leaks().size());
    }

    @Test
    void aWorkbookIsReadCellByCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var row = wb.createSheet("点検").createRow(3);
            row.createCell(0).setCellValue("2.3(2)①");
            row.createCell(1).setCellValue(RULE);
            wb.write(out);
        }
        LeakCheck.PrivateClause c = LeakCheckTest.clause("a", "standards.physical.room", RULE);
        LeakCheck.Result r = new LeakCheck().check(List.of(c), Map.of("a/checklist.xlsx", out.toByteArray()), Map.of());
        assertEquals(1, r.leaks().size(), r.toString());
        List<String> text = PublicText.of("a/checklist.xlsx", out.toByteArray());
        assertTrue(text.stream().anyMatch(t -> t.contains(RULE)), "the cell's text whole: " + text);
    }

    @Test
    void aWordFileWithoutPrivateTextIsClean() {
        LeakCheck.PrivateClause c = LeakCheckTest.clause("a", "standards.physical.room", RULE);
        String publicText = "この基本方針は、本市が保有する情報資産の機密性、完全性及び可用性を維持するため、本市が実施する情報セキュリティ対策について基本的な事項を定めることを目的とする。";
        assertTrue(new LeakCheck().check(List.of(c), Map.of("a/basic-policy.docx", docx(publicText)), Map.of()).clean());
    }
}
