package jp.policygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.compose.ClauseReader;
import jp.policygen.importing.TextImporter;
import jp.policygen.model.Provenance;
import jp.policygen.params.ParamsReader;
import jp.policygen.text.TextFiles;
import jp.policygen.text.YamlDocument;

/**
 * A seeded fuzz test of the readers that take what users hand over: the YAML loader, the
 * parameter reader, the importer of existing texts and the reader of clause text (issue 15). A
 * fixed-seed mutator breaks the shipped policy.yaml files, the templates' YAML and clause
 * templates, the lint dictionary and the three seed policies
 * (byte flips, truncation, deep nesting, huge lines, aliases, other encodings, spliced and shuffled
 * lines), and every case must end either normally or with the documented input error — a
 * {@link PolicygenException} with exit code 2 whose problems name a file (and, for YAML and
 * parameters, a line and column) — never with another exception, a stack overflow or running out
 * of memory. No case may take longer than a generous multiple of what the unbroken inputs cost
 * per byte in this JVM (a ratio, not a wall time), with a floor for the collector's pauses.
 *
 * <p>A failure names the case number and its mutations; the seed makes it repeatable.
 */
class InputFuzzTest {

    /** Fixed, so a failure repeats; -Dfuzz.seed and -Dfuzz.cases explore further by hand. */
    private static final long SEED = Long.getLong("fuzz.seed", 15);
    private static final int CASES = Integer.getInteger("fuzz.cases", 600);
    /** A case may cost this many times the unbroken inputs' time per byte … */
    private static final double FACTOR = 50;
    /** … or this long, whichever is more: a collection or a busy machine must not fail the test. */
    private static final long FLOOR_NANOS = 2_000_000_000L;

    @TempDir
    Path dir;

    private final ClauseReader clauses = new ClauseReader();

    private enum Target { YAML, PARAMS, IMPORT, CLAUSE }

    private record Seed(Target target, String name, byte[] bytes) {
    }

    @Test
    void brokenInputsEndInTheDocumentedErrorInBoundedTime() throws IOException {
        TestProjects.copy(dir);
        ParamsReader params = new ParamsReader(dir);
        TextImporter importer = new TextImporter();
        List<Seed> seeds = seeds();

        // What the unbroken inputs cost, per byte, once the code is warm.
        double[] nanosPerByte = new double[Target.values().length];
        for (int round = 0; round < 3; round++) {
            for (Seed s : seeds) {
                long start = System.nanoTime();
                Outcome o = run(s.target(), s.bytes(), params, importer);
                long took = System.nanoTime() - start;
                assertTrue(o.error() == null, s.name() + " must read without error: " + o.error());
                if (round == 2) {
                    int t = s.target().ordinal();
                    nanosPerByte[t] = Math.max(nanosPerByte[t], (double) took / s.bytes().length);
                }
            }
        }

        Random random = new Random(SEED);
        Map<Target, List<Seed>> byTarget = new EnumMap<>(Target.class);
        for (Seed s : seeds) {
            byTarget.computeIfAbsent(s.target(), t -> new ArrayList<>()).add(s);
        }
        int refused = 0;
        long slowest = 0;
        String slowestCase = "";
        for (int i = 0; i < CASES; i++) {
            List<Seed> ofTarget = byTarget.get(Target.values()[random.nextInt(Target.values().length)]);
            Seed seed = ofTarget.get(random.nextInt(ofTarget.size()));
            StringBuilder how = new StringBuilder();
            byte[] input = seed.bytes();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                input = mutate(input, random, seeds, how);
            }
            String label = "case " + i + " (" + seed.name() + how + ", " + input.length + " bytes)";
            long start = System.nanoTime();
            Outcome outcome;
            try {
                outcome = run(seed.target(), input, params, importer);
            } catch (Throwable t) {
                throw new AssertionError(label + ": " + t, t);
            }
            long took = System.nanoTime() - start;
            if (outcome.error() != null) {
                refused++;
                PolicygenException e = outcome.error();
                assertEquals(ExitCode.BAD_INPUT, e.exitCode(), label + ": " + e.getMessage());
                assertTrue(!e.problems().isEmpty(), label + ": an error without a problem");
                for (Problem p : e.problems()) {
                    assertTrue(p.file() != null, label + ": a problem without a file: " + p.format(null));
                    if (seed.target() != Target.IMPORT) {
                        assertTrue(p.line() >= 1 && p.column() >= 1, label + ": a problem without line and column: "
                                + p.format(null));
                    }
                    assertTrue(p.format(null).length() < 2_000, label + ": a message of " + p.format(null).length()
                            + " characters");
                }
            }
            long bound = Math.max(FLOOR_NANOS, (long) (FACTOR * nanosPerByte[seed.target().ordinal()] * input.length));
            if (took > bound) {
                fail(String.format("%s took %d ms; the bound for its size is %d ms", label, took / 1_000_000,
                        bound / 1_000_000));
            }
            if (took > slowest) {
                slowest = took;
                slowestCase = label;
            }
        }
        System.out.printf("InputFuzzTest: %d cases, %d refused as bad input, slowest %d ms: %s%n", CASES, refused,
                slowest / 1_000_000, slowestCase);
        assertTrue(refused > CASES / 10 && refused < CASES, "the mutations should break some inputs and not all: "
                + refused + " of " + CASES);
    }

    private record Outcome(PolicygenException error) {
    }

    private Outcome run(Target target, byte[] input, ParamsReader params, TextImporter importer) throws IOException {
        try {
            switch (target) {
                case YAML -> {
                    Path file = dir.resolve("fuzz.yaml");
                    Files.write(file, input);
                    YamlDocument.read(file);
                }
                case PARAMS -> {
                    Path file = dir.resolve("municipalities/fuzz-body/policy.yaml");
                    Files.createDirectories(file.getParent());
                    Files.write(file, input);
                    params.read("fuzz-body");
                }
                case IMPORT -> {
                    Path file = dir.resolve("fuzz.txt");
                    Files.write(file, input);
                    importer.read(file);
                }
                case CLAUSE -> {
                    // a clause file's text as the reader gets it once rendered
                    Path file = dir.resolve("clause.md");
                    Files.write(file, input);
                    clauses.read(TextFiles.readUtf8(file), "local.fuzz", Provenance.LOCAL_ADDED, file);
                }
            }
            return new Outcome(null);
        } catch (PolicygenException e) {
            return new Outcome(e);
        }
    }

    /** The shipped YAML and parameters, and the seed policies for the importer. */
    private static List<Seed> seeds() throws IOException {
        List<Seed> out = new ArrayList<>();
        Path real = TestProjects.real();
        try (Stream<Path> bodies = Files.list(real.resolve("municipalities"))) {
            for (Path body : bodies.sorted().toList()) {
                Path file = body.resolve("policy.yaml");
                if (Files.isRegularFile(file)) {
                    out.add(new Seed(Target.PARAMS, body.getFileName().toString(), Files.readAllBytes(file)));
                    out.add(new Seed(Target.YAML, body.getFileName() + "/policy.yaml", Files.readAllBytes(file)));
                }
            }
        }
        try (Stream<Path> yaml = Files.walk(real.resolve("templates"))) {
            for (Path file : yaml.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(new Seed(Target.YAML, real.relativize(file).toString(), Files.readAllBytes(file)));
            }
        }
        out.add(new Seed(Target.YAML, "lint/terms.yaml", Files.readAllBytes(real.resolve("lint/terms.yaml"))));
        try (Stream<Path> templates = Files.walk(real.resolve("templates"))) {
            for (Path file : templates.filter(p -> p.toString().endsWith(".ftl")).sorted().toList()) {
                out.add(new Seed(Target.CLAUSE, real.relativize(file).toString(), Files.readAllBytes(file)));
            }
        }
        try (Stream<Path> texts = Files.list(real.resolve("../shared/seeds"))) {
            for (Path file : texts.sorted().toList()) {
                out.add(new Seed(Target.IMPORT, file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        return out;
    }

    private static final byte[] SPECIAL = "\u0000\u0007\u001b\t\n\r[]{}&*!|>:-#%@`'\"\\".getBytes(StandardCharsets.UTF_8);

    /** One random change, described in {@code how}. */
    static byte[] mutate(byte[] in, Random random, List<Seed> seeds, StringBuilder how) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
        String text = new String(in, StandardCharsets.UTF_8);
        switch (random.nextInt(12)) {
            case 0 -> {
                byte[] out = in.clone();
                int flips = 1 + random.nextInt(8);
                for (int k = 0; k < flips && out.length > 0; k++) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
                how.append(", ").append(flips).append(" bit flips");
                return out;
            }
            case 1 -> {
                how.append(", cut at ").append(at);
                return java.util.Arrays.copyOf(in, at);
            }
            case 2 -> {
                byte[] out = new byte[in.length + 1];
                System.arraycopy(in, 0, out, 0, at);
                out[at] = SPECIAL[random.nextInt(SPECIAL.length)];
                System.arraycopy(in, at, out, at + 1, in.length - at);
                how.append(", byte ").append(out[at]).append(" inserted");
                return out;
            }
            case 3 -> {
                int depth = 1 + random.nextInt(20_000);
                String open = random.nextBoolean() ? "[" : "{a: ";
                String nest = open.repeat(depth) + (random.nextBoolean() ? (open.equals("[") ? "]" : "}").repeat(depth) : "");
                how.append(", nested ").append(depth).append(" deep");
                return insertLine(text, nest, random);
            }
            case 4 -> {
                int length = 1_000 + random.nextInt(500_000);
                String unit = List.of("あ", "a", "。", "、", "1", " ", "漢字").get(random.nextInt(7));
                how.append(", a line of ").append(length).append(" × ").append(unit);
                return insertLine(text, (random.nextBoolean() ? "key: " : "") + unit.repeat(length), random);
            }
            case 5 -> {
                String charset = List.of("windows-31j", "EUC-JP", "UTF-16", "UTF-16LE", "ISO-8859-1").get(random.nextInt(5));
                how.append(", encoded as ").append(charset);
                return text.getBytes(Charset.forName(charset));
            }
            case 6 -> {
                String ends = List.of("\r\n", "\r", "\u2028", "\u0085").get(random.nextInt(4));
                how.append(", line ends ").append(ends.codePointAt(0));
                return ("\uFEFF" + text.replace("\n", ends)).getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                if (lines.size() > 2) {
                    int a = random.nextInt(lines.size());
                    int b = random.nextInt(lines.size());
                    switch (random.nextInt(3)) {
                        case 0 -> lines.add(b, lines.get(a));
                        case 1 -> lines.remove(a);
                        default -> java.util.Collections.swap(lines, a, b);
                    }
                }
                how.append(", lines moved");
                return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            }
            case 8 -> {
                int levels = 2 + random.nextInt(12);
                StringBuilder bomb = new StringBuilder("lol0: &a0 [x, x, x, x, x, x, x, x, x]\n");
                for (int k = 1; k < levels; k++) {
                    bomb.append("lol").append(k).append(": &a").append(k).append(" [")
                            .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (k - 1)))).append("]\n");
                }
                how.append(", alias bomb of ").append(levels).append(" levels");
                return (random.nextBoolean() ? text + "\n" + bomb : bomb + text).getBytes(StandardCharsets.UTF_8);
            }
            case 9 -> {
                byte[] other = seeds.get(random.nextInt(seeds.size())).bytes();
                int from = random.nextInt(other.length);
                int length = Math.min(other.length - from, random.nextInt(4_000));
                byte[] out = new byte[in.length + length];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(other, from, out, at, length);
                System.arraycopy(in, at, out, at + length, in.length - at);
                how.append(", ").append(length).append(" bytes spliced in");
                return out;
            }
            case 10 -> {
                int spaces = random.nextInt(5);
                how.append(", indentation changed");
                return text.replaceAll("(?m)^  ", " ".repeat(spaces)).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                String item = List.of("\u202e", "\ufffe", "\\a", "\\0", "\"\\uD800\"", "\u00a0", "\u3000", "&x", "*x",
                        "!!binary", "!!python/object", "<<: *x", "? ", "--- ", "...", "%YAML 1.1").get(random.nextInt(16));
                how.append(", '").append(item).append("' inserted");
                return (text.substring(0, Math.min(text.length(), at)) + item
                        + text.substring(Math.min(text.length(), at))).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static byte[] insertLine(String text, String line, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.add(lines.isEmpty() ? 0 : random.nextInt(lines.size() + 1), line);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
