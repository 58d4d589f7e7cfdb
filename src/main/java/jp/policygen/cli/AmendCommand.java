package jp.policygen.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.amend.AmendOptions;
import jp.policygen.amend.Amendment;
import jp.policygen.amend.AmendmentWriter;
import jp.policygen.amend.Drafter;
import jp.policygen.compare.Side;
import jp.policygen.i18n.Texts;
import jp.policygen.compare.Sources;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Visibility;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;
import jp.policygen.render.OutputTree;
import jp.policygen.render.pdf.PdfWriter;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "amend", sortOptions = false,
        resourceBundle = Texts.HELP)
final class AmendCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "BODY")
    String body;

    @Option(names = "--from", required = true, paramLabel = "REV|DIR|FILE")
    String from;

    @Option(names = "--to", paramLabel = "REV|DIR|FILE")
    String to;

    @Option(names = "--document", split = ",", paramLabel = "DOC")
    List<String> documents = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND")
    String kind;

    @Option(names = "--effective", paramLabel = "DATE")
    String effective;

    @Option(names = "--date", paramLabel = "DATE")
    String date;

    @Option(names = "--number", paramLabel = "N")
    String number;

    @Option(names = "--transitional", paramLabel = "TEXT")
    List<String> transitional = new ArrayList<>();

    @Option(names = "--whole-over", paramLabel = "SHARE")
    Double wholeOver;

    @Option(names = "--partial")
    boolean partial;

    @Option(names = "--insert-words", paramLabel = "下|次")
    String insertWords;

    @Option(names = "--format", split = ",", paramLabel = "FMT")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Override
    public Integer call() {
        Path relativeTo = main.projectDir.toAbsolutePath().normalize();
        try (Sources sources = new Sources(main.project(), null, p -> main.err.println(p.format(relativeTo)))) {
            return run(sources);
        }
    }

    private int run(Sources sources) {
        AmendOptions options;
        List<String> formatList = formats.isEmpty() ? List.of("md", "html", "pdf", "docx") : formats;
        try {
            options = AmendOptions.DEFAULT.withKind(kind).withEffective(effective).withDate(date).withNumber(number)
                    .withTransitional(transitional).withPartial(partial);
            if (wholeOver != null) {
                options = options.withWholeOver(wholeOver);
            }
            if (insertWords != null) {
                options = options.withInsertionWords(insertWords);
            }
            for (String f : formatList) {
                if (!List.of("md", "html", "pdf", "docx").contains(f)) {
                    throw new IllegalArgumentException(Texts.get("cli.amend.unknownFormat", f));
                }
            }
            if (effective != null) {
                jp.policygen.text.Wareki.print(effective).orElseThrow(() -> new IllegalArgumentException(
                        Texts.get("cli.amend.notADate", effective)));
            }
        } catch (IllegalArgumentException e) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, "amend", e.getMessage(), null));
        }
        Sources.Loaded base = sources.revision(from, body);
        Sources.Loaded target = to == null ? sources.body(body) : sources.revision(to, body);
        Drafter drafter = new Drafter(options);
        jp.policygen.model.PageSetup page = formatList.contains("docx") ? page() : null;
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Side t : target.sides()) {
            DocumentKind kindOf = t.document().info().kind();
            if (!documents.isEmpty() && !documents.contains(kindOf.stem())) {
                continue;
            }
            Side b = base.side(kindOf).orElse(null);
            if (b == null) {
                main.err.println(Texts.get("cli.amend.noDocument", base.name(), kindOf.stem()));
                continue;
            }
            PrintedDocument old = print(b);
            PrintedDocument neu = print(t);
            Amendment a;
            try {
                a = drafter.draft(old, neu);
            } catch (IllegalArgumentException e) {
                throw PolicygenException.badInput(new Problem(null, 0, 0, "amend", e.getMessage(), null));
            }
            if (a.sentences().isEmpty()) {
                main.out.println(Texts.get("cli.amend.unchanged", String.format("%-13s", kindOf.stem())));
                continue;
            }
            boolean marked = t.document().info().visibility() == Visibility.PRIVATE || t.document().hasPrivateClauses();
            for (String f : formatList) {
                byte[] bytes = switch (f) {
                    case "md" -> AmendmentWriter.markdown(a).getBytes(StandardCharsets.UTF_8);
                    case "html" -> AmendmentWriter.html(a, marked, "").getBytes(StandardCharsets.UTF_8);
                    case "docx" -> jp.policygen.amend.AmendmentDocx.write(a, t.document().info().bodyName(), marked, page);
                    default -> pdf(a, t.document().info(), marked);
                };
                files.put(kindOf.stem() + "." + f, bytes);
            }
            main.out.println(Texts.get("cli.amend.drafted", String.format("%-13s", kindOf.stem()),
                    a.whole() ? "全部改正" : "一部改正", a.sentences().size(), a.stats().operations(),
                    String.format("%.1f", a.stats().changedShare() * 100)));
            for (String n : a.notes()) {
                main.out.println(Texts.get("cli.amend.note", n));
            }
        }
        if (files.isEmpty()) {
            main.out.println(Texts.get("cli.amend.nothing"));
            return ExitCode.OK.code();
        }
        // a revision may be a path (--from old-project/): the folder's name keeps only safe characters
        String name = safe(body + "-" + base.name() + "-to-" + (to == null ? "now" : target.name()));
        Path dir = out != null ? out : main.project().root().resolve("output/amend").resolve(name);
        new OutputTree(dir).write(files);
        main.out.println(Texts.get("cli.amend.written", dir));
        return ExitCode.OK.code();
    }

    /**
     * The paper of the Word instrument: the body's house style (paper, margins, grid, fonts) as its
     * policy.yaml sets it now, as its generated Word files have it; the instrument is drafted today,
     * whatever revisions it compares. The common rule where the body is not one of this project.
     */
    private jp.policygen.model.PageSetup page() {
        jp.policygen.Project project = main.project();
        if (body.matches("[a-z0-9][a-z0-9-]*")
                && java.nio.file.Files.isRegularFile(project.params().municipalities().resolve(body).resolve("policy.yaml"))) {
            try {
                return project.params().read(body).pageSetup();
            } catch (PolicygenException e) {
                // the work tree's policy.yaml is broken while two revisions are compared (--to): the
                // revisions were read, and the common rule sets the paper
            }
        }
        return jp.policygen.model.PageSetup.DEFAULT;
    }

    /** A folder name that stays inside output/amend: letters, digits, '.', '-' and '_' only, never "..". */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_").replace("..", "_");
        return cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }

    private static PrintedDocument print(Side s) {
        return s.numbering() != null ? Printer.print(s.numbering()) : Printer.asFound(s.document());
    }

    private static byte[] pdf(Amendment a, DocumentInfo source, boolean marked) {
        DocumentInfo info = new DocumentInfo(source.bodyId(), source.bodyName(), a.title(), source.kind(),
                marked ? Visibility.PRIVATE : Visibility.PUBLIC, source.edition(), source.established(), source.revisions(),
                source.layout());
        String css = "@page {\n  @bottom-center { content: counter(page); font-family: \"policygen-serif\"; font-size: 9pt; }\n"
                + (marked ? "  @top-right { content: " + PdfWriter.cssString(PdfWriter.PRIVATE_MARKING)
                + "; font-family: \"policygen-serif\"; font-size: 8.5pt; font-weight: bold; color: #a00; }\n" : "") + "}\n";
        return new PdfWriter().writePage(AmendmentWriter.html(a, marked, css), info);
    }
}
