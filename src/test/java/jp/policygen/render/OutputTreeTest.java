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
}
