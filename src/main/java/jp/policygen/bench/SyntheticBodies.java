package jp.policygen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Invents N varied, valid bodies for benchmarks and tests of whole runs: a project folder with a
 * copy of the real project's shared inputs (templates, schema, lint dictionary, fonts …) and
 * {@code municipalities/<id>/policy.yaml} (and local clause files) per body.
 *
 * <p>What varies, so that a run over them exercises what real bodies use: every kind of body
 * (市 町 村 特別区 都道府県 一部事務組合 広域連合 議会), every numbering layout (plain, chapter-dotted,
 * article; with and without book form), every network model with the zones it needs, the three
 * classification schemes (a local one with one or three axes), the options, role titles renamed,
 * roles folded into others ({@code defined: false, dutiesOf}) or left out, committee and CSIRT
 * names, scope and staff lists, dates in ISO or 和暦 notation with histories of 0–4 revisions,
 * and, in every fourth body, local wording (clauses replaced, added in either document, dropped
 * and kept private). Kind, layout, model and scheme rotate with the index, so the first 12
 * bodies cover them all (and every kind of local change); the rest is drawn from a generator seeded by (seed, index). The same
 * seed always gives byte-identical files, and body k does not depend on how many are made.
 *
 * <pre>
 * java -cp target/policygen.jar jp.policygen.bench.SyntheticBodies DIR N [--seed S] [--from PROJECT]
 * </pre>
 */
public final class SyntheticBodies {

    public static final long DEFAULT_SEED = 20260401L;

    /** Top-level entries of a project that are not its shared inputs (or are not inputs at all). */
    private static final Set<String> NOT_SHARED_INPUTS = Set.of("municipalities", "output", "target", "src");

    private SyntheticBodies() {
    }

    public static void main(String[] args) {
        Path dir = null;
        Integer count = null;
        long seed = DEFAULT_SEED;
        Path from = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--from" -> from = Path.of(args[++i]);
                default -> {
                    if (dir == null) {
                        dir = Path.of(args[i]);
                    } else {
                        count = Integer.parseInt(args[i]);
                    }
                }
            }
        }
        if (dir == null || count == null) {
            System.err.println("usage: SyntheticBodies DIR N [--seed S] [--from PROJECT]");
            System.exit(2);
        }
        List<String> ids = makeProject(from, dir, count, seed);
        System.out.println(ids.size() + " bodies in " + dir.resolve("municipalities"));
    }

    /**
     * A project in {@code target} (created, or an empty folder) with the shared inputs of the
     * project in {@code source} and {@code count} synthetic bodies; returns their ids, sorted.
     */
    public static List<String> makeProject(Path source, Path target, int count, long seed) {
        copySharedInputs(source, target);
        return write(target, count, seed);
    }

    /** Writes bodies 1 … count into {@code project/municipalities/}; returns their ids in order. */
    public static List<String> write(Path project, int count, long seed) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SyntheticBody body = new SyntheticBody(i, seed);
            Path folder = project.resolve("municipalities").resolve(body.id);
            for (Map.Entry<String, String> file : body.files().entrySet()) {
                write(folder.resolve(file.getKey()), file.getValue());
            }
            ids.add(body.id);
        }
        return ids;
    }

    /**
     * Copies what every body of a project shares (templates/, schema/, lint/, fonts/ and anything
     * else at the top level except bodies, output, build and source folders and hidden entries).
     */
    public static void copySharedInputs(Path source, Path target) {
        try (Stream<Path> entries = Files.list(source)) {
            Files.createDirectories(target.resolve("municipalities"));
            for (Path entry : (Iterable<Path>) entries.sorted()::iterator) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && !NOT_SHARED_INPUTS.contains(name)) {
                    copyTree(entry, target.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file or a folder with everything in it. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
