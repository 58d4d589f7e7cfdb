package jp.policygen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTreeTest {

    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void replacingAFolderLeavesExactlyTheNewFilesAndKeepsTimesOfUnchangedOnes() throws Exception {
        OutputTree tree = new OutputTree(dir);
        assertEquals(2, tree.replaceFolder("site", Map.of("index.html", b("a"), "x/page.html", b("b"))));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(dir.resolve("site/index.html"), old);
        Files.writeString(dir.resolve("site/x/stray.html"), "left by hand");

        assertEquals(1, tree.replaceFolder("site", Map.of("index.html", b("a"), "x/page.html", b("c"))));
        assertEquals("c", Files.readString(dir.resolve("site/x/page.html")));
        assertFalse(Files.exists(dir.resolve("site/x/stray.html")), "a file not in the set does not survive");
        assertEquals(old, Files.getLastModifiedTime(dir.resolve("site/index.html")), "unchanged: same time");
        try (var siblings = Files.list(dir)) {
            assertEquals(1, siblings.filter(p -> !p.getFileName().toString().equals(OutputTree.CONTROL)).count(),
                    "no temporary folder left beside it");
        }
        try (var control = Files.list(dir.resolve(OutputTree.CONTROL))) {
            assertEquals(java.util.List.of("lock"), control.map(p -> p.getFileName().toString()).toList(),
                    "no staging or journal left");
        }
    }

    @Test
    void pathsCannotEscape() {
        OutputTree tree = new OutputTree(dir);
        assertThrows(IllegalArgumentException.class, () -> tree.replaceFolder("../x", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> tree.replaceFolder("site", Map.of("../../x", b("a"))));
        assertFalse(Files.exists(dir.resolve("site")), "nothing replaced");
        assertTrue(Files.isDirectory(dir));
    }

    private static Map<String, byte[]> two(String version) {
        return Map.of("a.md", b(version + " md"), "a.html", b(version + " html"));
    }

    @Test
    void aFailedCommitPutsBackWhatItHadSwappedAndSaysSo() throws Exception {
        OutputTree tree = new OutputTree(dir);
        try (OutputTree.Transaction tx = tree.begin()) {
            tx.replaceFolder("one", two("old"));
            tx.replaceFolder("two", two("old"));
            tx.commit();
        }
        OutputTree failing = new OutputTree(dir, folder -> {
            if (folder.equals("two")) {
                throw new java.io.IOException("disk full");
            }
        });
        jp.policygen.PolicygenException e;
        try (OutputTree.Transaction tx = failing.begin()) {
            tx.replaceFolder("one", two("new"));
            tx.replaceFolder("two", two("new"));
            e = assertThrows(jp.policygen.PolicygenException.class, tx::commit);
        }
        assertEquals(jp.policygen.ExitCode.IO_ERROR, e.exitCode());
        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertEquals("old md", Files.readString(dir.resolve("one/a.md")), "the folder swapped first is put back");
        assertEquals("old md", Files.readString(dir.resolve("two/a.md")));
        try (var control = Files.list(dir.resolve(OutputTree.CONTROL))) {
            assertEquals(java.util.List.of("lock"), control.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** A commit stopped half way (the process killed): the next transaction finishes it. */
    @Test
    void aCommitKilledHalfWayIsFinishedByTheNextRun() throws Exception {
        OutputTree tree = new OutputTree(dir);
        try (OutputTree.Transaction tx = tree.begin()) {
            tx.replaceFolder("one", two("old"));
            tx.replaceFolder("two", two("old"));
            tx.commit();
        }
        class Killed extends Error {
        }
        OutputTree dying = new OutputTree(dir, folder -> {
            if (folder.equals("two")) {
                throw new Killed();
            }
        });
        OutputTree.Transaction tx = dying.begin();
        tx.replaceFolder("one", two("new"));
        tx.replaceFolder("two", two("new"));
        assertThrows(Killed.class, tx::commit);
        // no close(): a killed process cleans nothing up; only its lock goes with it
        tx.releaseForTest();
        assertEquals("new md", Files.readString(dir.resolve("one/a.md")));
        assertEquals("old md", Files.readString(dir.resolve("two/a.md")), "killed before the second swap");

        try (OutputTree.Transaction next = tree.begin()) {
            assertEquals("new md", Files.readString(dir.resolve("two/a.md")), "the journal finished the commit");
            assertEquals("new html", Files.readString(dir.resolve("two/a.html")));
        }
        try (var control = Files.list(dir.resolve(OutputTree.CONTROL))) {
            assertEquals(java.util.List.of("lock"), control.map(p -> p.getFileName().toString()).toList(),
                    "no staging, journal or old files left");
        }
    }

    @Test
    void stagingLeftByARunKilledBeforeItsCommitIsRemoved() throws Exception {
        OutputTree tree = new OutputTree(dir);
        OutputTree.Transaction tx = tree.begin();
        tx.replaceFolder("one", two("new"));
        tx.releaseForTest(); // killed while staging
        assertFalse(Files.exists(dir.resolve("one")), "nothing written");
        try (OutputTree.Transaction next = tree.begin()) {
            try (var control = Files.list(dir.resolve(OutputTree.CONTROL))) {
                assertEquals(2, control.count(), "the lock and the new run's own staging only");
            }
        }
    }
}
