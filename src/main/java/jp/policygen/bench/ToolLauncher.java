package jp.policygen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a benchmark starts the tool as ./policygen does, in a JVM of its own: the same java, the
 * launcher's JVM flags (read from its exec line, so a change there is measured too) and the jar.
 */
public final class ToolLauncher {

    /** The flags ./policygen gives java, should its exec line not be found (stack.md). */
    private static final List<String> DEFAULT_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m",
            "-Dfile.encoding=UTF-8");
    private static final Pattern EXEC_LINE = Pattern.compile("(?m)^\\s*exec\\s+java\\s+(.*?)\\s+-jar\\s");

    private ToolLauncher() {
    }

    /**
     * How ./policygen starts the tool: this JVM's java, the flags of the launcher's exec line
     * (with JAVA_OPTS), and the jar this class was loaded from — or, run from classes (tests),
     * this JVM's class path and the main class.
     */
    public static List<String> command(Path projectRoot) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.addAll(launcherFlags(projectRoot.resolve("policygen")));
        Path jar = ownJar();
        if (jar != null) {
            c.addAll(List.of("-jar", jar.toString()));
        } else {
            c.addAll(List.of("-cp", System.getProperty("java.class.path"), "jp.policygen.cli.Main"));
        }
        return c;
    }

    /** The words between {@code exec java} and {@code -jar} in the launcher, JAVA_OPTS expanded. */
    static List<String> launcherFlags(Path launcher) {
        if (!Files.isRegularFile(launcher)) {
            return DEFAULT_FLAGS;
        }
        Matcher m;
        try {
            m = EXEC_LINE.matcher(Files.readString(launcher, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!m.find()) {
            return DEFAULT_FLAGS;
        }
        List<String> flags = new ArrayList<>();
        for (String word : m.group(1).trim().split("\\s+")) {
            if (word.matches("\"?\\$\\{?JAVA_OPTS(:-)?}?\"?")) {
                String opts = System.getenv("JAVA_OPTS");
                if (opts != null && !opts.isBlank()) {
                    flags.addAll(Arrays.asList(opts.trim().split("\\s+")));
                }
            } else {
                flags.add(word.replace("\"", "").replace("'", ""));
            }
        }
        return flags;
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(ToolLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Whether this generate has --quiet (issue 9 adds it): asked once, from its --help. */
    static boolean supportsQuiet(List<String> launcher, Path dir) {
        List<String> c = new ArrayList<>(launcher);
        c.addAll(List.of("generate", "--help"));
        try {
            Process p = new ProcessBuilder(c).directory(dir.toFile()).redirectErrorStream(true).start();
            String help = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return help.contains("--quiet");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
