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
