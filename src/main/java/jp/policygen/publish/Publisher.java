package jp.policygen.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.model.Origin;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.Numbering;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.params.BodyParams;
import jp.policygen.pipeline.Outcome;
import jp.policygen.pipeline.Pipeline;
import jp.policygen.pipeline.Progress;
import jp.policygen.printed.Line;
import jp.policygen.printed.PrintedClause;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.HtmlWriter;
import jp.policygen.render.MarkdownWriter;
import jp.policygen.render.OutputTree;
import jp.policygen.render.pdf.PdfWriter;
import jp.policygen.i18n.Texts;

/**
 * Publishing: the public web site ({@code output/site/}) holds each body's public documents
 * without their private clauses, as HTML and PDF, with an index and a page per body; the private
 * bundle ({@code output/private/<id>/}) holds the private documents and the full text of a public
 * one that has private clauses, each marked 非公開. Everything is made first (bodies in parallel);
 * the site is then checked by {@link LeakCheck} — every file, and every parameter value it
 * prints — and written only when no private text is in it.
 */
public final class Publisher {

    public static final String SITE = "site";
    public static final String PRIVATE = "private";

    private final Pipeline pipeline;
    private final Project project;
    private final Path output;
    private final LeakCheck leakCheck;
    private final SitePages pages = new SitePages();
    private final PdfWriter pdf = new PdfWriter();
    private final List<DocumentWriter> privateWriters = List.of(new MarkdownWriter(), new HtmlWriter(), pdf);

    /** A publisher for a project's bodies; {@code output} is where site/ and private/ go. */
    public Publisher(Project project, Path output) {
        this(new Pipeline(project, 0, Progress.NONE), output, new LeakCheck());
    }

    public Publisher(Pipeline pipeline, Path output, LeakCheck leakCheck) {
        this.pipeline = pipeline;
        this.project = pipeline.project();
        this.output = output.toAbsolutePath().normalize();
        this.leakCheck = leakCheck;
    }

    /** Everything one run publishes, checked, not yet written. Paths are relative to their folder. */
    public record Publication(Map<String, byte[]> site, Map<String, Map<String, byte[]>> privateFiles,
                              LeakCheck.Result check, List<String> skipped) {
    }

    /**
     * One body, made: its parameters, its documents in full (edition order), the public text of
     * each public document (its private clauses left out) with the site's files for it, and its
     * private bundle.
     */
    private record Built(BodyParams params, List<PrintedDocument> documents, List<SitePages.Published> published,
                         Map<String, byte[]> documentFiles, Map<String, byte[]> privateFiles) {
        /** A body left out of the site (the national model). */
        static final Built SKIPPED = new Built(null, List.of(), List.of(), Map.of(), Map.of());

        String id() {
            return params.id();
        }
    }

    /**
     * Builds the site and the private bundle of some bodies and checks the site. Throws (exit
     * code 2) on a problem in the input or when the site would hold private text, naming each
     * place; nothing is written either way.
     */
    public Publication prepare(List<String> bodyIds) {
        return prepare(bodyIds, false, warning -> { });
    }

    /**
     * As {@link #prepare(List)}, leaving out placeholder bodies (the national model) when asked,
     * and passing on lint's warnings. Bodies go through the same pipeline and lint gate as
     * {@code generate}: text that generate refuses is never published (exit code 1).
     */
    public Publication prepare(List<String> bodyIds, boolean skipPlaceholders, java.util.function.Consumer<Problem> warnings) {
        List<Outcome<Built>> outcomes = pipeline.run(bodyIds, Texts.get("pipeline.verb.publish"), id -> {
            Outcome<Pipeline.Checked> c = pipeline.check(id, List.of());
            if (!c.ok()) {
                return Outcome.failed(id, c.failure(), c.problems(), c.warnings());
            }
            if (skipPlaceholders && c.value().params().titles().placeholder()) {
                return Outcome.ok(id, Built.SKIPPED, c.warnings());
            }
            try {
                return Outcome.ok(id, build(c.value()), c.warnings());
            } catch (PolicygenException e) {
                return Outcome.failed(id, e.exitCode(), e.problems(), c.warnings());
            }
        });
        Pipeline.warnings(outcomes).forEach(warnings);
        PolicygenException failure = Pipeline.failure(outcomes, Texts.get("pipeline.nothingWritten"));
        if (failure != null) {
            throw failure;
        }
        List<Built> built = outcomes.stream().map(Outcome::value).filter(b -> b != Built.SKIPPED).toList();
        List<String> skipped = outcomes.stream().filter(o -> o.value() == Built.SKIPPED).map(Outcome::bodyId).toList();

        Map<String, byte[]> site = new TreeMap<>();
        Map<String, Map<String, byte[]>> privateFiles = new LinkedHashMap<>();
        List<SitePages.Entry> entries = new ArrayList<>();
        for (Built b : built) {
            List<String> privateTitles = b.documents().stream().filter(d -> d.info().visibility() == Visibility.PRIVATE)
                    .map(d -> d.info().title()).toList();
            SitePages.Entry entry = new SitePages.Entry(b.params(), b.published(), privateTitles);
            entries.add(entry);
            site.put(b.id() + "/index.html", utf8(pages.bodyPage(entry)));
            b.documentFiles().forEach((name, bytes) -> site.put(b.id() + "/" + name, bytes));
            privateFiles.put(b.id(), b.privateFiles());
        }
        site.put("index.html", utf8(pages.index(entries)));

        List<Problem> leaks = new ArrayList<>();
        LeakCheck.Result result = leakCheck.check(privateClauses(built, false), site, sharedWording(built));
        leaks.addAll(report(result, built));
        // A parameter value is public wherever a public document prints it: none may hold the
        // private documents' own wording (the model's wording allowance never covers a value).
        LeakCheck.Result values = leakCheck.check(privateClauses(built, true), publicValues(built), Map.of());
        leaks.addAll(valueReport(values, built));
        if (!leaks.isEmpty()) {
            throw new PolicygenException(ExitCode.BAD_INPUT,
                    Texts.get("publish.leaks", leaks.size()), leaks);
        }
        return new Publication(site, privateFiles, result, skipped);
    }

    /**
     * Writes a checked publication: {@code site/} is replaced as a whole (so it holds exactly the
     * files that were checked), each body's {@code private/<id>/} likewise, all in one transaction.
     */
    public void write(Publication publication) {
        try (OutputTree.Transaction tx = new OutputTree(output).begin()) {
            tx.replaceFolder(SITE, publication.site());
            for (Map.Entry<String, Map<String, byte[]>> e : publication.privateFiles().entrySet()) {
                tx.replaceFolder(PRIVATE + "/" + e.getKey(), e.getValue());
            }
            tx.commit();
        }
    }

    public Path output() {
        return output;
    }

    /** A body's public texts, their site files and its private bundle (run on the pipeline's threads). */
    private Built build(Pipeline.Checked checked) {
        BodyParams body = checked.params();
        List<SitePages.Published> published = new ArrayList<>();
        Map<String, byte[]> documentFiles = new LinkedHashMap<>();
        Map<String, byte[]> own = new LinkedHashMap<>();
        for (PrintedDocument d : checked.documents()) {
            PolicyDocument document = d.document();
            if (d.info().visibility() == Visibility.PUBLIC) {
                PrintedDocument publicText = Printer.print(number(PublicView.publicPart(document)));
                byte[] publicPdf = pdf.write(publicText);
                SitePages.Published p = new SitePages.Published(publicText, publicPdf.length);
                published.add(p);
                documentFiles.put(p.html(), utf8(pages.documentPage(p)));
                documentFiles.put(p.pdf(), publicPdf);
            }
            // The private bundle: every private document, and the full text of a public one that
            // holds private clauses.
            PrintedDocument kept = d.info().visibility() == Visibility.PRIVATE ? d
                    : document.hasPrivateClauses() ? Printer.print(number(PublicView.markedPrivate(document))) : null;
            if (kept != null) {
                for (DocumentWriter w : privateWriters) {
                    own.put(kept.info().kind().stem() + "." + w.extension(), w.write(kept));
                }
            }
        }
        if (published.isEmpty()) {
            throw PolicygenException.badInput(body.source().problem("/documents", Texts.get("publish.noPublicDocument", body.id()))
                    .withSuggestion(Texts.get("publish.noPublicDocument.fix", String.join(", ", body.edition().documents().stream()
                            .filter(d -> d.visibility() == Visibility.PUBLIC).map(d -> d.id()).toList()))));
        }
        return new Built(body, checked.documents(), published, documentFiles, own);
    }

    private static Numbering number(PolicyDocument document) {
        return NumberingStyle.named(document.info().layout().style()).number(document);
    }

    /**
     * The private text: every clause of a private document, every private clause of a public
     * one; with {@code wordsOnly}, only the words written in templates and clause files (values
     * left out), which a value printed publicly must not repeat.
     */
    private static List<LeakCheck.PrivateClause> privateClauses(List<Built> built, boolean wordsOnly) {
        List<LeakCheck.PrivateClause> out = new ArrayList<>();
        for (Built b : built) {
            for (PrintedDocument d : b.documents()) {
                for (PrintedClause c : d.all()) {
                    if (d.document().isPrivate(c.section())) {
                        out.add(new LeakCheck.PrivateClause(b.id(), d.info().title(), c.id(), heading(c),
                                wordsOnly ? words(c) : texts(c)));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> texts(PrintedClause c) {
        return c.lines().stream().map(Line::text).toList();
    }

    /** The runs of a clause's text written in a template or clause file, each value a break. */
    private static List<String> words(PrintedClause c) {
        List<String> out = new ArrayList<>();
        for (Line l : c.lines()) {
            StringBuilder run = new StringBuilder();
            for (Line.Piece p : l.pieces()) {
                if (p.kind() == Line.Kind.TEXT) {
                    run.append(l.text(p));
                } else if (run.length() > 0) {
                    out.add(run.toString());
                    run.setLength(0);
                }
            }
            if (run.length() > 0) {
                out.add(run.toString());
            }
        }
        return out;
    }

    /** 「2.3(2)① 管理区域の構造等」: the clause's unambiguous number and its title. */
    private static String heading(PrintedClause c) {
        String title = c.section().titleText();
        return c.fullLabel().isEmpty() ? title : c.fullLabel() + " " + title;
    }

    /** Every parameter value the public documents print, as a text of its own: {@code <body>/<key>}. */
    private static Map<String, byte[]> publicValues(List<Built> built) {
        Map<String, byte[]> out = new TreeMap<>();
        for (Built b : built) {
            for (SitePages.Published p : b.published()) {
                for (PrintedClause c : p.publicText().all()) {
                    for (Line l : c.lines()) {
                        for (Line.Piece piece : l.pieces()) {
                            Origin o = piece.origin();
                            if (piece.kind() == Line.Kind.VALUE && o != null && o.isParameter()) {
                                out.putIfAbsent(b.id() + "/" + o.parameter() + ".txt", utf8(l.text(piece)));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Per body, what the model itself publishes: the public documents as the templates alone write
     * them for the body's parameters (no local wording), less the clauses the body keeps private.
     */
    private Map<String, List<String>> sharedWording(List<Built> built) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Built b : built) {
            Set<String> privateIds = b.documents().stream().flatMap(d -> d.all().stream())
                    .filter(PrintedClause::privateClause).map(PrintedClause::id).collect(Collectors.toSet());
            BodyParams modelOnly = b.params().withClauses(BodyParams.ClauseChanges.NONE);
            List<String> publicIds = b.published().stream().map(p -> p.info().kind().stem()).toList();
            List<String> text = new ArrayList<>();
            for (Numbering model : project.build(modelOnly, publicIds)) {
                for (PrintedClause c : Printer.print(model).all()) {
                    if (!c.privateClause() && !privateIds.contains(c.id())) {
                        text.addAll(texts(c));
                    }
                }
            }
            out.put(b.id(), text);
        }
        return out;
    }

    /** One problem per leak: the public file, the private clause, the text, and where it came from. */
    private List<Problem> report(LeakCheck.Result result, List<Built> built) {
        Map<String, Built> byId = new LinkedHashMap<>();
        built.forEach(b -> byId.put(b.id(), b));
        Path siteRoot = output.resolve(SITE);
        List<Problem> out = new ArrayList<>();
        for (LeakCheck.Leak leak : result.leaks()) {
            out.add(new Problem(siteRoot.resolve(leak.file()), 0, 0, leak.clause().clauseId(), message(leak, Texts.get("publish.leak.site")),
                    origin(leak, byId)));
        }
        return out;
    }

    /** A value that holds private wording: reported where the body sets it. */
    private List<Problem> valueReport(LeakCheck.Result result, List<Built> built) {
        Map<String, Built> byId = new LinkedHashMap<>();
        built.forEach(b -> byId.put(b.id(), b));
        List<Problem> out = new ArrayList<>();
        for (LeakCheck.Leak leak : result.leaks()) {
            int slash = leak.file().indexOf('/');
            Built b = byId.get(leak.file().substring(0, slash));
            String key = leak.file().substring(slash + 1, leak.file().length() - ".txt".length());
            BodyParams.Location at = b.params().locate(key);
            out.add(new Problem(at.file(), at.line(), at.column(), key, message(leak, Texts.get("publish.leak.value", key)),
                    Texts.get("publish.leak.value.fix")));
        }
        return out;
    }

    private String message(LeakCheck.Leak leak, String where) {
        LeakCheck.PrivateClause c = leak.clause();
        String shown = leak.text().length() > 80 ? leak.text().substring(0, 80) + "…" : leak.text();
        return Texts.get("publish.leak", c.document(), c.heading(), c.bodyId(), where, shown.replace('\n', ' '),
                leak.length(), leakCheck.n());
    }

    /** Which public clause holds the text, and the body's file that wrote it. */
    private String origin(LeakCheck.Leak leak, Map<String, Built> byId) {
        int slash = leak.file().indexOf('/');
        Built b = slash > 0 ? byId.get(leak.file().substring(0, slash)) : null;
        if (b == null) {
            return Texts.get("publish.leak.index");
        }
        String probe = NormalText.of(leak.text()).text;
        probe = probe.substring(0, Math.min(probe.length(), leakCheck.n()));
        for (SitePages.Published p : b.published()) {
            for (PrintedClause c : p.publicText().all()) {
                for (Line l : c.lines()) {
                    String text = NormalText.of(l.text()).text;
                    int at = text.indexOf(probe);
                    if (at < 0) {
                        continue;
                    }
                    String where = Texts.get("publish.leak.clause", c.id(), p.info().kind().japaneseName());
                    Origin o = l.pieces().stream().map(Line.Piece::origin).filter(x -> x != null && !x.isParameter()
                            && x.file() != null && x.file().startsWith("municipalities/")).findFirst().orElse(null);
                    if (o != null) {
                        where += Texts.get("publish.leak.file", o.location());
                    }
                    return where + Texts.get("publish.leak.clause.fix", c.id());
                }
            }
        }
        return Texts.get("publish.leak.bodyPage", b.id());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
