package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.policygen.TestProjects;

/**
 * The corpus of bad inputs (issue 15): every case in {@code src/test/resources/jp/policygen/cli/bad-inputs/}
 * is a small file that says what is wrong and what message is expected, and how to break a copy of
 * the project (the model, komoro-city and lint/, with their Markdown generated). Each case runs the command line in this JVM and must end with the expected exit code,
 * name the expected file:line:column, print every problem with a file:line:column, and leave the
 * output folder byte for byte as it was.
 *
 * <p>Case file format (see {@code bad-inputs/README.md}): {@code #} lines describe the case;
 * {@code run:}, {@code exit:}, {@code where:}, {@code says:} (repeatable) and {@code lineless:}
 * are directives; then blocks that start with
 * {@code @@ file PATH}, {@code @@ append PATH}, {@code @@ replace PATH} (followed by
 * {@code @@ with}), {@code @@ bytes PATH}, {@code @@ encode PATH CHARSET}, {@code @@ mkdir PATH}
 * or {@code @@ delete PATH}. In the text of a block, {@code {{repeat N "TEXT"}}}, {@code {{U+XXXX}}}
 * and {@code {{year+N}}} stand for what they say; in {@code run:}, {@code {{project}}} is the
 * project copy's folder.
 */
class BadInputCorpusTest {

    static final Path CORPUS = TestProjects.real().resolve("src/test/resources/jp/policygen/cli/bad-inputs");

    /** The bodies every case's project starts from, with their Markdown output already generated. */
    private static final List<String> BASE_BODIES = List.of("model", "komoro-city");

    /** A problem line: {@code path:line:column: …}. */
    private static final Pattern LOCATED = Pattern.compile("^[^:\\s][^:]*:\\d+:\\d+: .+");

    @TempDir
    static Path base;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateTheOutputEveryCaseStartsFrom() {
        TestProjects.copy(base, BASE_BODIES.toArray(String[]::new));
        TestProjects.copyTree(TestProjects.real().resolve("lint"), base.resolve("lint"));
        CliRun r = MainTest.run("--project", base.toString(), "generate", "--all", "--format", "md");
        assertEquals(0, r.code(), r.err());
        try {
            baseOutput = snapshot(base.resolve("output"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output every case starts from; a case that wrote through a link would change it for the next. */
    private static Map<String, String> baseOutput;

    static Stream<Case> cases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".case")).sorted().map(Case::read).toList().stream();
        }
    }

    @Test
    void theCorpusCoversEveryClassOfBadInput() throws IOException {
        List<Case> all = cases().toList();
        assertTrue(all.size() >= 90, "the corpus has " + all.size() + " cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBadInputIsRefusedAtItsLineAndChangesNothing(Case c) throws IOException {
        linkTree(base, dir);
        c.apply(dir);
        Map<String, String> before = snapshot(dir.resolve("output"));
        assertEquals(baseOutput, before, c.name + ": the output this case starts from is not the base project's");
        List<String> args = new ArrayList<>(List.of("--project", dir.toString()));
        for (String arg : c.run.split(" +")) {
            args.add(arg.replace("{{project}}", dir.toString()));
        }
        CliRun r = MainTest.run(args.toArray(String[]::new));
        String err = r.err();
        if (Boolean.getBoolean("corpus.print")) {
            // -Dcorpus.print=true: show what each case prints, to write the expectations of a new case
            System.out.println("=== " + c.name + " exit " + r.code() + "\n" + err);
        }
        assertEquals(c.exit, r.code(), c.name + ": exit code\n" + err + r.out());
        assertTrue(err.contains(c.where + ":"), c.name + ": expected the problem at " + c.where + "\n" + err);
        for (String says : c.says) {
            assertTrue(err.contains(says), c.name + ": expected '" + says + "'\n" + err);
        }
        if (!c.lineless) {
            for (String line : err.lines().toList()) {
                if (!line.startsWith("policygen: ")) {
                    assertTrue(LOCATED.matcher(line).matches(), c.name + ": a message without file:line:column: " + line);
                }
            }
        }
        assertEquals(before, snapshot(dir.resolve("output")), c.name + ": the output changed");
        assertTrue(err.length() < 20_000, c.name + ": " + err.length() + " characters of messages");
    }

    /**
     * The base project, its files hard-linked rather than copied (most cases change one file; a
     * case's writes replace the link with a file of its own, see {@link Case#write}). Where links
     * are not possible, a copy.
     */
    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.createLink(target, p);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(p, target);
                    }
                }
            }
        }
    }

    /** Every file under a folder with the hash of its bytes. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                files.put(folder.relativize(p).toString(), Files.isDirectory(p) ? "folder" : sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One bad input: how to break the project, what to run, what must come out. */
    static final class Case {
        final String name;
        String run = "generate model --format md";
        int exit = 2;
        String where;
        final List<String> says = new ArrayList<>();
        boolean lineless;
        final List<String[]> blocks = new ArrayList<>(); // {op, path, arg, text}

        Case(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }

        static Case read(Path file) {
            String name = file.getFileName().toString().replaceFirst("\\.case$", "");
            Case c = new Case(name);
            List<String> lines;
            try {
                lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int i = 0;
            for (; i < lines.size() && !lines.get(i).startsWith("@@"); i++) {
                String line = lines.get(i);
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int colon = line.indexOf(": ");
                if (colon < 0) {
                    throw new IllegalArgumentException(file + ": not a directive: " + line);
                }
                String key = line.substring(0, colon);
                String value = line.substring(colon + 2).strip();
                switch (key) {
                    case "run" -> c.run = value;
                    case "exit" -> c.exit = Integer.parseInt(value);
                    case "where" -> c.where = value;
                    case "says" -> c.says.add(expand(value));
                    case "lineless" -> c.lineless = Boolean.parseBoolean(value);
                    default -> throw new IllegalArgumentException(file + ": unknown directive " + key);
                }
            }
            if (c.where == null) {
                throw new IllegalArgumentException(file + ": no where:");
            }
            String[] open = null;
            StringBuilder text = new StringBuilder();
            for (; i <= lines.size(); i++) {
                String line = i < lines.size() ? lines.get(i) : "@@ end";
                if (line.startsWith("@@")) {
                    if (open != null) {
                        c.blocks.add(new String[] {open[0], open.length > 1 ? open[1] : "", open.length > 2 ? open[2] : "",
                                text.toString()});
                    }
                    open = line.substring(2).strip().split(" +");
                    text.setLength(0);
                } else {
                    text.append(line).append('\n');
                }
            }
            return c;
        }

        void apply(Path project) throws IOException {
            for (int b = 0; b < blocks.size(); b++) {
                String[] block = blocks.get(b);
                String op = block[0];
                Path path = project.resolve(block[1]);
                String text = expand(block[3]);
                switch (op) {
                    case "file" -> write(path, text.getBytes(StandardCharsets.UTF_8));
                    case "append" -> write(path, (Files.readString(path, StandardCharsets.UTF_8) + text)
                            .getBytes(StandardCharsets.UTF_8));
                    case "encode" -> write(path, text.getBytes(Charset.forName(block[2])));
                    case "bytes" -> write(path, HexFormat.of().parseHex(block[3].replaceAll("\\s+", "")));
                    case "mkdir" -> Files.createDirectories(path);
                    case "delete" -> Files.delete(path);
                    case "replace" -> {
                        String[] with = blocks.get(++b);
                        if (!with[0].equals("with")) {
                            throw new IllegalArgumentException(name + ": @@ replace needs @@ with");
                        }
                        String from = chop(text);
                        String to = chop(expand(with[3]));
                        String old = Files.readString(path, StandardCharsets.UTF_8);
                        int at = old.indexOf(from);
                        if (at < 0 || old.indexOf(from, at + 1) >= 0) {
                            throw new IllegalArgumentException(name + ": expected exactly one '" + from + "' in " + path);
                        }
                        write(path, (old.substring(0, at) + to + old.substring(at + from.length()))
                                .getBytes(StandardCharsets.UTF_8));
                    }
                    case "end" -> {
                    }
                    default -> throw new IllegalArgumentException(name + ": unknown block @@ " + op);
                }
            }
        }

        private static String chop(String text) {
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        }

        /** Writes a new file: deleting first breaks a hard link to the base project instead of writing through it. */
        private static void write(Path path, byte[] bytes) throws IOException {
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path);
            Files.write(path, bytes);
        }

        private static final Pattern TOKEN = Pattern.compile("(?s)\\{\\{(?:repeat (\\d+) \"(.*?)\"|U\\+([0-9A-Fa-f]{4,6})|year([+-]\\d+))}}");

        /** Expands the tokens, inner ones first ({{repeat 60 "{{U+0007}}"}}). */
        static String expand(String text) {
            String out = expandOnce(text);
            for (int pass = 0; pass < 3 && !out.equals(text); pass++) {
                text = out;
                out = expandOnce(text);
            }
            return out;
        }

        private static String expandOnce(String text) {
            Matcher m = TOKEN.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement;
                if (m.group(1) != null) {
                    replacement = m.group(2).repeat(Integer.parseInt(m.group(1)));
                } else if (m.group(3) != null) {
                    replacement = new String(Character.toChars(Integer.parseInt(m.group(3), 16)));
                } else {
                    replacement = String.valueOf(Year.now(ZoneId.of("Asia/Tokyo")).getValue() + Integer.parseInt(m.group(4)));
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
