package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void aBadDateIsRefusedBeforeAnythingIsDone() {
        CliRun r = CliRun.of("--project", TestProjects.real().toString(), "amend", "nagano-prefecture", "--from", "HEAD",
                "--effective", "令和99年13月1日");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("--effective"), r.err());
    }
}
