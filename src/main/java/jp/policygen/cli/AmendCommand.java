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
import jp.policygen.compare.Sources;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Visibility;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;
import jp.policygen.render.OutputTree;
import jp.policygen.render.pdf.PdfWriter;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "amend", sortOptions = false,
        description = {"Draft the 改め文 (「○○の一部を改正する訓令」) that turns one revision of a body's text into another.",
                "  policygen amend nagano-prefecture --from HEAD~1             the body at a git revision → now",
                "  policygen amend nagano-prefecture --from HEAD~3 --to HEAD~1 | --from old-project/ | --from old.txt",
                "Writes Markdown, HTML, PDF and Word (DOCX) to output/amend/<body>-<from>-to-<to>/."})
final class AmendCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "BODY", description = "the body")
    String body;

    @Option(names = "--from", required = true, paramLabel = "REV|DIR|FILE", description = "the text amended: a git revision, a project folder or a policy text file")
    String from;

    @Option(names = "--to", paramLabel = "REV|DIR|FILE", description = "the text as amended (default: the project as it is now)")
    String to;

    @Option(names = "--document", split = ",", paramLabel = "DOC", description = "basic-policy, standards (default: every document that changed)")
    List<String> documents = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "訓令, 告示, 規則 … (default: the document's instrument, else 訓令)")
    String kind;

    @Option(names = "--effective", paramLabel = "DATE", description = "施行日 (和暦 or ISO; default: the revision's)")
    String effective;

    @Option(names = "--date", paramLabel = "DATE", description = "the date of the amending instrument (default: the revision's)")
    String date;

    @Option(names = "--number", paramLabel = "N", description = "its number (5 or 第５号; default: the revision's, else blank)")
    String number;

    @Option(names = "--transitional", paramLabel = "TEXT", description = "a 経過措置 paragraph of the 附則 (repeatable)")
    List<String> transitional = new ArrayList<>();

    @Option(names = "--whole-over", paramLabel = "SHARE", description = "draft a 全部改正 when more than this share of the text changed (default 0.5)")
    Double wholeOver;

    @Option(names = "--partial", description = "always a 一部改正, whatever the share")
    boolean partial;

    @Option(names = "--insert-words", paramLabel = "下|次", description = "「の下に」 (default) or 「の次に」 for words added after a quotation")
    String insertWords;

    @Option(names = "--format", split = ",", paramLabel = "FMT", description = "md, html, pdf, docx (default: all)")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: output/amend/<body>-<from>-to-<to>/)")
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
                    throw new IllegalArgumentException("unknown --format '" + f + "' (md, html, pdf, docx)");
                }
            }
            if (effective != null) {
                jp.policygen.text.Wareki.print(effective).orElseThrow(() -> new IllegalArgumentException(
                        "--effective: not a date: '" + effective + "' (令和8年4月1日 or 2026-04-01)"));
            }
        } catch (IllegalArgumentException e) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, "amend", e.getMessage(), null));
        }
        Sources.Loaded base = sources.revision(from, body);
        Sources.Loaded target = to == null ? sources.body(body) : sources.revision(to, body);
        Drafter drafter = new Drafter(options);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Side t : target.sides()) {
            DocumentKind kindOf = t.document().info().kind();
            if (!documents.isEmpty() && !documents.contains(kindOf.stem())) {
                continue;
            }
            Side b = base.side(kindOf).orElse(null);
            if (b == null) {
                main.err.println("policygen: " + base.name() + " has no " + kindOf.stem() + "; not amended");
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
                main.out.println(String.format("%-13s unchanged: nothing to amend", kindOf.stem()));
                continue;
            }
            boolean marked = t.document().info().visibility() == Visibility.PRIVATE || t.document().hasPrivateClauses();
            for (String f : formatList) {
                byte[] bytes = switch (f) {
                    case "md" -> AmendmentWriter.markdown(a).getBytes(StandardCharsets.UTF_8);
                    case "html" -> AmendmentWriter.html(a, marked, "").getBytes(StandardCharsets.UTF_8);
                    case "docx" -> jp.policygen.amend.AmendmentDocx.write(a, t.document().info().bodyName(), marked,
                            jp.policygen.model.PageSetup.DEFAULT);
                    default -> pdf(a, t.document().info(), marked);
                };
                files.put(kindOf.stem() + "." + f, bytes);
            }
            main.out.println(String.format("%-13s %s: %d sentences, %d operations, %.1f%% of the text changed",
                    kindOf.stem(), a.whole() ? "全部改正" : "一部改正", a.sentences().size(), a.stats().operations(),
                    a.stats().changedShare() * 100));
            for (String n : a.notes()) {
                main.out.println("  note: " + n);
            }
        }
        if (files.isEmpty()) {
            main.out.println("nothing to amend: the documents are the same");
            return ExitCode.OK.code();
        }
        String name = body + "-" + base.name() + "-to-" + (to == null ? "now" : target.name());
        Path dir = out != null ? out : main.project().root().resolve("output/amend").resolve(name);
        new OutputTree(dir).write(files);
        main.out.println("written to " + dir);
        return ExitCode.OK.code();
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
