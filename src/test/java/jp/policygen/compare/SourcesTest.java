package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.model.DocumentKind;

class SourcesTest {

    @TempDir
    Path dir;

    private final List<Problem> notes = new ArrayList<>();

    private Sources sources(Path root, String body) {
        return new Sources(new Project(root), body, notes::add);
    }

    /** The whole text of a side's document, as a report shows it. */
    private static String text(Side side) {
        return ClauseText.of(side.clauses(), side.valuesMarked()).text();
    }

    private static String message(PolicygenException e) {
        return e.problems().get(0).format(null);
    }

    @Test
    void aBodyIsItsGeneratedDocumentsNamedByItsId() {
        TestProjects.copy(dir, "komoro-city", "model");
        try (Sources s = sources(dir, null)) {
            Sources.Loaded komoro = s.local("komoro-city");
            assertEquals("komoro-city", komoro.name());
            assertEquals(2, komoro.sides().size());
            Side basic = komoro.side(DocumentKind.BASIC_POLICY).orElseThrow();
            assertNotNull(basic.numbering(), "generated: shown with its numbering");
            assertTrue(basic.templates().contains("@"), basic.templates());
            assertTrue(text(basic).contains("小諸市"), "the body's own text");
            assertEquals(komoro.sides().get(0).templates(), s.body("model").sides().get(0).templates(), "the same template set");
            assertTrue(s.temporaryFolders().isEmpty());
        }
    }

    @Test
    void neitherABodyNorAFileIsABadInput() {
        TestProjects.copy(dir, "komoro-city", "model");
        try (Sources s = sources(dir, null)) {
            PolicygenException e = assertThrows(PolicygenException.class, () -> s.local("no-such-body"));
            assertEquals("no-such-body: neither a body in municipalities/ nor a file (bodies: komoro-city, model)", message(e));
        }
    }

    @Test
    void anImportedTextIsNamedByItsFileAndGetsTheParametersOfTheBodyOfItsName() throws IOException {
        TestProjects.copy(dir, "komoro-city", "model");
        Path text = dir.resolve("Komoro Policy (old).txt");
        Files.writeString(text, String.join("\n",
                "## 小諸市情報セキュリティ基本方針",
                "",
                "### 1 目的",
                "",
                "　この基本方針は、小諸市が保有する情報資産の機密性、完全性及び可用性を維持するため、"
                        + "本市が実施する情報セキュリティ対策について基本的な事項を定めることを目的とする。",
                "",
                "### 2 職員等の遵守義務",
                "",
                "　職員等は、情報セキュリティの重要性について共通の認識を持ち、業務の遂行に当たって情報セキュリティポリシーを遵守しなければならない。",
                ""));
        try (Sources s = sources(dir, null)) {
            Sources.Loaded loaded = s.local(text.toString());
            assertEquals("komoro-policy-old", loaded.name());
            Side side = loaded.sides().get(0);
            assertNull(side.numbering(), "an imported text shows the numbers it carried");
            assertNull(side.templates());
            // found by its name: the body's parameters, with its staff categories and roles
            assertTrue(hasValue(side, "staff.categories", "非常勤職員"), keys(side));
            assertTrue(hasKey(side, "roles.ciso.title"), keys(side));
        }
        // a body named explicitly: its parameters, whatever the text's name
        try (Sources s = sources(dir, "model")) {
            Side side = s.file(text).sides().get(0);
            assertTrue(hasValue(side, "body.name", "○○市"), keys(side));
            assertTrue(hasValue(side, "body.name", "小諸市"), "and the name the text shows");
        }
        // no body of that name here: only what the text gives away
        TestProjects.replaceOnce(text, "小諸市情報セキュリティ基本方針", "只見町情報セキュリティ基本方針");
        try (Sources s = sources(dir, null)) {
            Side side = s.file(text).sides().get(0);
            assertTrue(hasValue(side, "body.name", "只見町"), keys(side));
            assertFalse(hasKey(side, "roles.ciso.title"), keys(side));
        }
    }

    private static boolean hasKey(Side side, String key) {
        return side.substitutions().entries().stream().anyMatch(e -> e.key().equals(key));
    }

    private static boolean hasValue(Side side, String key, String value) {
        return side.substitutions().entries().stream().anyMatch(e -> e.key().equals(key) && e.value().equals(value));
    }

    private static String keys(Side side) {
        return side.substitutions().entries().toString();
    }

    @Test
    void whatTheImporterNoticesGoesToTheNotes() {
        Path seed = TestProjects.real().resolveSibling("shared/seeds/komoro-city-basic-policy.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seeds not available");
        TestProjects.copy(dir, "komoro-city", "model");
        try (Sources s = sources(dir, null)) {
            s.local(seed.toString());
        }
        assertFalse(notes.isEmpty());
        assertTrue(notes.get(0).message().contains("broken across lines"), notes.get(0).message());
    }

    @Test
    void aBodyAtAGitRevisionIsExportedAndTheFolderRemovedOnClose() throws Exception {
        Assumptions.assumeTrue(gitWorks(), "git not available");
        TestProjects.copy(dir, "komoro-city", "model");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "first");
        Path yaml = dir.resolve("municipalities/komoro-city/policy.yaml");
        TestProjects.replaceOnce(yaml, "categories: [職員, 非常勤職員, 臨時職員]", "categories: [職員, 会計年度任用職員]");
        git("commit", "-q", "-am", "staff categories");

        Path exported;
        try (Sources s = sources(dir, null)) {
            Sources.Loaded old = s.revision("HEAD~1", "komoro-city");
            Sources.Loaded now = s.body("komoro-city");
            assertEquals("head-1", old.name());
            assertEquals("komoro-city", now.name());
            String oldText = text(old.side(DocumentKind.BASIC_POLICY).orElseThrow());
            String nowText = text(now.side(DocumentKind.BASIC_POLICY).orElseThrow());
            assertTrue(oldText.contains("職員、非常勤職員及び臨時職員"), "the staff of the first commit");
            assertTrue(nowText.contains("職員及び会計年度任用職員"), "the staff of the work tree");
            assertEquals(old.sides().get(0).templates(), now.sides().get(0).templates(), "templates unchanged between the revisions");

            assertEquals(1, s.temporaryFolders().size());
            exported = s.temporaryFolders().get(0);
            assertTrue(Files.isRegularFile(exported.resolve("municipalities/komoro-city/policy.yaml")));
            assertTrue(TestProjects.read(exported.resolve("municipalities/komoro-city/policy.yaml")).contains("臨時職員"));

            // the revision compared with the work tree: the change is found and is one of parameters
            Comparison c = new Comparer(Set.of(Ignore.NOTATION)).compare(now.sides().get(0), old.sides().get(0));
            assertTrue(c.summary().count(ClauseStatus.PARAMETERS_ONLY) > 0, "parameters only");
            assertEquals(0, c.summary().count(ClauseStatus.LOCALLY_WORDED));
        }
        assertFalse(Files.exists(exported), "removed on close");
    }

    @Test
    void aRevisionNeedsABodyThatExistsThere() throws Exception {
        Assumptions.assumeTrue(gitWorks(), "git not available");
        TestProjects.copy(dir, "komoro-city", "model");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "first");
        try (Sources s = sources(dir, null)) {
            PolicygenException noBody = assertThrows(PolicygenException.class, () -> s.revision("HEAD", null));
            assertEquals("compare: which body? name it before --from (policygen compare komoro-city --from HEAD~1)", message(noBody));
            PolicygenException absent = assertThrows(PolicygenException.class, () -> s.revision("HEAD", "mito-city-council"));
            assertEquals("HEAD: body 'mito-city-council' does not exist at HEAD", message(absent));
            PolicygenException notRev = assertThrows(PolicygenException.class, () -> s.revision("no-such-rev", "komoro-city"));
            assertEquals("--from/--to: 'no-such-rev' is not a file, a project folder or a git revision", message(notRev));
            // the folder made for the failed export is removed all the same
            assertEquals(1, s.temporaryFolders().size());
            Path exported = s.temporaryFolders().get(0);
            s.close();
            assertFalse(Files.exists(exported));
        }
    }

    @Test
    void aProjectFolderIsNamedByTheFolder() {
        Path now = TestProjects.copy(dir.resolve("now"), "komoro-city", "model");
        Path old = TestProjects.copy(dir.resolve("Old Project"), "komoro-city", "model");
        try (Sources s = sources(now, null)) {
            Sources.Loaded loaded = s.revision(old.toString(), "komoro-city");
            assertEquals("old-project", loaded.name());
            assertEquals(2, loaded.sides().size());
            assertTrue(s.temporaryFolders().isEmpty(), "nothing exported");
        }
    }

    @Test
    void safeNamesAreLowerCaseAscii() {
        assertEquals("head-3", Sources.safe("HEAD~3"));
        assertEquals("v1.2_rc", Sources.safe("v1.2_rc"));
        assertEquals("x", Sources.safe("只見町"));
    }

    private static boolean gitWorks() {
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
