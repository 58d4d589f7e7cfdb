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
import jp.policygen.i18n.Texts;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "compare", sortOptions = false)
final class CompareCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "LOCAL", arity = "0..1")
    String local;

    @Option(names = "--model", paramLabel = "ID|FILE")
    String model;

    @Option(names = "--from", paramLabel = "REV|DIR|FILE")
    String from;

    @Option(names = "--to", paramLabel = "REV|DIR|FILE")
    String to;

    @Option(names = "--body", paramLabel = "ID")
    String body;

    @Option(names = "--document", split = ",", paramLabel = "DOC")
    List<String> documents = new ArrayList<>();

    @Option(names = "--style", paramLabel = "STYLE")
    String style;

    @Option(names = "--labels", split = ",", paramLabel = "LABELS")
    List<String> labels = new ArrayList<>();

    @Option(names = "--columns-order", paramLabel = "ORDER")
    String columnsOrder;

    @Option(names = "--elide")
    boolean elide;

    @Option(names = "--markers", paramLabel = "on|off")
    String markers;

    @Option(names = "--remarks")
    boolean remarks;

    @Option(names = "--ignore", split = ",", paramLabel = "WHAT")
    List<String> ignore;

    @Option(names = "--format", split = ",", paramLabel = "FMT")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR")
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
            throw usage(Texts.get("cli.compare.modelAndFrom"), Texts.get("cli.compare.modelAndFrom.fix"));
        }
        if (revisions && from == null) {
            throw usage(Texts.get("cli.compare.toWithoutFrom"), Texts.get("cli.compare.toWithoutFrom.fix"));
        }
        if (!revisions && local == null) {
            throw usage(Texts.get("cli.compare.nothing"), Texts.get("cli.compare.nothing.fix"));
        }
        Set<Ignore> ignored;
        ReportOptions options;
        List<String> formatList;
        List<String> kinds = List.copyOf(documents);
        try {
            ignored = ignore == null ? (revisions ? Set.of(Ignore.NOTATION) : Ignore.all()) : Ignore.parse(ignore);
            options = revisions ? ReportOptions.REVISION : ReportOptions.MODEL;
            if (style != null) {
                options = options.withStyle(style);
            }
            if (!labels.isEmpty()) {
                options = options.withLabels(labels);
            }
            if (columnsOrder != null) {
                options = options.withOrder(columnsOrder);
            }
            options = options.withElide(elide);
            if (markers != null) {
                options = options.withMarkers(switch (markers.trim().toLowerCase(Locale.ROOT)) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw new IllegalArgumentException(Texts.get("compare.markers.unknown", markers));
                });
            }
            if (remarks) {
                options = options.withRemarks(true);
            }
            formatList = formats.isEmpty() ? List.of("html", "md", "json", "pdf", "docx") : formats;
            for (String f : formatList) {
                if (!List.of("html", "md", "json", "pdf", "docx").contains(f)) {
                    throw new IllegalArgumentException(Texts.get("cli.compare.unknownFormat", f));
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
                main.err.println(Texts.get("cli.compare.noSuchDocument", base.name(), kind.stem()));
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
            lines.add(summary(stem, c));
        }
        if (files.isEmpty()) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, "--document",
                    Texts.get("cli.compare.noCommonDocument"), Texts.get("cli.compare.noCommonDocument.fix")));
        }
        String name = revisions
                ? (local == null ? "" : local + "-") + base.name() + "-to-" + (to == null ? "now" : target.name())
                : target.name() + "-vs-" + base.name();
        Path dir = out != null ? out : project.root().resolve("output/compare").resolve(name);
        new OutputTree(dir).write(files);
        for (String l : lines) {
            main.out.println(l);
        }
        main.out.println(Texts.get("cli.writtenTo", dir));
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

    private static String summary(String stem, Comparison c) {
        StringBuilder s = new StringBuilder(String.format("%-13s ", stem)).append(Texts.get("cli.compare.rows", String.format("%3d", c.rows().size())));
        for (ClauseStatus status : ClauseStatus.values()) {
            if (!status.applies(c.revisions())) {
                continue;
            }
            s.append(' ').append(status.label(c.revisions())).append(' ').append(c.summary().count(status))
                    .append(status.ordinal() < ClauseStatus.values().length - 1 ? " ·" : "");
        }
        s.append(Texts.get("cli.compare.identical", String.format(Locale.ROOT, "%.1f", c.summary().identicalShare() * 100)));
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
