package jp.policygen.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The identity of everything a body's output depends on, so that a rerun renders only the bodies
 * whose inputs changed: the body's own folder (policy.yaml, local clauses, lint.yaml), and what
 * every body shares — the templates of every edition, the schema, the lint dictionary, the fonts
 * and the tool itself. The shared part is hashed once per run; a change to it re-renders all.
 */
public final class InputDigest {

    /** The project folders every body's output depends on, read whole. */
    private static final List<String> SHARED = List.of("templates", "schema", "lint");
    /**
     * Shared folders of large files that are replaced, never edited: known by name, size and
     * time (the fonts are 15 MB; hashing them would cost every run more than the rest).
     */
    private static final List<String> SHARED_BY_STAMP = List.of("fonts");

    private final Path projectRoot;
    private final byte[] shared;

    public InputDigest(Path projectRoot) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        MessageDigest sha = sha();
        sha.update(("policygen " + toolIdentity() + "\n").getBytes(StandardCharsets.UTF_8));
        for (String folder : SHARED) {
            hashTree(sha, this.projectRoot, this.projectRoot.resolve(folder));
        }
        for (String folder : SHARED_BY_STAMP) {
            stampTree(sha, this.projectRoot, this.projectRoot.resolve(folder));
        }
        this.shared = sha.digest();
    }

    /** The digest of one body's inputs (its folder under municipalities/ and the shared part). */
    public String of(String bodyId) {
        MessageDigest sha = sha();
        sha.update(shared);
        hashTree(sha, projectRoot, projectRoot.resolve("municipalities").resolve(bodyId));
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The tool as built: the jar's size and time (a rebuild changes them), or "classes" when run
     * from a build folder (tests), where the code cannot change during a run.
     */
    static String toolIdentity() {
        String version = InputDigest.class.getPackage().getImplementationVersion();
        try {
            Path code = Path.of(InputDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return version + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (Exception e) {
            // no code source: fall through
        }
        return version + " classes";
    }

    private static void hashTree(MessageDigest sha, Path root, Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                sha.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stampTree(MessageDigest sha, Path root, Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                sha.update((root.relativize(file).toString().replace('\\', '/') + " " + Files.size(file) + " "
                        + Files.getLastModifiedTime(file).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
