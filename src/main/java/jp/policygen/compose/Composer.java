package jp.policygen.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.model.ArticleHistory;
import jp.policygen.model.Block;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Inline;
import jp.policygen.model.Instrument;
import jp.policygen.model.Layout;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.params.BodyParams;
import jp.policygen.params.Edition;
import jp.policygen.params.BodyParams.Addition;
import jp.policygen.params.BodyParams.Replacement;
import jp.policygen.text.Suggestions;
import jp.policygen.i18n.Texts;

/**
 * Fills the templates of a body's edition with its parameters and builds the two documents of its
 * policy. Local wording (replaced, added and dropped clauses) is applied here and recorded in each
 * section's provenance. One composer serves any number of bodies: the FreeMarker configuration,
 * the Markdown parser and the manifests are built once.
 */
public final class Composer {

    private final ClauseReader reader = new ClauseReader();
    /** One engine and one manifest per edition and document, built on first use and shared by every thread. */
    private final Map<String, TemplateEngine> engines = new ConcurrentHashMap<>();
    private final Map<String, Manifest> manifests = new ConcurrentHashMap<>();

    private final Path root;

    public Composer(Path projectRoot) {
        this.root = projectRoot.toAbsolutePath().normalize();
    }

    /** A file as the printed text's origins and findings name it: relative to the project, with '/'. */
    private String shown(Path file) {
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(root) ? root.relativize(f) : f).toString().replace('\\', '/');
    }

    private TemplateEngine engine(Edition edition) {
        return engines.computeIfAbsent(edition.id(), id -> new TemplateEngine(edition));
    }

    /** The manifest of one document of an edition (read once). */
    public Manifest manifest(Edition edition, Edition.DocumentSpec document) {
        String key = edition.id() + "/" + document.source();
        Manifest known = manifests.get(key);
        if (known == null) {
            known = Manifest.read(edition, document);
            manifests.putIfAbsent(key, known);
        }
        return known;
    }

    /** Every document of a body's policy, in the edition's order. */
    public List<PolicyDocument> compose(BodyParams params) {
        return compose(params, params.documents().stream().map(Edition.DocumentSpec::id).toList());
    }

    /**
     * Some documents of a body's policy, by id; local changes are checked to match a clause only
     * when every document of the body is composed.
     */
    public List<PolicyDocument> compose(BodyParams params, List<String> documentIds) {
        Map<String, Object> data = TemplateData.of(params);
        TemplateEngine engine = engine(params.edition());
        // the clauses of every document, arranged once: a change that cannot be made is reported
        // whichever documents are asked for, before any text is written
        Map<String, Manifest> manifests = new LinkedHashMap<>();
        for (Edition.DocumentSpec spec : params.documents()) {
            manifests.putIfAbsent(spec.source(), manifest(params.edition(), spec));
        }
        Structure.Arrangement arranged = Structure.arrange(params, manifests,
                c -> engine.condition(c.declaredIn(), c.when(), data));
        List<PolicyDocument> documents = new ArrayList<>();
        for (Edition.DocumentSpec spec : params.documents()) {
            if (documentIds.contains(spec.id())) {
                documents.add(compose(params, spec, manifests.get(spec.source()), arranged,
                        TemplateData.forDocument(data, params, spec)));
            }
        }
        return documents;
    }

    private PolicyDocument compose(BodyParams params, Edition.DocumentSpec document, Manifest manifest,
                                   Structure.Arrangement arranged, Map<String, Object> data) {
        TemplateEngine engine = engine(params.edition());
        List<ArticleHistory.Deleted> deleted = new ArrayList<>();
        deletedArticles(params, manifest.clauses(), null, 1, manifest.articleLevel(), deleted);
        List<Section> sections = new ArrayList<>();
        Map<String, Path> sources = new HashMap<>();
        for (ClauseSpec spec : arranged.documents().get(document.source())) {
            Section s = section(engine, params, spec, data, false, sources);
            if (s != null) {
                sections.add(s);
            }
        }
        String title = plain(engine.renderText(params.edition().file(), document.title(), document.line(), data),
                params.edition().file());
        int chapter = params.numbering().documentChapters() ? document.chapter() : 0;
        Layout layout = layout(params, document, title, chapter, manifest.articleLevel(), sections, deleted);
        DocumentInfo info = isCyberPolicy(params, document)
                ? new DocumentInfo(params.id(), params.body().name(), title, document.kind(), document.visibility(), 1,
                        params.cyberPolicy().adopted(), List.of(), layout)
                : new DocumentInfo(params.id(), params.body().name(), title, document.kind(),
                        document.visibility(), params.dates().edition(), params.dates().established(),
                        params.dates().revisions(), layout);
        PolicyDocument composed = new PolicyDocument(info, sections);
        new References(params, arranged, sources).check(composed);
        return composed;
    }

    /** The 方針 of 地方自治法 as a text of its own carries its own date: the day it was adopted. */
    private static boolean isCyberPolicy(BodyParams params, Edition.DocumentSpec document) {
        Edition.CyberPolicyFrame frame = params.edition().cyberPolicy();
        return frame != null && document.source().equals(frame.document());
    }

    /**
     * How the document is laid out in print: the style, and for the article style the body's house
     * style, the articles revisions added and deleted (when numbers stay put) and the legal frame
     * (when the body adopts the document as a 例規).
     */
    private static Layout layout(BodyParams params, Edition.DocumentSpec document, String title, int chapter,
                                 int articleLevel, List<Section> sections, List<ArticleHistory.Deleted> deleted) {
        BodyParams.NumberingChoice n = params.numbering();
        Layout.Items items = "kanji".equals(n.itemStyle()) ? Layout.Items.KANJI : Layout.Items.PAREN;
        Layout.Digits digits = "full".equals(n.digits()) ? Layout.Digits.FULL : Layout.Digits.MIXED;
        ArticleHistory articles = null;
        if (n.stable()) {
            // the articles a revision's addition still numbers: those in the text, and those a later
            // revision deleted — added with a branch number (第６条の２), their 削除 keeps it, not a main
            // number that would renumber every article after it
            Set<String> numbered = new HashSet<>();
            ids(sections, numbered);
            deleted.forEach(d -> numbered.add(d.clauseId()));
            List<ArticleHistory.Added> added = new ArrayList<>();
            List<BodyParams.Act> acts = params.dates().acts();
            for (int k = 1; k < acts.size(); k++) {
                for (String id : acts.get(k).added()) {
                    if (numbered.contains(id)) {
                        added.add(new ArticleHistory.Added(id, k));
                    }
                }
            }
            articles = new ArticleHistory(added, deleted);
        }
        Instrument instrument = null;
        BodyParams.InstrumentChoice frame = params.instrument();
        if (frame != null && frame.frames(document.id()) && "article".equals(n.style())) {
            String enactment = frame.enactments().getOrDefault(document.id(), title + "を次のように定める。");
            List<Instrument.Act> acts = new ArrayList<>();
            for (BodyParams.Act a : params.dates().acts()) {
                acts.add(new Instrument.Act(a.date(), a.number(document.id()), a.effective()));
            }
            instrument = new Instrument(frame.kind(), enactment.isEmpty() ? null : enactment, acts);
        }
        return new Layout(n.style(), chapter, articleLevel, items, digits, articles, instrument);
    }

    private static void ids(List<Section> sections, Set<String> out) {
        for (Section s : sections) {
            out.add(s.id());
            ids(s.children(), out);
        }
    }

    /** The revision (1 for the first) whose history deletes an article, or 0. */
    private static int deletedIn(BodyParams params, String id) {
        List<BodyParams.Act> acts = params.dates().acts();
        for (int k = 1; k < acts.size(); k++) {
            if (acts.get(k).deleted().contains(id)) {
                return k;
            }
        }
        return 0;
    }

    /**
     * The articles the history deletes (when numbers stay put), each with where it stood in the
     * manifest, so that its number can stay in print; the clauses themselves are dropped by
     * {@link Structure} like any other.
     */
    private static void deletedArticles(BodyParams params, List<ClauseSpec> specs, String parentId, int level,
                                        int articleLevel, List<ArticleHistory.Deleted> deleted) {
        BodyParams.ClauseChanges changes = params.clauses();
        for (int i = 0; i < specs.size(); i++) {
            ClauseSpec spec = specs.get(i);
            if (changes.drop().contains(spec.id())) {
                int revision = params.numbering().stable() ? deletedIn(params, spec.id()) : 0;
                if (revision > 0) {
                    if (level != articleLevel) {
                        throw PolicygenException.badInput(params.source().problem("/dates/revisions/" + (revision - 1)
                                + "/articles/deleted", Texts.get("compose.notArticle", spec.id())).withSuggestion(Texts.get("compose.notArticle.fix")));
                    }
                    List<String> before = new ArrayList<>();
                    for (int k = i - 1; k >= 0; k--) {
                        before.add(specs.get(k).id());
                    }
                    deleted.add(new ArticleHistory.Deleted(spec.id(), revision, parentId, before));
                }
                continue;
            }
            deletedArticles(params, spec.children(), spec.id(), level + 1, articleLevel, deleted);
        }
    }

    /** The template of a preface given as text in policy.yaml: its paragraphs, each a value. */
    static final String PREFACE_TEXT = "preface-text:";

    private Section section(TemplateEngine engine, BodyParams params, ClauseSpec spec, Map<String, Object> data,
                            boolean insidePrivate, Map<String, Path> sources) {
        boolean markedPrivate = params.clauses().privateClauses().contains(spec.id());
        boolean isPrivate = insidePrivate || markedPrivate || spec.privateClause();
        Replacement replacement = params.clauses().replace().get(spec.id());
        Provenance provenance = Provenance.TEMPLATE;
        String text = "";
        Path source = spec.declaredIn();
        String titleTemplate = spec.title();
        if (replacement != null) {
            provenance = Provenance.LOCAL_REPLACED;
            source = replacement.file();
            text = engine.renderFile(replacement.file(), data);
            if (replacement.title() != null) {
                titleTemplate = replacement.title();
            }
        } else if (spec.template() != null && spec.template().startsWith("local:")) {
            provenance = Provenance.LOCAL_ADDED;
            source = Path.of(spec.template().substring("local:".length()));
            text = engine.renderFile(source, data);
        } else if (PREFACE_TEXT.equals(spec.template())) {
            provenance = Provenance.LOCAL_ADDED;
            source = params.source().file();
            text = engine.renderText(source, "<#list preface.paragraphs as p>${p}\n\n</#list>", spec.line(), data);
        } else if (spec.template() != null) {
            source = engine.file(spec.template());
            text = engine.render(spec.template(), data);
        }
        // a title the body gives its clause is in its policy.yaml, on the line of the replacement
        boolean ownTitle = replacement != null && replacement.title() != null;
        Path titleFile = ownTitle ? params.source().file() : spec.declaredIn();
        int titleLine = ownTitle ? params.source().line(replacement.pointer()) : spec.line();
        List<Inline> title = reader.readInline(engine.renderText(titleFile, titleTemplate, Math.max(titleLine, 0), data),
                titleFile, shown(titleFile));
        ClauseReader.Content content = reader.read(text, spec.id(), provenance, source, shown(source));
        sources.put(spec.id(), source);
        recordSource(content.subsections(), source, sources);
        List<Section> children = new ArrayList<>(content.subsections());
        for (ClauseSpec child : spec.children()) {
            Section s = section(engine, params, child, data, isPrivate, sources);
            if (s != null) {
                children.add(s);
            }
        }
        if (content.blocks().isEmpty() && children.isEmpty() && provenance != Provenance.TEMPLATE) {
            throw PolicygenException.badInput(new Problem(source, 1, 1, spec.id(), Texts.get(text.isBlank() ? "compose.emptyClause" : "compose.emptyClause.directives"),
                    Texts.get("compose.emptyClause.fix")));
        }
        if (content.blocks().isEmpty() && children.isEmpty()) {
            throw PolicygenException.badInput(new Problem(source, 1, 1, spec.id(),
                    Texts.get("compose.noText", spec.id(), params.id()),
                    Texts.get("compose.noText.fix")));
        }
        // a preface stands before the numbered clauses, without a number of its own
        String found = BodyParams.Preface.ID.equals(spec.id()) ? "" : null;
        Section section = new Section(spec.id(), title, content.blocks(), children, provenance, found);
        return isPrivate ? section.asPrivate() : section;
    }

    /** Sub-sections a clause's headings opened come from the clause's file. */
    private static void recordSource(List<Section> sections, Path source, Map<String, Path> sources) {
        for (Section s : sections) {
            sources.put(s.id(), source);
            recordSource(s.children(), source, sources);
        }
    }

    private String plain(String markdown, Path source) {
        return Inline.plainText(reader.readInline(markdown, source));
    }

    /** A clause id given twice: at the added clause that repeats it, or at the heading that makes it. */
    static Problem duplicate(BodyParams params, String id, PolicyDocument document, Map<String, Path> sources) {
        String message = Texts.get("compose.duplicateId", id, document.info().title());
        List<Addition> adds = params.clauses().add().stream().filter(a -> a.id().equals(id)).toList();
        if (!adds.isEmpty()) {
            return params.source().problem(adds.get(adds.size() - 1).pointer() + "/id", message)
                    .withSuggestion(Texts.get("compose.duplicateId.added.fix"));
        }
        Path source = sources.get(id);
        String suffix = id.substring(id.lastIndexOf('.') + 1);
        int[] at = source == null ? null : SourcePosition.findLast(source, "{#" + suffix + "}");
        if (at != null) {
            return new Problem(source, at[0], at[1], id, message, Texts.get("compose.duplicateId.heading.fix"));
        }
        return new Problem(params.source().file(), 1, 1, id, message, null);
    }

    /** The targets of every reference in some blocks, in order. */
    public static List<String> references(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                inlineRefs(p.content(), out);
            } else if (b instanceof Block.ItemList l) {
                for (Block.Item item : l.items()) {
                    inlineRefs(item.title(), out);
                    out.addAll(references(item.blocks()));
                }
            } else if (b instanceof Block.Note n) {
                out.addAll(references(n.blocks()));
            } else if (b instanceof Block.Table t) {
                t.rows().forEach(row -> row.forEach(cell -> inlineRefs(cell, out)));
            }
        }
        return out;
    }

    private static void inlineRefs(List<Inline> inlines, List<String> out) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Ref r) {
                out.addAll(r.targets());
            } else if (i instanceof Inline.Strong s) {
                inlineRefs(s.content(), out);
            }
        }
    }
}
