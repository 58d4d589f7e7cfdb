package jp.policygen.checklist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policygen.render.docx.OfficePackage;

/** A checklist as a workbook, CSV and JSON. */
class ChecklistFilesTest {

    private static final Checklist AUDIT = RulesTest.of("komoro-city").audit();
    private static final Checklist SELF = RulesTest.of("komoro-city").selfCheck("securityManager");

    @Test
    void theWorkbookHasASheetPerChapterAndARowPerRule() throws Exception {
        byte[] xlsx = new XlsxChecklist().write(AUDIT);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(XlsxChecklist.COVER, wb.getSheetAt(0).getSheetName());
            assertEquals(AUDIT.byChapter().size() + 1, wb.getNumberOfSheets());
            assertEquals("2.1 組織体制", wb.getSheetAt(1).getSheetName());
            int rows = 0;
            for (int s = 1; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                List<String> header = new ArrayList<>();
                sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
                assertEquals(List.of("番号", "見出し", "規定", "対象", "監査手続", "証跡", "評価", "改善措置", "担当", "期限", "条項ID"), header);
                rows += sheet.getLastRowNum();
                // the header row stays in view and is printed on every page
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
                assertEquals("1:1", sheet.getRepeatingRows().formatAsString());
                assertTrue(sheet.getPrintSetup().getLandscape());
                assertEquals(1, sheet.getPrintSetup().getFitWidth());
                assertTrue(sheet.getHeader().getRight().contains("非公開（取扱注意）"));
                // the answer column offers ○ △ × 該当なし and refuses anything else
                List<? extends DataValidation> validations = sheet.getDataValidations();
                assertEquals(1, validations.size());
                DataValidation v = validations.get(0);
                assertEquals(List.of("○", "△", "×", "該当なし"), List.of(v.getValidationConstraint().getExplicitListValues()));
                assertEquals(6, v.getRegions().getCellRangeAddress(0).getFirstColumn(), "the 評価 column");
                assertEquals(DataValidation.ErrorStyle.STOP, v.getErrorStyle());
            }
            assertEquals(AUDIT.rules().size(), rows);
            Rule first = AUDIT.rules().get(0);
            assertEquals(first.key(), wb.getSheetAt(1).getRow(1).getCell(10).getStringCellValue());
            assertEquals(first.text(), wb.getSheetAt(1).getRow(1).getCell(2).getStringCellValue());
        }
        OfficePackage pkg = new OfficePackage(xlsx);
        pkg.check("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        // the list's arrow is shown (showDropDown="1" would hide it)
        assertTrue(!pkg.text("xl/worksheets/sheet2.xml").contains("showDropDown=\"1\""));
        assertArrayEquals(xlsx, new XlsxChecklist().write(AUDIT), "the same checklist, the same bytes");
    }

    @Test
    void aSelfCheckNamesItsRoleHolderAndHasTheSelfCheckColumns() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new XlsxChecklist().write(SELF)))) {
            XSSFSheet cover = wb.getSheet(XlsxChecklist.COVER);
            assertEquals("情報セキュリティ管理者（各課長）", cover.getRow(2).getCell(1).getStringCellValue());
            assertTrue(cover.isColumnHidden(3));
            List<String> header = new ArrayList<>();
            wb.getSheetAt(1).getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("番号", "見出し", "規定", "対象", "回答", "根拠資料", "改善措置", "担当", "期限", "条項ID"), header);
        }
    }

    @Test
    void csvIsUtf8WithABomForExcelEveryFieldQuoted() {
        String csv = new String(new CsvChecklist().write(SELF), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"章\",\"番号\",\"見出し\",\"規定\",\"対象\",\"回答\""), csv.substring(0, 60));
        List<List<String>> rows = parse(csv.substring(1));
        assertEquals(SELF.rules().size() + 1, rows.size());
        Rule last = SELF.rules().get(SELF.rules().size() - 1);
        List<String> lastRow = rows.get(rows.size() - 1);
        assertEquals(last.text().replace("\n", "\r\n"), lastRow.get(3));
        assertEquals(last.key(), lastRow.get(lastRow.size() - 1));
        assertTrue(csv.endsWith("\r\n") && !csv.replace("\r\n", "").contains("\n"), "CRLF only");
    }

    @Test
    void jsonListsEveryRuleWithItsRoles() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonChecklist().write(AUDIT));
        assertEquals("audit", json.path("kind").asText());
        assertEquals("komoro-city", json.path("body").path("id").asText());
        assertEquals(AUDIT.rules().size(), json.path("rules").size());
        JsonNode rule = json.path("rules").get(2);
        assertEquals("standards.organisation.ciso#1", rule.path("key").asText());
        assertEquals("最高情報セキュリティ責任者", rule.path("roles").get(0).path("title").asText());
        assertArrayEquals(new JsonChecklist().write(AUDIT), new JsonChecklist().write(AUDIT));
    }

    /** RFC 4180, every field quoted. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"') {
                i++;
                while (true) {
                    char d = csv.charAt(i);
                    if (d == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (d == '"') {
                        i++;
                        break;
                    } else {
                        field.append(d);
                        i++;
                    }
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                throw new AssertionError("unquoted field at " + i);
            }
        }
        return rows;
    }
}
