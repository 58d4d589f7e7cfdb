package jp.policygen.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
        String key = edition.id() + "/" + document.id();
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
        Set<String> applied = new HashSet<>();
        List<PolicyDocument> documents = new ArrayList<>();
        for (Edition.DocumentSpec spec : params.documents()) {
            if (documentIds.contains(spec.id())) {
                documents.add(compose(params, spec, data, applied));
            }
        }
        if (documents.size() == params.documents().size()) {
            checkAllChangesApplied(params, applied);
        }
        return documents;
    }

    private PolicyDocument compose(BodyParams params, Edition.DocumentSpec document, Map<String, Object> data,
                                   Set<String> applied) {
        Manifest manifest = manifest(params.edition(), document);
        TemplateEngine engine = engine(params.edition());
        List<ArticleHistory.Deleted> deleted = new ArrayList<>();
        List<ClauseSpec> specs = applyStructuralChanges(params, manifest.clauses(), applied, null, 1,
                manifest.articleLevel(), deleted);
        List<Section> sections = new ArrayList<>();
        Map<String, Path> sources = new HashMap<>();
        for (ClauseSpec spec : specs) {
            Section s = section(engine, params, spec, data, applied, false, sources);
            if (s != null) {
                sections.add(s);
            }
        }
        String title = plain(engine.renderText(params.edition().file(), document.title(), document.line(), data),
                params.edition().file());
        int chapter = params.numbering().documentChapters() ? document.chapter() : 0;
        Layout layout = layout(params, document, title, chapter, manifest.articleLevel(), sections, deleted);
        DocumentInfo info = new DocumentInfo(params.id(), params.body().name(), title, document.kind(),
                document.visibility(), params.dates().edition(), params.dates().established(),
                params.dates().revisions(), layout);
        PolicyDocument composed = new PolicyDocument(info, sections);
        checkReferences(params, composed, sources);
        return composed;
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
            Set<String> present = new HashSet<>();
            ids(sections, present);
            List<ArticleHistory.Added> added = new ArrayList<>();
            List<BodyParams.Act> acts = params.dates().acts();
            for (int k = 1; k < acts.size(); k++) {
                for (String id : acts.get(k).added()) {
                    if (present.contains(id)) {
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
     * Drops clauses and inserts added ones; replacements are applied when the text is rendered.
     * An article the history deletes is recorded with where it stood ({@code deleted}), so that its
     * number can stay in print.
     */
    private List<ClauseSpec> applyStructuralChanges(BodyParams params, List<ClauseSpec> specs, Set<String> applied,
                                                    String parentId, int level, int articleLevel,
                                                    List<ArticleHistory.Deleted> deleted) {
        BodyParams.ClauseChanges changes = params.clauses();
        List<ClauseSpec> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ClauseSpec spec = specs.get(i);
            if (changes.drop().contains(spec.id())) {
                applied.add("drop:" + spec.id());
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
            List<ClauseSpec> children = new ArrayList<>(applyStructuralChanges(params, spec.children(), applied, spec.id(),
                    level + 1, articleLevel, deleted));
            for (Addition a : changes.add()) {
                if (spec.id().equals(a.under())) {
                    children.add(added(params, a));
                    applied.add("add:" + a.id());
                }
            }
            out.add(spec.withChildren(children));
            for (Addition a : changes.add()) {
                if (spec.id().equals(a.after())) {
                    out.add(added(params, a));
                    applied.add("add:" + a.id());
                }
            }
        }
        return out;
    }

    private static ClauseSpec added(BodyParams params, Addition a) {
        // The template path of a local clause is its file; the title is taken as written.
        return new ClauseSpec(a.id(), a.title(), "local:" + a.file(), null, false, List.of(), params.source().file(),
                params.source().line(a.pointer()));
    }

    private Section section(TemplateEngine engine, BodyParams params, ClauseSpec spec, Map<String, Object> data,
                            Set<String> applied, boolean insidePrivate, Map<String, Path> sources) {
        if (spec.when() != null && !engine.condition(spec.declaredIn(), spec.when(), data)) {
            return null;
        }
        boolean markedPrivate = params.clauses().privateClauses().contains(spec.id());
        if (markedPrivate) {
            applied.add("private:" + spec.id());
        }
        boolean isPrivate = insidePrivate || markedPrivate || spec.privateClause();
        Replacement replacement = params.clauses().replace().get(spec.id());
        Provenance provenance = Provenance.TEMPLATE;
        String text = "";
        Path source = spec.declaredIn();
        String titleTemplate = spec.title();
        if (replacement != null) {
            applied.add("replace:" + spec.id());
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
            Section s = section(engine, params, child, data, applied, isPrivate, sources);
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
        Section section = new Section(spec.id(), title, content.blocks(), children, provenance, null);
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

    /**
     * Every reference must name a clause present in this body's document, other than the clause
     * itself. Problems are reported where the {{ref:…}} is written: the template or the body's
     * clause file ({@code sources}: clause id → file), at its line.
     */
    private static void checkReferences(BodyParams params, PolicyDocument document, Map<String, Path> sources) {
        Set<String> ids = new LinkedHashSet<>();
        for (Section s : document.allSections()) {
            if (!ids.add(s.id())) {
                throw PolicygenException.badInput(duplicate(params, s.id(), document, sources));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Section s : document.allSections()) {
            for (String target : references(s.blocks())) {
                if (target.equals(s.id())) {
                    // The word for "this clause" depends on its rank and the style (本条, この項, 本章 …);
                    // the writer knows it, a generated number inside the clause itself reads wrongly.
                    problems.add(atReference(params, sources, s.id(), target,
                            Texts.get("compose.ref.self", target),
                            Texts.get("compose.ref.self.fix")));
                } else if (!ids.contains(target)) {
                    String near = Suggestions.nearest(target, ids);
                    boolean dropped = params.clauses().drop().contains(target);
                    problems.add(atReference(params, sources, s.id(), target,
                            Texts.get(dropped ? "compose.ref.dropped" : "compose.ref.missing", target, params.id(),
                                    document.info().kind().stem()),
                            near != null && !dropped ? Texts.get("compose.didYouMean", near)
                                    : Texts.get("compose.ref.missing.fix")));
                }
            }
        }
        if (document.info().visibility() == Visibility.PUBLIC) {
            // The public text leaves private clauses out, so a public clause cannot point at one.
            Set<String> privateIds = new HashSet<>();
            document.allSections().stream().filter(s -> s.visibility() == Visibility.PRIVATE)
                    .forEach(s -> privateIds.add(s.id()));
            for (Section s : document.allSections()) {
                if (s.visibility() == Visibility.PRIVATE) {
                    continue;
                }
                for (String target : references(s.blocks())) {
                    if (privateIds.contains(target)) {
                        problems.add(atReference(params, sources, s.id(), target,
                                Texts.get("compose.ref.private", target, document.info().kind().stem()),
                                Texts.get("compose.ref.private.fix")));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("compose.ref.unresolved"), problems);
        }
    }

    /** A reference problem at the {{ref:…}} that names {@code target} in the clause's file. */
    private static Problem atReference(BodyParams params, Map<String, Path> sources, String clauseId, String target,
                                       String message, String suggestion) {
        Path source = sources.get(clauseId);
        int[] at = source == null ? null : SourcePosition.findReference(source, target);
        if (at == null) {
            return new Problem(source != null ? source : params.source().file(), source != null ? 1 : 0,
                    source != null ? 1 : 0, clauseId, message, suggestion);
        }
        return new Problem(source, at[0], at[1], clauseId, message, suggestion);
    }

    /** A clause id given twice: at the added clause that repeats it, or at the heading that makes it. */
    private static Problem duplicate(BodyParams params, String id, PolicyDocument document, Map<String, Path> sources) {
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

    private static void checkAllChangesApplied(BodyParams params, Set<String> applied) {
        List<Problem> problems = new ArrayList<>();
        BodyParams.ClauseChanges c = params.clauses();
        for (String id : c.drop()) {
            if (!applied.contains("drop:" + id)) {
                problems.add(params.source().problem("/clauses/drop", Texts.get("compose.changes.drop", id)));
            }
        }
        for (Replacement r : c.replace().values()) {
            if (!applied.contains("replace:" + r.id())) {
                problems.add(params.source().problem(r.pointer(), Texts.get("compose.changes.replace", r.id())));
            }
        }
        for (int i = 0; i < c.privateClauses().size(); i++) {
            String id = c.privateClauses().get(i);
            if (!applied.contains("private:" + id)) {
                problems.add(params.source().problem("/clauses/private/" + i, Texts.get("compose.changes.private", id)));
            }
        }
        for (Addition a : c.add()) {
            if (!applied.contains("add:" + a.id())) {
                problems.add(params.source().problem(a.pointer(), Texts.get("compose.changes.place",
                        a.after() != null ? a.after() : a.under(), a.id())));
            }
        }
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("compose.changes.nothing"), problems);
        }
    }
}
