package jp.policygen.compare;

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
 * The identity of a template set: a digest of every file of {@code templates/<edition>/}. Two
 * documents generated from the same digest differ only through their parameters (a template
 * option, a list), which compare reports as such; across different digests a text difference may
 * be a change of the templates themselves.
 */
public final class TemplateDigest {

    private TemplateDigest() {
    }

    public static String of(Path projectRoot, String edition) {
        Path dir = projectRoot.resolve("templates").resolve(edition);
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
            return edition + "@" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
