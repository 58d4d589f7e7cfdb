package jp.policygen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The real project (the folder Maven runs tests in) and disposable copies of it to break. */
public final class TestProjects {

    private TestProjects() {
    }

    public static Path real() {
        return Path.of("").toAbsolutePath();
    }

    /** A copy of the schema, the templates and the named bodies in {@code dir}. */
    public static Path copy(Path dir, String... bodies) {
        copyTree(real().resolve("schema"), dir.resolve("schema"));
        copyTree(real().resolve("templates"), dir.resolve("templates"));
        try {
            Files.createDirectories(dir.resolve("municipalities"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String body : bodies) {
            copyTree(real().resolve("municipalities").resolve(body), dir.resolve("municipalities").resolve(body));
        }
        return dir;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces exactly one occurrence of {@code from}; fails if the file does not hold it once. */
    public static void replaceOnce(Path file, String from, String to) {
        String text = read(file);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("expected exactly one '" + from + "' in " + file);
        }
        write(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }
}
