package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.TestProjects;

class ChecklistCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheChecklistsIntoTheOutputFolderAndReadsAFilledOneBack() throws Exception {
        TestProjects.copy(dir, "komoro-city");
        CliRun r = CliRun.of("--project", dir.toString(), "checklist", "komoro-city");
        assertEquals(0, r.code(), r.err());
        Path out = dir.resolve("output/checklist/komoro-city");
        for (String f : new String[] {"audit.xlsx", "audit.csv", "audit.json", "self-securityManager.xlsx", "self-staff.csv"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(r.out().contains("self-securityManager") && r.out().contains("非公開"), r.out());

        Path filled = dir.resolve("filled.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("audit.xlsx")))) {
            wb.getSheetAt(1).getRow(1).getCell(6).setCellValue("×");
            wb.getSheetAt(1).getRow(1).getCell(7).setCellValue("代行者を指名する");
            wb.getSheetAt(1).getRow(2).getCell(6).setCellValue("○");
            try (OutputStream o = Files.newOutputStream(filled)) {
                wb.write(o);
            }
        }
        CliRun back = CliRun.of("--project", dir.toString(), "checklist", "komoro-city", "--results", filled.toString());
        assertEquals(0, back.code(), back.err());
        assertTrue(back.out().contains("実施率 50.0%"), back.out());
        assertTrue(back.out().contains("× and △: 1"), back.out());
        assertTrue(Files.isRegularFile(out.resolve("filled-results.html")));
        assertTrue(Files.isRegularFile(out.resolve("filled-results.pdf")));
        assertTrue(TestProjects.read(out.resolve("filled-results.html")).contains("代行者を指名する"));
    }

    @Test
    void anUnknownRoleOrAnotherBodysChecklistIsBadInput() throws Exception {
        TestProjects.copy(dir, "komoro-city", "tadami-town");
        CliRun r = CliRun.of("--project", dir.toString(), "checklist", "komoro-city", "--kind", "self", "--role", "mayor");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no role 'mayor'") && r.err().contains("securityManager"), r.err());
        assertFalse(Files.exists(dir.resolve("output/checklist/komoro-city")), "nothing written");

        Path out = dir.resolve("tadami");
        assertEquals(0, CliRun.of("--project", dir.toString(), "checklist", "tadami-town", "--kind", "audit",
                "--format", "xlsx", "--out", out.toString()).code());
        CliRun wrong = CliRun.of("--project", dir.toString(), "checklist", "komoro-city", "--results",
                out.resolve("audit.xlsx").toString());
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("this checklist is tadami-town's"), wrong.err());
    }
}
