package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.TestProjects;

class CompareCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return MainTest.run(args);
    }

    @Test
    void aBodyAgainstTheModelWritesHtmlMarkdownAndJsonForBothDocuments() {
        TestProjects.copy(dir, "komoro-city", "model");
        CliRun r = run("--project", dir.toString(), "compare", "komoro-city");
        assertEquals(0, r.code(), r.err());
        Path out = dir.resolve("output/compare/komoro-city-vs-model");
        for (String doc : List.of("basic-policy", "standards")) {
            for (String ext : List.of("html", "md", "json")) {
                assertTrue(Files.isRegularFile(out.resolve(doc + "." + ext)), doc + "." + ext);
            }
        }
        assertTrue(r.out().contains("basic-policy") && r.out().contains("該当なし 3"), r.out());
        String html = TestProjects.read(out.resolve("basic-policy.html"));
        assertTrue(html.contains("<th scope=\"col\">本団体</th><th scope=\"col\">標準モデル</th>"), "default labels");
    }

    @Test
    void anImportedTextAgainstTheModelWithOptions() {
        Path seed = TestProjects.real().resolveSibling("shared/seeds/mito-city-council-basic-policy.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seeds not available");
        TestProjects.copy(dir, "mito-city-council", "model");
        Path out = dir.resolve("report");
        CliRun r = run("--project", dir.toString(), "compare", seed.toString(), "--model", "model",
                "--labels", "改正案,現行", "--columns-order", "old-new", "--elide", "--format", "html,md", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = TestProjects.read(out.resolve("basic-policy.html"));
        assertTrue(html.contains("<th scope=\"col\">現行</th><th scope=\"col\">改正案</th>"), "old column first");
        assertTrue(html.contains("<u class=\"chg\">"), "changes underlined");
        assertTrue(Files.isRegularFile(out.resolve("basic-policy.md")));
        assertFalse(Files.exists(out.resolve("basic-policy.json")), "only the formats asked for");
    }

    @Test
    void twoRevisionsOfABodyFromGit() throws Exception {
        Assumptions.assumeTrue(gitWorks(), "git not available");
        TestProjects.copy(dir, "komoro-city", "model");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "first");
        Path yaml = dir.resolve("municipalities/komoro-city/policy.yaml");
        TestProjects.replaceOnce(yaml, "categories: [職員, 非常勤職員, 臨時職員]", "categories: [職員, 会計年度任用職員]");
        git("commit", "-q", "-am", "staff categories");

        CliRun r = run("--project", dir.toString(), "compare", "komoro-city", "--from", "HEAD~1", "--to", "HEAD");
        assertEquals(0, r.code(), r.err());
        Path out = dir.resolve("output/compare/komoro-city-head-1-to-head");
        String md = TestProjects.read(out.resolve("basic-policy.md"));
        assertTrue(md.contains("改正後") && md.contains("改正前"), "revision labels");
        // word by word: 及び, on both sides, is not underlined
        assertTrue(md.contains("職員及び〔会計年度任用〕職員（以下「職員等」という。）"), md);
        assertTrue(md.contains("職員〔、非常勤職員〕及び〔臨時〕職員（以下「職員等」という。）"), md);
        // between revisions every change of printed text is an amendment, whatever made it (here a parameter)
        assertTrue(md.contains("### 7. 1.5 職員等の遵守義務（改正）"), md);
        assertFalse(md.contains("パラメータのみ相違"), md);
        assertTrue(r.out().contains("改正 1"), r.out());

        // against the work tree, which is HEAD here: nothing changed
        CliRun now = run("--project", dir.toString(), "compare", "komoro-city", "--from", "HEAD", "--format", "json");
        assertEquals(0, now.code(), now.err());
        String json = TestProjects.read(dir.resolve("output/compare/komoro-city-head-to-now/basic-policy.json"));
        assertTrue(json.contains("\"identicalShare\": 1.0000"), json.substring(0, 600));
    }

    @Test
    void aHouseStyleAndTheOptionsThatChangeIt() {
        TestProjects.copy(dir, "komoro-city", "model");
        Path out = dir.resolve("styled");
        CliRun r = run("--project", dir.toString(), "compare", "komoro-city", "--document", "basic-policy", "--style", "an",
                "--columns-order", "old-new", "--remarks", "--markers", "off", "--elide", "--format", "html,md", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = TestProjects.read(out.resolve("basic-policy.html"));
        // the style's labels, the order asked for, a 備考 column instead of the status, no markers
        assertTrue(html.contains("<th scope=\"col\">現行</th><th scope=\"col\">改正案</th><th scope=\"col\" class=\"note\">備考</th>"), html);
        assertFalse(html.contains("（なし）"), "markers off");
        // komoro lacks three model clauses: their rows say so in the 備考
        assertTrue(html.contains("<td class=\"note\">（該当なし）</td>"), html);
        // a body against the model is a 対照表, with （略） for the runs of clauses the same as the model's
        assertTrue(html.contains("<h1>対照表</h1>"), html);
        assertTrue(html.contains("（略）</p>"), html);
    }

    @Test
    void badInvocationsExitWithTwo() {
        TestProjects.copy(dir, "komoro-city", "model");
        assertEquals(2, run("--project", dir.toString(), "compare", "no-such-body").code());
        assertEquals(2, run("--project", dir.toString(), "compare", "komoro-city", "--to", "HEAD").code());
        assertEquals(2, run("--project", dir.toString(), "compare", "komoro-city", "--ignore", "colour").code());
        CliRun style = run("--project", dir.toString(), "compare", "komoro-city", "--style", "colour");
        assertEquals(2, style.code());
        assertTrue(style.err().contains("colour"), style.err());
        assertEquals(2, run("--project", dir.toString(), "compare", "komoro-city", "--markers", "maybe").code());
        CliRun notGit = run("--project", dir.toString(), "compare", "komoro-city", "--from", "no-such-rev");
        assertEquals(2, notGit.code());
        assertTrue(notGit.err().contains("no-such-rev"), notGit.err());
    }

    private boolean gitWorks() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=policygen test", "-c", "user.email=test@example.invalid",
                "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "git " + String.join(" ", args) + ": " + output);
    }
}
