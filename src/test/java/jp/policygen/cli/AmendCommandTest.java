package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.TestProjects;

class AmendCommandTest {

    @TempDir
    Path dir;

    @Test
    void aRevisionGivenAsAPathNamesAFolderInsideOutputAmend() {
        String name = AmendCommand.safe("komoro-city-../../etc/old-to-now");
        assertFalse(name.contains("/") || name.contains(".."), name);
        assertEquals("komoro-city-HEAD_1-to-now", AmendCommand.safe("komoro-city-HEAD~1-to-now"));
        assertFalse(AmendCommand.safe("..").startsWith("."));
    }

    @Test
    void draftsTheAmendingInstrumentBetweenTwoRevisions() throws Exception {
        Path old = dir.resolve("old");
        Path now = dir.resolve("now");
        TestProjects.copy(old, "nagano-prefecture", "model");
        TestProjects.copy(now, "nagano-prefecture", "model");
        Path yaml = now.resolve("municipalities/nagano-prefecture/policy.yaml");
        TestProjects.replaceOnce(yaml, "categories: [職員, 特別職の職員, 再任用職員, 任期付職員, 会計年度任用職員]",
                "categories: [職員, 特別職の職員, 会計年度任用職員]");
        TestProjects.replaceOnce(yaml, "  epidemic: true\n", "  epidemic: false\n");

        CliRun r = CliRun.of("--project", now.toString(), "amend", "nagano-prefecture", "--from", old.toString(),
                "--document", "basic-policy", "--format", "md,html", "--effective", "令和9年4月1日", "--number", "2");
        assertEquals(0, r.code(), r.err());
        Path out = now.resolve("output/amend/nagano-prefecture-old-to-now");
        String md = TestProjects.read(out.resolve("basic-policy.md"));
        assertTrue(md.contains("# 長野県情報セキュリティ基本方針の一部を改正する訓令"), md);
        assertTrue(md.contains("長野県情報セキュリティ基本方針（平成15年長野県訓令第３号）の一部を次のように改正する。"), md);
        // a threat item dropped: the later 号 move up, cited as the text prints them before the change
        assertTrue(md.contains("第３条中第５号を削り、第６号から第８号までを一号ずつ繰り上げる。"), md);
        assertTrue(md.contains("第５条第１項中「、再任用職員、任期付職員」を削る。"), md);
        assertTrue(md.contains("この訓令は、令和９年４月１日から施行する。"), md);
        assertTrue(md.contains("訓令第２号"), md);
        String html = TestProjects.read(out.resolve("basic-policy.html"));
        assertTrue(html.contains("<h1>長野県情報セキュリティ基本方針の一部を改正する訓令</h1>"), html);
        assertFalse(Files.exists(out.resolve("standards.md")), "only the document asked for");

        // nothing changed: nothing to amend, nothing written
        CliRun same = CliRun.of("--project", old.toString(), "amend", "nagano-prefecture", "--from", old.toString());
        assertEquals(0, same.code(), same.err());
        assertTrue(same.out().contains("nothing to amend"), same.out());
        assertFalse(Files.exists(old.resolve("output/amend")));
    }

    @Test
    void theWordInstrumentIsOnTheBodysHouseStyle() throws Exception {
        Path old = dir.resolve("old");
        Path now = dir.resolve("now");
        TestProjects.copy(old, "nagano-prefecture", "model");
        TestProjects.copy(now, "nagano-prefecture", "model");
        Path yaml = now.resolve("municipalities/nagano-prefecture/policy.yaml");
        TestProjects.replaceOnce(yaml, "  epidemic: true\n", "  epidemic: false\n");
        TestProjects.write(yaml, TestProjects.read(yaml) + """

                houseStyle:
                  page:
                    paper: B5
                    margins: { top: 25, right: 20, bottom: 25, left: 20 }
                    grid: { characters: 38, lines: 34 }
                  font: { eastAsia: ＭＳ 明朝, ascii: Century, size: 10 }
                """);
        CliRun r = CliRun.of("--project", now.toString(), "amend", "nagano-prefecture", "--from", old.toString(),
                "--document", "basic-policy", "--format", "docx");
        assertEquals(0, r.code(), r.err());
        byte[] amendment = Files.readAllBytes(now.resolve("output/amend/nagano-prefecture-old-to-now/basic-policy.docx"));

        // the body's own Word file, written on its house style by the document writer
        jp.policygen.Project project = new jp.policygen.Project(now);
        jp.policygen.params.BodyParams params = project.params().read("nagano-prefecture");
        byte[] body = new jp.policygen.render.docx.DocxWriter().write(project.print(params).get(0), params.pageSetup());

        String doc = part(amendment, "word/document.xml");
        for (String element : List.of("w:pgSz", "w:pgMar", "w:docGrid")) {
            assertEquals(element(part(body, "word/document.xml"), element), element(doc, element), element);
        }
        assertTrue(element(doc, "w:pgSz").contains("w:w=\"10318\""), "B5 is 182 mm wide: " + element(doc, "w:pgSz"));
        String styles = part(amendment, "word/styles.xml");
        assertTrue(styles.contains("w:eastAsia=\"ＭＳ 明朝\"") && styles.contains("w:ascii=\"Century\""), styles);
        assertEquals(element(part(body, "word/styles.xml"), "w:docDefaults"), element(styles, "w:docDefaults"));
    }

    private static String part(byte[] docx, String name) throws java.io.IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the file");
    }

    /** The first element of a name, as written (「<w:pgSz …/>」, or the element with what it holds). */
    private static String element(String xml, String name) {
        int at = xml.indexOf("<" + name);
        assertTrue(at >= 0, name + " missing");
        int end = xml.indexOf('>', at);
        if (xml.charAt(end - 1) != '/') {
            end = xml.indexOf("</" + name + ">", at) + name.length() + 2;
        }
        return xml.substring(at, end + 1);
    }

    @Test
    void aBadDateIsRefusedBeforeAnythingIsDone() {
        CliRun r = CliRun.of("--project", TestProjects.real().toString(), "amend", "nagano-prefecture", "--from", "HEAD",
                "--effective", "令和99年13月1日");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("--effective"), r.err());
    }
}
