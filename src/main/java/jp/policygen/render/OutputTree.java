package jp.policygen.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;

/**
 * Writes generated files so that a reader never sees half a file and a failed run never
 * replaces good output: every file is complete in memory before anything is written, each is
 * written to a temporary file beside its target and moved into place, and unchanged files are
 * left alone.
 */
public final class OutputTree {

    private final Path root;

    public OutputTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Writes every file of one set (paths relative to the root); returns how many changed. */
    public int write(Map<String, byte[]> files) {
        for (String relative : files.keySet()) {
            Path target = root.resolve(relative).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new IllegalArgumentException("output path escapes the output folder: " + relative);
            }
        }
        int changed = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (writeOne(root.resolve(e.getKey()).normalize(), e.getValue())) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * Replaces a folder (relative to the root) with exactly these files (paths relative to it):
     * they are written to a fresh folder beside it, which then takes its place, so the folder
     * never holds a mix of old and new files, nor files that are not in the set. A file whose
     * content did not change keeps its modification time. On failure the old folder is kept.
     * Returns how many files changed.
     */
    public int replaceFolder(String folder, Map<String, byte[]> files) {
        Path target = root.resolve(folder).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("output folder escapes the output root: " + folder);
        }
        Path fresh = null;
        Path old = null;
        try {
            Files.createDirectories(target.getParent());
            String name = target.getFileName().toString();
            // Not createTempDirectory: that makes the folder private to the user (0700), and a web
            // site copied from it would not be readable by the web server.
            fresh = Files.createDirectory(target.getParent().resolve("." + name + ".new-" + ProcessHandle.current().pid()
                    + "-" + System.nanoTime()));
            int changed = 0;
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path file = fresh.resolve(e.getKey()).normalize();
                if (!file.startsWith(fresh) || file.equals(fresh)) {
                    throw new IllegalArgumentException("output path escapes its folder: " + e.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
                Path before = target.resolve(e.getKey());
                if (Files.isRegularFile(before) && Arrays.equals(Files.readAllBytes(before), e.getValue())) {
                    Files.setLastModifiedTime(file, Files.getLastModifiedTime(before));
                } else {
                    changed++;
                }
            }
            if (Files.exists(target)) {
                old = target.getParent().resolve("." + name + ".old-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            fresh = null;
            if (old != null) {
                deleteTree(old);
            }
            return changed;
        } catch (IOException e) {
            Problem problem = Problem.at(target, 0, 0, null, "cannot write: " + e.getMessage());
            if (old != null && !Files.exists(target)) {
                try {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException again) {
                    problem = problem.withSuggestion("the last good output is in " + old + "; move it back by hand");
                }
            }
            throw new PolicygenException(ExitCode.IO_ERROR, "cannot write " + target, List.of(problem), e);
        } finally {
            if (fresh != null) {
                try {
                    deleteTree(fresh);
                } catch (IOException ignored) {
                    // a leftover temporary folder is harmless; the next run makes a new one
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** Temporary files are created owner-only; published documents are for everyone to read. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static boolean writeOne(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
                return false;
            }
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, content);
                readableByAll(temp);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            throw new PolicygenException(ExitCode.IO_ERROR, "cannot write " + target,
                    List.of(Problem.at(target, 0, 0, null, "cannot write: " + e.getMessage())), e);
        }
    }
}
