package jp.policygen.publish;

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
import jp.policygen.pipeline.Outcome;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;
import jp.policygen.pipeline.Pipeline;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.lint.GenerationGate;
import jp.policygen.numbering.Numbering;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.params.BodyParams;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.HtmlWriter;
import jp.policygen.render.MarkdownWriter;
import jp.policygen.render.OutputTree;
import jp.policygen.render.pdf.PdfWriter;

/**
 * Publishing: the public web site ({@code output/site/}) holds each body's basic policy without
 * its private clauses, as HTML and PDF, with an index and a page per body; the private bundle
 * ({@code output/private/<id>/}) holds the standards and, when the basic policy has private
 * clauses, its full text, each marked 非公開. Everything is made in memory first; the site is
 * then checked by {@link LeakCheck} and written only when no private text is in it.
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
        this(new Pipeline(project, 0, jp.policygen.pipeline.Progress.NONE), output, new LeakCheck());
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
     * One body, built: its parameters, its documents in full (edition order), and the public text
     * of each public document (its private clauses left out), by document id.
     */
    private record Built(BodyParams params, List<Numbering> documents, Map<String, Numbering> publicTexts) {
        /** A body left out of the site (the national model). */
        static final Built SKIPPED = new Built(null, List.of(), Map.of());
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
        List<Outcome<Built>> outcomes = pipeline.run(bodyIds, "公開", id -> {
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
        PolicygenException failure = Pipeline.failure(outcomes, "nothing was written");
        if (failure != null) {
            throw failure;
        }
        List<Built> built = outcomes.stream().map(Outcome::value).filter(b -> b != Built.SKIPPED).toList();
        List<String> skipped = outcomes.stream().filter(o -> o.value() == Built.SKIPPED).map(Outcome::bodyId).toList();

        Map<String, byte[]> site = new TreeMap<>();
        Map<String, Map<String, byte[]>> privateFiles = new LinkedHashMap<>();
        List<SitePages.Entry> entries = new ArrayList<>();
        for (Built b : built) {
            String id = b.params().id();
            List<SitePages.Published> published = new ArrayList<>();
            for (Numbering n : b.publicTexts().values()) {
                PrintedDocument printed = Printer.print(n);
                byte[] publicPdf = pdf.write(printed);
                SitePages.Published d = new SitePages.Published(printed, publicPdf.length);
                published.add(d);
                site.put(id + "/" + d.html(), utf8(pages.documentPage(d)));
                site.put(id + "/" + d.pdf(), publicPdf);
            }
            List<String> privateTitles = b.documents().stream()
                    .filter(n -> n.document().info().visibility() == Visibility.PRIVATE)
                    .map(n -> n.document().info().title()).toList();
            SitePages.Entry entry = new SitePages.Entry(b.params(), published, privateTitles);
            entries.add(entry);
            site.put(id + "/index.html", utf8(pages.bodyPage(entry)));

            // The private bundle: every private document, and the full text of a public one that
            // holds private clauses.
            Map<String, byte[]> own = new LinkedHashMap<>();
            List<Numbering> kept = new ArrayList<>();
            for (Numbering n : b.documents()) {
                PolicyDocument d = n.document();
                if (d.info().visibility() == Visibility.PRIVATE) {
                    kept.add(n);
                } else if (d.hasPrivateClauses()) {
                    kept.add(number(PublicView.markedPrivate(d)));
                }
            }
            for (Numbering n : kept) {
                PrintedDocument printed = Printer.print(n);
                for (DocumentWriter w : privateWriters) {
                    own.put(n.document().info().kind().stem() + "." + w.extension(), w.write(printed));
                }
            }
            privateFiles.put(id, own);
        }
        site.put("index.html", utf8(pages.index(entries)));

        LeakCheck.Result result = leakCheck.check(privateClauses(built), site, sharedWording(built));
        if (!result.clean()) {
            throw new PolicygenException(ExitCode.BAD_INPUT,
                    result.leaks().size() + " place(s) in the public site hold private text", report(result, built));
        }
        return new Publication(site, privateFiles, result, skipped);
    }

    /**
     * Writes a checked publication: {@code site/} is replaced as a whole (so it holds exactly the
     * files that were checked), each body's {@code private/<id>/} likewise.
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

    private Built build(Pipeline.Checked checked) {
        BodyParams body = checked.params();
        List<Numbering> docs = checked.documents();
        Map<String, Numbering> publicTexts = new LinkedHashMap<>();
        for (Numbering n : docs) {
            if (n.document().info().visibility() == Visibility.PUBLIC) {
                publicTexts.put(n.document().info().kind().stem(), number(PublicView.publicPart(n.document())));
            }
        }
        if (publicTexts.isEmpty()) {
            throw PolicygenException.badInput(body.source().problem("/documents", body.id()
                    + " has no public document, so there is nothing to publish").withSuggestion(
                    "add a public document (" + String.join(", ", body.edition().documents().stream()
                            .filter(d -> d.visibility() == Visibility.PUBLIC).map(d -> d.id()).toList())
                    + ") to documents, or leave the body out of publish"));
        }
        return new Built(body, docs, publicTexts);
    }

    private static Numbering number(PolicyDocument document) {
        return NumberingStyle.named(document.info().layout().style()).number(document);
    }

    /** The private text: every clause of a private document, every private clause of a public one. */
    private static List<LeakCheck.PrivateClause> privateClauses(List<Built> built) {
        List<LeakCheck.PrivateClause> out = new ArrayList<>();
        for (Built b : built) {
            for (Numbering n : b.documents()) {
                PolicyDocument d = n.document();
                for (Section s : d.allSections()) {
                    if (d.isPrivate(s)) {
                        out.add(new LeakCheck.PrivateClause(b.params().id(), d.info().title(), s.id(), heading(n, s),
                                ClauseText.of(n, s)));
                    }
                }
            }
        }
        return out;
    }

    /** 「2.3(2)① 管理区域の構造等」: the clause's unambiguous number and its title. */
    private static String heading(Numbering n, Section s) {
        String label = n.fullLabel(s);
        return label.isEmpty() ? s.titleText() : label + " " + s.titleText();
    }

    /**
     * Per body, what the model itself publishes: the public documents as the templates alone write
     * them for the body's parameters (no local wording), less the clauses the body keeps private.
     */
    private Map<String, List<String>> sharedWording(List<Built> built) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Built b : built) {
            Set<String> privateIds = b.documents().stream().flatMap(n -> n.document().allSections().stream())
                    .filter(s -> s.visibility() == Visibility.PRIVATE).map(Section::id).collect(Collectors.toSet());
            BodyParams modelOnly = b.params().withClauses(BodyParams.ClauseChanges.NONE);
            List<String> text = new ArrayList<>();
            for (Numbering model : project.build(modelOnly, List.copyOf(b.publicTexts().keySet()))) {
                for (Section s : model.document().allSections()) {
                    if (s.visibility() == Visibility.PUBLIC && !privateIds.contains(s.id())) {
                        text.addAll(ClauseText.of(model, s));
                    }
                }
            }
            out.put(b.params().id(), text);
        }
        return out;
    }

    /** One problem per leak: the public file, the private clause, the text, and where it came from. */
    private List<Problem> report(LeakCheck.Result result, List<Built> built) {
        Map<String, Built> byId = new LinkedHashMap<>();
        built.forEach(b -> byId.put(b.params().id(), b));
        Path siteRoot = output.resolve(SITE);
        List<Problem> out = new ArrayList<>();
        for (LeakCheck.Leak leak : result.leaks()) {
            LeakCheck.PrivateClause c = leak.clause();
            String shown = leak.text().length() > 80 ? leak.text().substring(0, 80) + "…" : leak.text();
            String message = "private text of " + c.document() + "「" + c.heading() + "」 (" + c.bodyId()
                    + ") is in the public site: 「" + shown.replace('\n', ' ') + "」 (" + leak.length()
                    + " characters; " + leakCheck.n() + " or more is a leak)";
            out.add(new Problem(siteRoot.resolve(leak.file()), 0, 0, c.clauseId(), message, origin(leak, byId)));
        }
        return out;
    }

    /** Which public clause of the basic policy holds the text, and the body's file that wrote it. */
    private String origin(LeakCheck.Leak leak, Map<String, Built> byId) {
        int slash = leak.file().indexOf('/');
        Built b = slash > 0 ? byId.get(leak.file().substring(0, slash)) : null;
        if (b == null) {
            return "it is on the site's index page; remove it from the parameters shown there";
        }
        String probe = NormalText.of(leak.text()).text;
        probe = probe.substring(0, Math.min(probe.length(), leakCheck.n()));
        for (Numbering n : b.publicTexts().values()) {
            for (Section s : n.document().allSections()) {
                String text = NormalText.of(String.join("\n", ClauseText.of(n, s))).text;
                if (text.contains(probe)) {
                    String where = "it is in public clause " + s.id() + " of the " + n.document().info().kind().japaneseName();
                    Path file = localFile(b.params(), s);
                    if (file != null) {
                        where += " (" + project.root().relativize(file).toString().replace('\\', '/') + ")";
                    }
                    return where + ": reword it, or keep the clause private (clauses: private: [" + s.id() + "])";
                }
            }
        }
        return "it is on " + b.params().id() + "'s page, from its parameters (policy.yaml); remove it there";
    }

    private static Path localFile(BodyParams params, Section s) {
        if (s.provenance() == Provenance.LOCAL_REPLACED && params.clauses().replace().containsKey(s.id())) {
            return params.clauses().replace().get(s.id()).file();
        }
        if (s.provenance() == Provenance.LOCAL_ADDED) {
            return params.clauses().add().stream().filter(a -> a.id().equals(s.id())).map(BodyParams.Addition::file)
                    .findFirst().orElse(null);
        }
        return null;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
