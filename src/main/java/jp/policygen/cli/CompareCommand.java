package jp.policygen.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import jp.policygen.compare.HtmlReport;
import jp.policygen.compare.Ignore;
import jp.policygen.compare.JsonReport;
import jp.policygen.compare.MarkdownReport;
import jp.policygen.compare.PdfReport;
import jp.policygen.compare.ReportOptions;
import jp.policygen.compare.Side;
import jp.policygen.compare.Sources;
import jp.policygen.model.DocumentKind;
import jp.policygen.render.OutputTree;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "compare", sortOptions = false,
        description = {"Write a 新旧対照表 of a body's policy against the model, or between two revisions.",
                "Reports in HTML, Markdown, JSON, PDF and Word (landscape, on the body's house-style paper).",
                "  policygen compare komoro-city                 the body's documents against the model's",
                "  policygen compare old-policy.txt --model model     an existing text (imported) against the model",
                "  policygen compare komoro-city --from HEAD~3   the body at a git revision against now",
                "  policygen compare komoro-city --from HEAD~5 --to HEAD | --from old-project/ | --from old.txt",
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

    @Option(names = "--format", split = ",", paramLabel = "FMT", description = "html, md, json, pdf, docx (default: all)")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: output/compare/<local>-vs-<model>/ or <body>-<from>-to-<to>/)")
    Path out;

    @Override
    public Integer call() {
        Path relativeTo = main.projectDir.toAbsolutePath().normalize();
        try (Sources sources = new Sources(main.project(), body, p -> main.err.println(p.format(relativeTo)))) {
            return run(sources);
        }
    }

    private int run(Sources sources) {
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
        List<String> kinds = List.copyOf(documents);
        try {
            ignored = ignore == null ? (revisions ? Set.of(Ignore.NOTATION) : Ignore.all()) : Ignore.parse(ignore);
            options = revisions ? ReportOptions.REVISION : ReportOptions.MODEL;
            if (!labels.isEmpty()) {
                options = options.withLabels(labels);
            }
            options = options.withOrder(columnsOrder).withElide(elide);
            formatList = formats.isEmpty() ? List.of("html", "md", "json", "pdf", "docx") : formats;
            for (String f : formatList) {
                if (!List.of("html", "md", "json", "pdf", "docx").contains(f)) {
                    throw new IllegalArgumentException("unknown --format '" + f + "' (html, md, json, pdf, docx)");
                }
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage(), null);
        }

        Sources.Loaded target;
        Sources.Loaded base;
        if (revisions) {
            base = sources.revision(from, local);
            target = to == null ? sources.body(local) : sources.revision(to, local);
        } else {
            target = sources.local(local);
            base = sources.local(model == null ? baseline(project, local) : model);
        }

        Comparer comparer = revisions ? new Comparer(ignored).forRevisions() : new Comparer(ignored);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Side t : target.sides()) {
            DocumentKind kind = t.document().info().kind();
            if (!kinds.isEmpty() && !kinds.contains(kind.stem())) {
                continue;
            }
            Side b = base.side(kind).orElse(null);
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
                    case "docx" -> new jp.policygen.compare.DocxReport().render(c, options, page(project));
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

    /** The paper of a Word report: the house style of the body compared, when it is a body here. */
    private jp.policygen.model.PageSetup page(Project project) {
        String id = body != null ? body : local;
        if (id != null && id.matches("[a-z0-9][a-z0-9-]*") && java.nio.file.Files.isRegularFile(project.params().municipalities().resolve(id).resolve("policy.yaml"))) {
            try {
                return project.params().read(id).pageSetup();
            } catch (PolicygenException e) {
                // the body's own problems are reported where its documents are read
            }
        }
        return jp.policygen.model.PageSetup.DEFAULT;
    }

    private static String summary(String stem, Comparison c, ReportOptions o) {
        StringBuilder s = new StringBuilder(String.format("%-13s %3d rows:", stem, c.rows().size()));
        for (ClauseStatus status : ClauseStatus.values()) {
            if (!status.applies(o.revision())) {
                continue;
            }
            s.append(' ').append(status.label(o.revision())).append(' ').append(c.summary().count(status))
                    .append(status.ordinal() < ClauseStatus.values().length - 1 ? " ·" : "");
        }
        s.append(String.format(Locale.ROOT, "; identical text %.1f%%", c.summary().identicalShare() * 100));
        return s.toString();
    }

    private static PolicygenException usage(String message, String hint) {
        return PolicygenException.badInput(new Problem(null, 0, 0, "compare", message, hint));
    }

    /**
     * The body that stands for the national model, as the edition of the compared body declares
     * it (edition.yaml, compare.baseline); for a text, the edition of the body named by --body or
     * by the text, else the newest edition.
     */
    private String baseline(Project project, String local) {
        String id = body != null ? body : project.bodyIds().contains(local) ? local : null;
        String edition = id != null ? project.params().read(id).templates()
                : jp.policygen.params.Edition.newest(project.root().resolve("templates"));
        return project.params().edition(edition).compareBaseline();
    }
}
