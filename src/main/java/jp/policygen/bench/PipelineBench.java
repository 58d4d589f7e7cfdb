package jp.policygen.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How fast {@code generate --all} is, measured from outside as a user runs it: a temporary
 * project (the shipped bodies, or N synthetic ones from {@link SyntheticBodies}), and the tool's
 * own JVM started as a child process with the launcher's flags, once per scenario:
 * <ul>
 * <li>cold — the output folder (and anything else the tool left in the project) removed;</li>
 * <li>no change — run again on the output of the run before;</li>
 * <li>one body changed — one body's {@code policy.yaml} edited (its 統括 role holder);</li>
 * <li>one template changed — a paragraph added to (or taken out of) a template every body uses.</li>
 * </ul>
 * Each scenario runs R times; the medians of wall time, CPU time (user + system), cores used
 * (CPU / wall) and the child's peak RSS are printed beside the targets of issue 9. Nothing here
 * knows how generate works inside; it sees exit codes and the files under output/.
 *
 * <pre>
 * ./policygen bench --pipeline [--bodies N] [--runs R] [--scenarios cold,unchanged,body,template]
 * java -cp target/policygen.jar jp.policygen.bench.PipelineBench [--bodies N] [--runs R] [--project DIR]
 * </pre>
 */
public final class PipelineBench {

    /** The situations a run starts from. */
    public enum Scenario {
        COLD("cold", "cold (empty output)"),
        UNCHANGED("unchanged", "no change"),
        BODY("body", "one body changed"),
        TEMPLATE("template", "one template changed");

        public final String key;
        public final String title;

        Scenario(String key, String title) {
            this.key = key;
            this.title = title;
        }

        public static Scenario of(String key) {
            for (Scenario s : values()) {
                if (s.key.equals(key) || s.name().equalsIgnoreCase(key)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("no scenario '" + key + "': cold, unchanged, body, template");
        }
    }

    /** One run: what was measured, and which output files it wrote (new or with a new size or time). */
    public record Run(Scenario scenario, MeasuredProcess.Figures figures, Set<String> written, int files) {
    }

    /** The bodies the targets are set for. */
    public static final int TARGET_BODIES = 1_800;

    /** A paragraph the template scenario adds to and removes from its template. */
    static final String TEMPLATE_EDIT = "\nこの見直しの結果は、${staff.term}に周知する。\n";
    /** What the body scenario appends to (and removes from) the body's 統括 role holder. */
    static final String HOLDER_EDIT = "（情報政策担当）";

    private final Path project;
    private final Path output;
    private final List<String> bodies;
    private final String describedBodies;
    private final List<String> command;
    private final Set<String> projectEntries;
    private final Path editedBody;
    private final Path editedTemplate;
    private final String templateOriginal;
    private boolean hasRun;

    private PipelineBench(Path project, List<String> bodies, String describedBodies, List<String> launcher) {
        this.project = project.toAbsolutePath().normalize();
        this.output = this.project.resolve("output");
        this.bodies = bodies;
        this.describedBodies = describedBodies;
        this.projectEntries = entries(this.project);
        List<String> c = new ArrayList<>(launcher);
        c.addAll(List.of("generate", "--all", "--project", this.project.toString(), "--output", output.toString()));
        if (ToolLauncher.supportsQuiet(launcher, this.project)) {
            c.add("--quiet");
        }
        this.command = List.copyOf(c);
        this.editedBody = this.project.resolve("municipalities").resolve(changedBody()).resolve("policy.yaml");
        this.editedTemplate = template(this.project);
        this.templateOriginal = read(editedTemplate);
    }

    /**
     * A bench over a project made in {@code dir} (an empty or new folder): the shared inputs of
     * {@code source} and either its own bodies ({@code count} null) or {@code count} synthetic ones.
     * {@code launcher} starts the tool (java, its flags and -jar or -cp), see {@link ToolLauncher#command}.
     */
    public static PipelineBench create(Path source, Integer count, long seed, Path dir, List<String> launcher) {
        List<String> ids;
        String described;
        if (count == null) {
            SyntheticBodies.copySharedInputs(source, dir);
            SyntheticBodies.copyTree(source.resolve("municipalities"), dir.resolve("municipalities"));
            ids = bodyIds(dir);
            described = ids.size() + " shipped bodies";
        } else {
            if (count < 1) {
                throw new IllegalArgumentException("--bodies must be 1 or more");
            }
            ids = SyntheticBodies.makeProject(source, dir, count, seed);
            described = count + " synthetic bodies (seed " + seed + ")";
        }
        return new PipelineBench(dir, ids, described, launcher);
    }

    public Path project() {
        return project;
    }

    public Path output() {
        return output;
    }

    public List<String> bodies() {
        return bodies;
    }

    /** The command each run starts. */
    public List<String> command() {
        return command;
    }

    /** The body the one-body scenario edits: the one in the middle (not the national model). */
    public String changedBody() {
        List<String> real = bodies.stream().filter(id -> !id.equals("model")).toList();
        return (real.isEmpty() ? bodies : real).get((real.isEmpty() ? bodies : real).size() / 2);
    }

    /** Prepares the scenario's starting point, runs generate once and sees what it wrote. */
    public Run run(Scenario scenario) {
        if (!hasRun && scenario != Scenario.COLD) {
            // a rerun needs a run before it: one that is not measured
            prepare(Scenario.COLD);
            generate();
        }
        prepare(scenario);
        OutputSnapshot before = OutputSnapshot.of(output);
        MeasuredProcess.Figures figures = generate();
        OutputSnapshot after = OutputSnapshot.of(output);
        return new Run(scenario, figures, after.writtenSince(before), after.size());
    }

    private MeasuredProcess.Figures generate() {
        Path logs = project.resolveSibling(project.getFileName() + "-logs");
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve("stdout.txt");
            Path err = logs.resolve("stderr.txt");
            MeasuredProcess.Figures f = MeasuredProcess.run(command, project, out, err);
            if (f.exitCode() != 0) {
                String tail = tail(read(err), 20);
                throw new IllegalStateException("generate exited with " + f.exitCode() + " on " + describedBodies
                        + " (" + String.join(" ", command) + "):\n" + tail);
            }
            hasRun = true;
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prepare(Scenario scenario) {
        switch (scenario) {
            case COLD -> {
                // the output and whatever else a run left in the project (a cache beside the output)
                for (String name : entries(project)) {
                    if (!projectEntries.contains(name)) {
                        deleteTree(project.resolve(name));
                    }
                }
            }
            case UNCHANGED -> {
            }
            case BODY -> write(editedBody, toggledHolder(read(editedBody)));
            case TEMPLATE -> {
                String now = read(editedTemplate);
                write(editedTemplate, now.equals(templateOriginal) ? templateOriginal + TEMPLATE_EDIT : templateOriginal);
            }
        }
    }

    /** Appends {@link #HOLDER_EDIT} to roles.chiefOfficer.holder, or takes it away again. */
    static String toggledHolder(String yaml) {
        YamlSpans.Span span = YamlSpans.scalar(yaml, "roles", "chiefOfficer", "holder");
        String holder = span.value();
        String next = holder.endsWith(HOLDER_EDIT) ? holder.substring(0, holder.length() - HOLDER_EDIT.length())
                : holder + HOLDER_EDIT;
        return yaml.substring(0, span.start()) + YamlText.scalar(next) + yaml.substring(span.end());
    }

    /** The template every body uses and none replaces: the basic policy's 見直し clause. */
    private static Path template(Path project) {
        try (Stream<Path> editions = Files.list(project.resolve("templates"))) {
            return editions.sorted().map(e -> e.resolve("basic-policy/review.ftl")).filter(Files::isRegularFile)
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "no templates/<edition>/basic-policy/review.ftl in " + project + " to change"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the whole benchmark --------------------------------------------------------------------

    /**
     * Makes the project in a temporary folder, runs every scenario {@code runs} times (in the
     * order cold, unchanged, body, template, then again), prints the table and removes the folder.
     */
    public static Map<Scenario, List<Run>> run(Path source, Integer count, int runs, List<Scenario> scenarios,
                                                PrintStream out) {
        Path dir;
        try {
            dir = Files.createTempDirectory("policygen-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path project = dir.resolve("project");
        long setup = System.nanoTime();
        // stopped half-way (Ctrl-C), the benchmark still removes its folder (up to 2 GB at 1,800 bodies)
        Thread cleanUp = new Thread(() -> {
            MeasuredProcess.stop();
            deleteTree(dir);
        }, "remove-bench-folder");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            PipelineBench bench = create(source, count, SyntheticBodies.DEFAULT_SEED, project, ToolLauncher.command(source));
            out.printf(Locale.ROOT, "pipeline bench: %s in %s (set up in %.1f s)%n", bench.describedBodies, project,
                    (System.nanoTime() - setup) / 1e9);
            out.println("child: " + String.join(" ", bench.command));
            out.printf(Locale.ROOT, "measured with %s; %d cores here; %d run(s) per scenario, medians; load average %s%n",
                    MeasuredProcess.exact() ? "GNU time (rusage)" : "sampling of /proc (install Debian's time for exact figures)",
                    Runtime.getRuntime().availableProcessors(), runs, loadAverage());
            Map<Scenario, List<Run>> results = new EnumMap<>(Scenario.class);
            long start = System.nanoTime();
            for (int r = 0; r < runs; r++) {
                for (Scenario s : Scenario.values()) {
                    if (scenarios.contains(s)) {
                        Run run = bench.run(s);
                        results.computeIfAbsent(s, k -> new ArrayList<>()).add(run);
                        out.printf(Locale.ROOT, "  run %d %-22s %8.2f s wall %8.2f s CPU %6.0f MiB  %d of %d files written%n",
                                r + 1, s.title, run.figures().wallSeconds(), run.figures().cpuSeconds(),
                                run.figures().peakRssKib() / 1024.0, run.written().size(), run.files());
                    }
                }
            }
            print(results, bench.bodies.size(), out);
            out.printf(Locale.ROOT, "the bench took %.0f s; load average %s (other work on the machine slows"
                    + " the wall times; CPU times suffer less)%n", (System.nanoTime() - setup) / 1e9, loadAverage());
            return results;
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            deleteTree(dir);
        }
    }

    /** Fewer bodies than this, and the start of the JVM weighs too much to scale a run to 1,800. */
    static final int MIN_BODIES_TO_SCALE = 100;

    static void print(Map<Scenario, List<Run>> results, int bodies, PrintStream out) {
        boolean direct = bodies == TARGET_BODIES;
        boolean scaled = !direct && bodies >= MIN_BODIES_TO_SCALE;
        double scale = scaled ? (double) TARGET_BODIES / bodies : 1;
        out.println();
        out.printf(Locale.ROOT, "%-22s %9s %9s %6s %9s %8s  %-11s %s%n", "scenario (" + bodies + ")", "wall s", "CPU s", "cores",
                "RSS MiB", "written", scaled ? "at 1,800*" : "", "target at 1,800 bodies");
        for (Map.Entry<Scenario, List<Run>> e : results.entrySet()) {
            List<Run> runs = e.getValue();
            double wall = median(runs.stream().mapToDouble(r -> r.figures().wallSeconds()).toArray());
            double cpu = median(runs.stream().mapToDouble(r -> r.figures().cpuSeconds()).toArray());
            double cores = median(runs.stream().mapToDouble(r -> r.figures().cores()).toArray());
            double rss = median(runs.stream().mapToDouble(r -> r.figures().peakRssKib() / 1024.0).toArray());
            int written = (int) median(runs.stream().mapToDouble(r -> r.written().size()).toArray());
            String target = switch (e.getKey()) {
                case COLD -> verdict(wall * scale, 180, direct || scaled) + "; cores >= 1.7 " + (cores >= 1.7 ? "(ok)" : "(miss)")
                        + "; RSS <= 1,024 MiB " + (rss <= 1024 ? "(ok" : "(miss") + (direct ? ")" : " at " + bodies + ")");
                case UNCHANGED -> verdict(wall * scale, 5, direct || scaled);
                case BODY -> verdict(wall * scale, 2, direct || scaled);
                case TEMPLATE -> "(all bodies re-rendered: as cold, without deleting)";
            };
            out.printf(Locale.ROOT, "%-22s %9.2f %9.2f %6.2f %9.0f %8d  %-11s %s%n", e.getKey().title, wall, cpu, cores, rss,
                    written, scaled ? String.format(Locale.ROOT, "%,.0f s", wall * scale) : "", target);
        }
        List<Run> cold = results.get(Scenario.COLD);
        if (cold != null) {
            out.printf(Locale.ROOT, "cold: %.2f s of CPU per body (median; JVM start and warm-up included)%n",
                    median(cold.stream().mapToDouble(r -> r.figures().cpuSeconds()).toArray()) / bodies);
        }
        if (scaled) {
            out.println("* wall time scaled linearly from " + bodies + " to 1,800 bodies: an estimate, and an upper"
                    + " one for reruns that skip unchanged bodies");
        } else if (!direct) {
            out.println("targets compared with the figures at " + bodies + " bodies (below " + MIN_BODIES_TO_SCALE
                    + " the JVM's start weighs too much to scale them to 1,800; use --bodies 200)");
        }
    }

    /** The target, and whether the time (at 1,800 bodies) meets it; no verdict on a time that is not. */
    private static String verdict(double seconds, double target, boolean at1800) {
        return String.format(Locale.ROOT, "<= %,.0f s", target) + (at1800 ? seconds <= target ? " (ok)" : " (miss)" : "");
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    // ---- files ----------------------------------------------------------------------------------

    private static Set<String> entries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> bodyIds(Path project) {
        try (Stream<Path> s = Files.list(project.resolve("municipalities"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("policy.yaml"))).map(p -> p.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1, 5 and 15 minute load averages, or "unknown". */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String tail(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", Arrays.asList(all).subList(Math.max(0, all.length - lines), all.length));
    }

    public static void main(String[] args) {
        Path project = Path.of(".");
        Integer count = null;
        int runs = 3;
        List<Scenario> scenarios = List.of(Scenario.values());
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bodies" -> count = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--project" -> project = Path.of(args[++i]);
                case "--scenarios" -> scenarios = Arrays.stream(args[++i].split(",")).map(Scenario::of).toList();
                default -> {
                    System.err.println("usage: PipelineBench [--bodies N] [--runs R] [--scenarios cold,unchanged,body,template] [--project DIR]");
                    System.exit(2);
                }
            }
        }
        run(project.toAbsolutePath().normalize(), count, runs, scenarios, System.out);
    }
}
