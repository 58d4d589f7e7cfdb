package jp.policygen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.compare.ClauseStatus;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.GitRevision;
import jp.policygen.compare.HtmlReport;
import jp.policygen.compare.Ignore;
import jp.policygen.compare.JsonReport;
import jp.policygen.compare.MarkdownReport;
import jp.policygen.compare.PdfReport;
import jp.policygen.compare.ReportOptions;
import jp.policygen.compare.Side;
import jp.policygen.compare.Substitutions;
import jp.policygen.compare.TemplateDigest;
import jp.policygen.importing.ImportResult;
import jp.policygen.importing.TextImporter;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.PolicyDocument;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;
import jp.policygen.render.OutputTree;

@Command(name = "compare", sortOptions = false,
        description = {"Write a 新旧対照表 (HTML, Markdown, JSON, PDF) of a body's policy against the model,",
                "or of two revisions of one body's policy.",
                "  policygen compare komoro-city                 the body's documents against the model's",
                "  policygen compare seeds/komoro.txt --model model   an existing text (imported) against the model",
                "  policygen compare komoro-city --from HEAD~3   the body at a git revision against now",
                "  policygen compare komoro-city --from v1 --to v2 | --from old-project/ | --from old.txt",
                "Differences are findings of the report, not errors: the exit code is 0 once it is written."})
final class CompareCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "LOCAL", arity = "0..1",
            description = "a body id (its generated documents) or a policy text file (imported); with --from: the body")
    String local;

    @Option(names = "--model", paramLabel = "ID|FILE", description = "what to compare against: a body id or a text file (default: model)")
    String model;

    @Option(names = "--from", paramLabel = "REV|DIR|FILE", description = "the old side: a git revision, a project folder or a policy text file")
    String from;

    @Option(names = "--to", paramLabel = "REV|DIR|FILE", description = "the new side (default: the project as it is now)")
    String to;

    @Option(names = "--body", paramLabel = "ID", description = "the body whose parameters an imported text has (default: found by its name)")
    String body;

    @Option(names = "--document", split = ",", paramLabel = "DOC", description = "basic-policy, standards (default: both, where both sides have them)")
    List<String> documents = new ArrayList<>();

    @Option(names = "--labels", split = ",", paramLabel = "LABELS",
            description = "column labels, new first (改正後,改正前), or a preset: model (本団体/標準モデル), revision (改正後/改正前), draft (改正案/現行)")
    List<String> labels = new ArrayList<>();

    @Option(names = "--columns-order", paramLabel = "ORDER", description = "new-old (default: new text on the left) or old-new")
    String columnsOrder = "new-old";

    @Option(names = "--elide", description = "print unchanged clauses as 「（略）」")
    boolean elide;

    @Option(names = "--ignore", split = ",", paramLabel = "WHAT",
            description = "expected differences to leave out: name, self, roles, params, notation, all, none "
                    + "(default: all against the model; notation between revisions)")
    List<String> ignore;

    @Option(names = "--format", split = ",", paramLabel = "FMT", description = "html, md, json, pdf (default: all)")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: output/compare/<local>-vs-<model>/ or <body>-<from>-to-<to>/)")
    Path out;

    /** One side's documents, ready to compare, and a name for the output folder. */
    private record Loaded(String name, List<Side> sides) {
    }

    private final List<Path> temporary = new ArrayList<>();

    @Override
    public Integer call() {
        try {
            return run();
        } finally {
            for (Path t : temporary) {
                deleteTree(t);
            }
        }
    }

    private int run() {
        Project project = main.project();
        boolean revisions = from != null || to != null;
        if (revisions && model != null) {
            throw usage("--model and --from/--to do not go together", "compare with the model, or compare two revisions");
        }
        if (revisions && from == null) {
            throw usage("--to needs --from", "e.g. policygen compare komoro-city --from HEAD~1");
        }
        if (!revisions && local == null) {
            throw usage("nothing to compare", "name a body or a text file: policygen compare komoro-city");
        }
        Set<Ignore> ignored;
        ReportOptions options;
        List<String> formatList;
        List<DocumentKind> kinds = new ArrayList<>();
        try {
            ignored = ignore == null ? (revisions ? Set.of(Ignore.NOTATION) : Ignore.all()) : Ignore.parse(ignore);
            options = revisions ? ReportOptions.REVISION : ReportOptions.MODEL;
            if (!labels.isEmpty()) {
                options = options.withLabels(labels);
            }
            options = options.withOrder(columnsOrder).withElide(elide);
            formatList = formats.isEmpty() ? List.of("html", "md", "json", "pdf") : formats;
            for (String f : formatList) {
                if (!List.of("html", "md", "json", "pdf").contains(f)) {
                    throw new IllegalArgumentException("unknown --format '" + f + "' (html, md, json, pdf)");
                }
            }
            for (String d : documents) {
                kinds.add(DocumentKind.fromStem(d));
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage(), null);
        }

        Loaded target;
        Loaded base;
        if (revisions) {
            base = loadRevision(project, from, local);
            target = to == null ? loadBody(project, requireBody(local)) : loadRevision(project, to, local);
        } else {
            target = loadLocal(project, local);
            base = loadLocal(project, model == null ? "model" : model);
        }

        Comparer comparer = new Comparer(ignored);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Side t : target.sides()) {
            DocumentKind kind = t.document().info().kind();
            if (!kinds.isEmpty() && !kinds.contains(kind)) {
                continue;
            }
            Side b = base.sides().stream().filter(s -> s.document().info().kind() == kind).findFirst().orElse(null);
            if (b == null) {
                main.err.println("policygen: " + base.name() + " has no " + kind.stem() + "; " + kind.stem() + " not compared");
                continue;
            }
            Comparison c = comparer.compare(t, b);
            String stem = kind.stem();
            for (String f : formatList) {
                byte[] bytes = switch (f) {
                    case "html" -> new HtmlReport().render(c, options).getBytes(StandardCharsets.UTF_8);
                    case "md" -> new MarkdownReport().render(c, options).getBytes(StandardCharsets.UTF_8);
                    case "pdf" -> new PdfReport().render(c, options);
                    default -> new JsonReport().render(c, options).getBytes(StandardCharsets.UTF_8);
                };
                files.put(stem + "." + f, bytes);
            }
            lines.add(summary(stem, c, options));
        }
        if (files.isEmpty()) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, "--document",
                    "no document of the same kind on both sides", "check --document and what the two sides hold"));
        }
        String name = revisions
                ? (local == null ? "" : local + "-") + base.name() + "-to-" + (to == null ? "now" : target.name())
                : target.name() + "-vs-" + base.name();
        Path dir = out != null ? out : project.root().resolve("output/compare").resolve(name);
        new OutputTree(dir).write(files);
        for (String l : lines) {
            main.out.println(l);
        }
        main.out.println("written to " + dir);
        return ExitCode.OK.code();
    }

    private static String summary(String stem, Comparison c, ReportOptions o) {
        StringBuilder s = new StringBuilder(String.format("%-13s %3d rows:", stem, c.rows().size()));
        for (ClauseStatus status : ClauseStatus.values()) {
            s.append(' ').append(status.label(o.revision())).append(' ').append(c.summary().count(status))
                    .append(status.ordinal() < ClauseStatus.values().length - 1 ? " ·" : "");
        }
        s.append(String.format(Locale.ROOT, "; identical text %.1f%%", c.summary().identicalShare() * 100));
        return s.toString();
    }

    // ---- loading the two sides -----------------------------------------------------------------

    /** A body id of this project, or a text file. */
    private Loaded loadLocal(Project project, String spec) {
        Path file = Path.of(spec);
        if (Files.isRegularFile(file)) {
            return loadFile(project, file);
        }
        if (project.bodyIds().contains(spec)) {
            return loadBody(project, spec);
        }
        throw PolicygenException.badInput(new Problem(null, 0, 0, spec, "neither a body in municipalities/ nor a file",
                "bodies: " + String.join(", ", project.bodyIds())));
    }

    /** A git revision, a project folder or a text file, for the body {@code bodyId}. */
    private Loaded loadRevision(Project project, String spec, String bodyId) {
        Path path = Path.of(spec);
        if (Files.isRegularFile(path)) {
            return loadFile(project, path);
        }
        if (Files.isDirectory(path.resolve("municipalities")) && Files.isDirectory(path.resolve("templates"))) {
            return generated(new Project(path), requireBody(bodyId), safe(path.toAbsolutePath().normalize().getFileName().toString()));
        }
        if (GitRevision.isRevision(project.root(), spec)) {
            String id = requireBody(bodyId);
            Path dir;
            try {
                dir = Files.createTempDirectory("policygen-compare-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            temporary.add(dir);
            GitRevision.export(project.root(), spec, dir);
            if (!Files.isDirectory(dir.resolve("municipalities").resolve(id))) {
                throw PolicygenException.badInput(new Problem(null, 0, 0, spec, "body '" + id + "' does not exist at " + spec, null));
            }
            return generated(new Project(dir), id, safe(spec));
        }
        throw PolicygenException.badInput(new Problem(null, 0, 0, "--from/--to",
                "'" + spec + "' is not a file, a project folder or a git revision", null));
    }

    private String requireBody(String id) {
        if (id == null) {
            throw usage("which body? name it before --from", "policygen compare komoro-city --from HEAD~1");
        }
        return id;
    }

    private Loaded loadBody(Project project, String id) {
        return generated(project, id, id);
    }

    private static Loaded generated(Project project, String id, String name) {
        BodyParams params = project.params().read(id);
        String templates = TemplateDigest.of(project.root(), params.templates());
        List<Side> sides = new ArrayList<>();
        for (Numbering n : project.build(params)) {
            sides.add(new Side(n.document(), n, Substitutions.of(params), templates));
        }
        return new Loaded(name, sides);
    }

    private Loaded loadFile(Project project, Path file) {
        ImportResult result = new TextImporter().read(file);
        Path relativeTo = main.projectDir.toAbsolutePath().normalize();
        for (Problem p : result.notes()) {
            main.err.println(p.format(relativeTo));
        }
        List<Side> sides = new ArrayList<>();
        for (PolicyDocument doc : result.documents()) {
            sides.add(Side.imported(doc, paramsFor(project, doc)));
        }
        String name = safe(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        return new Loaded(name, sides);
    }

    /** The parameters of the body an imported text belongs to: --body, or the body with its name. */
    private BodyParams paramsFor(Project project, PolicyDocument doc) {
        if (body != null) {
            return project.params().read(body);
        }
        String name = doc.info().bodyName();
        for (String id : project.bodyIds()) {
            try {
                BodyParams p = project.params().read(id);
                if (!p.titles().placeholder() && p.body().name().equals(name)) {
                    return p;
                }
            } catch (PolicygenException e) {
                // a body with broken parameters cannot be the one
            }
        }
        return null;
    }

    private static String safe(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return out.isEmpty() ? "x" : out;
    }

    private static PolicygenException usage(String message, String hint) {
        return PolicygenException.badInput(new Problem(null, 0, 0, "compare", message, hint));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the command for
        }
    }
}
