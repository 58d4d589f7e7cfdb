package jp.policygen.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.params.BodyParams;
import jp.policygen.params.BodyParams.Addition;
import jp.policygen.params.BodyParams.Move;
import jp.policygen.params.BodyParams.Placement;
import jp.policygen.params.Edition;
import jp.policygen.text.Suggestions;
import jp.policygen.text.YamlDocument;

/**
 * The clauses of a body's documents in the order it prints them: the manifests' clauses whose
 * conditions hold for the body, less those it drops, with the model clauses it moves (keeping
 * their ids, and everything under them) and the local clauses it adds, each before, after or
 * under any clause, model or local, and a preface first where it has one. Every placement that
 * cannot be made is reported at its line in policy.yaml, all of them at once, before any text is
 * written, so a reference to a clause that could not be placed is never the first thing a body
 * hears of it.
 */
final class Structure {

    // Every message of this class, in one place (for the people who write policy.yaml: the key, what
    // is wrong in plain words, the fix in their terms).
    static final String SUMMARY = "%d clause change(s) that cannot be made";
    static final String NO_CLAUSE_TO = "no clause %s to %s";
    static final String MOVED_AND_DROPPED = "%s is both moved and dropped (clauses.drop, line %d)";
    static final String MOVED_AND_DROPPED_FIX = "keep the move or the drop";
    static final String CANNOT_MOVE_LEFT_OUT = "cannot move %s: %s";
    static final String CANNOT_MOVE_LEFT_OUT_FIX = "change that parameter, or remove the move";
    static final String MOVE_LOCAL = "%s is a clause the body adds; it goes where its own entry in clauses.add places it";
    static final String MOVE_LOCAL_FIX = "change the before, after or under of that entry";
    static final String OTHER_DOCUMENT = "%s belongs to %s and %s to %s; a clause moves within its own document";
    static final String OTHER_DOCUMENT_FIX = "name a clause of %s";
    static final String PLACE_BY_DROPPED = "cannot place %s %s %s, which clauses.drop removes (line %d)";
    static final String PLACE_BY_DROPPED_FIX = "place it by another clause, or keep %s";
    static final String PLACE_BY_LEFT_OUT = "cannot place %s %s %s: %s";
    static final String PLACE_BY_LEFT_OUT_FIX = "place it by another clause, or change that parameter";
    static final String PLACE_INSIDE_ITSELF = "cannot place %1$s %2$s %3$s, which is part of %1$s itself";
    static final String PLACE_INSIDE_ITSELF_FIX = "place it by a clause outside %s";
    static final String PLACE_IN_CYCLE = "cannot place %1$s %2$s %3$s, which is itself placed by %1$s (directly or through other clauses)";
    static final String PLACE_IN_CYCLE_FIX = "place one of them by a clause that stays where it is";
    static final String PLACE_BY_UNKNOWN = "cannot place %s %s %s: there is no such clause";
    static final String NO_DOCUMENT = "%s has no document %s";
    static final String NAMED_DROPPED = "cannot %s %s, which clauses.drop removes (line %d)";
    static final String NAMED_DROPPED_FIX = "keep the one you mean";
    static final String NAMED_LEFT_OUT = "cannot %s %s: %s";
    static final String NAMED_LEFT_OUT_FIX = "change that parameter, or remove this entry";
    static final String LEFT_OUT = "this body's parameters leave it out (its condition is %s)";
    static final String DID_YOU_MEAN = "did you mean %s?";
    static final String CHOOSE_ONE_OF = "choose one of: %s";
    static final String IDS_ARE_LISTED = "clause ids are listed in the manifests (templates/%s/*/manifest.yaml)";

    /** A clause in the tree being arranged. */
    private static final class Node {
        final ClauseSpec spec;
        final List<Node> children = new ArrayList<>();
        Node parent;
        /** The document (its source id) the clause belongs to; a local clause takes it when it is placed. */
        String document;

        Node(ClauseSpec spec, String document) {
            this.spec = spec;
            this.document = document;
        }

        String id() {
            return spec.id();
        }

        ClauseSpec toSpec() {
            return spec.withChildren(children.stream().map(Node::toSpec).toList());
        }
    }

    /** A clause the manifests declare but the body's parameters leave out, with the condition that does. */
    private record Absent(String document, String condition) {
    }

    private final BodyParams params;
    private final YamlDocument source;
    /** Per document (source id): the top-level clauses. */
    private final Map<String, List<Node>> tops = new LinkedHashMap<>();
    /** Every clause in a tree or waiting to be placed, by id. */
    private final Map<String, Node> byId = new HashMap<>();
    private final Map<String, Absent> absent = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    /** Clauses dropped, by id, with the pointer of the drop entry. */
    private final Map<String, String> dropped = new HashMap<>();

    private Structure(BodyParams params) {
        this.params = params;
        this.source = params.source();
    }

    /**
     * The arranged clauses of each of the body's documents, by the document's source id (every
     * instance of a per-organ document shares its source's arrangement).
     *
     * @param manifests the manifest of each of the body's documents, by source id, in order
     * @param holds     whether a clause's condition holds for the body
     */
    /**
     * The arranged clauses of each document (by source id), the clauses the body drops (id →
     * the drop entry's pointer, for everything under a dropped clause too) and those its
     * parameters leave out (id → the condition).
     */
    record Arrangement(Map<String, List<ClauseSpec>> documents, Map<String, String> dropped,
                       Map<String, String> leftOut) {
    }

    static Arrangement arrange(BodyParams params, Map<String, Manifest> manifests,
                               Predicate<ClauseSpec> holds) {
        Structure s = new Structure(params);
        for (Map.Entry<String, Manifest> m : manifests.entrySet()) {
            List<Node> top = new ArrayList<>();
            for (ClauseSpec spec : m.getValue().clauses()) {
                Node n = s.tree(spec, m.getKey(), null, holds);
                if (n != null) {
                    top.add(n);
                }
            }
            s.tops.put(m.getKey(), top);
        }
        s.apply(manifests);
        if (!s.problems.isEmpty()) {
            s.problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw PolicygenException.badInput(String.format(SUMMARY, s.problems.size()), s.problems);
        }
        Map<String, List<ClauseSpec>> out = new LinkedHashMap<>();
        s.tops.forEach((document, nodes) -> out.put(document, nodes.stream().map(Node::toSpec).toList()));
        Map<String, String> leftOut = new HashMap<>();
        s.absent.forEach((id, a) -> leftOut.put(id, a.condition()));
        return new Arrangement(out, Map.copyOf(s.dropped), Map.copyOf(leftOut));
    }

    private Node tree(ClauseSpec spec, String document, Node parent, Predicate<ClauseSpec> holds) {
        if (spec.when() != null && !holds.test(spec)) {
            markAbsent(spec, document, spec.when());
            return null;
        }
        Node n = new Node(spec, document);
        n.parent = parent;
        byId.put(spec.id(), n);
        for (ClauseSpec child : spec.children()) {
            Node c = tree(child, document, n, holds);
            if (c != null) {
                n.children.add(c);
            }
        }
        return n;
    }

    private void markAbsent(ClauseSpec spec, String document, String condition) {
        absent.putIfAbsent(spec.id(), new Absent(document, condition));
        for (ClauseSpec child : spec.children()) {
            markAbsent(child, document, condition);
        }
    }

    private void apply(Map<String, Manifest> manifests) {
        BodyParams.ClauseChanges c = params.clauses();
        for (int i = 0; i < c.drop().size(); i++) {
            String id = c.drop().get(i);
            String at = "/clauses/drop/" + i;
            Node n = byId.get(id);
            if (n != null) {
                detach(n);
                forget(n, dropped, at);
            } else if (!absent.containsKey(id)) {
                problems.add(unknown(at, id, String.format(NO_CLAUSE_TO, id, "drop")));
            }
        }
        List<Pending> pending = new ArrayList<>();
        Set<String> moved = new LinkedHashSet<>();
        for (Move m : c.move()) {
            String at = m.pointer() + "/id";
            Node n = byId.get(m.id());
            if (n == null) {
                if (dropped.containsKey(m.id())) {
                    problems.add(problem(at, String.format(MOVED_AND_DROPPED, m.id(), source.line(dropped.get(m.id()))),
                            MOVED_AND_DROPPED_FIX));
                } else if (absent.containsKey(m.id())) {
                    problems.add(problem(at, String.format(CANNOT_MOVE_LEFT_OUT, m.id(), leftOut(m.id())), CANNOT_MOVE_LEFT_OUT_FIX));
                } else {
                    problems.add(unknown(at, m.id(), String.format(NO_CLAUSE_TO, m.id(), "move")));
                }
                continue;
            }
            if (m.id().startsWith("local.")) {
                problems.add(problem(at, String.format(MOVE_LOCAL, m.id()), MOVE_LOCAL_FIX));
                continue;
            }
            detach(n);
            moved.add(m.id());
            pending.add(new Pending(n, m.placement(), m.pointer()));
        }
        for (Addition a : c.add()) {
            if (byId.containsKey(a.id())) {
                continue; // the id is given twice: ParamsReader reports it
            }
            Path file = a.file();
            ClauseSpec spec = new ClauseSpec(a.id(), a.title(), "local:" + file, null, false, List.of(), source.file(),
                    source.line(a.pointer()));
            Node n = new Node(spec, null);
            byId.put(a.id(), n);
            pending.add(new Pending(n, a.placement(), a.pointer()));
        }
        place(pending, dropped);
        preface(manifests);
        checkNamed(c, dropped);
    }

    /** A clause waiting for its place. */
    private record Pending(Node node, Placement placement, String pointer) {
    }

    /** Places what can be placed, round after round (a clause may be placed by one placed before it). */
    private void place(List<Pending> pending, Map<String, String> dropped) {
        List<Pending> waiting = new ArrayList<>(pending);
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (java.util.Iterator<Pending> it = waiting.iterator(); it.hasNext(); ) {
                Pending p = it.next();
                Node anchor = byId.get(p.placement().anchor());
                if (anchor == null || !attached(anchor)) {
                    continue;
                }
                it.remove();
                progress = true;
                if (p.node().document != null && !p.node().document.equals(anchor.document)) {
                    problems.add(problem(p.placement().pointer(), String.format(OTHER_DOCUMENT, p.node().id(),
                            documentName(p.node().document), anchor.id(), documentName(anchor.document)),
                            String.format(OTHER_DOCUMENT_FIX, documentName(p.node().document))));
                    continue;
                }
                insert(p.node(), anchor, p.placement().how());
            }
        }
        Set<String> waitingIds = new LinkedHashSet<>();
        waiting.forEach(p -> waitingIds.add(p.node().id()));
        for (Pending p : waiting) {
            String anchor = p.placement().anchor();
            if (anchor == null) {
                continue; // neither before, after nor under: ParamsReader reports it
            }
            String at = p.placement().pointer();
            String what = p.node().id();
            if (dropped.containsKey(anchor)) {
                problems.add(problem(at, String.format(PLACE_BY_DROPPED, what, p.placement().how(), anchor,
                        source.line(dropped.get(anchor))), String.format(PLACE_BY_DROPPED_FIX, anchor)));
            } else if (absent.containsKey(anchor)) {
                problems.add(problem(at, String.format(PLACE_BY_LEFT_OUT, what, p.placement().how(), anchor, leftOut(anchor)),
                        PLACE_BY_LEFT_OUT_FIX));
            } else if (inside(anchor, p.node())) {
                problems.add(problem(at, String.format(PLACE_INSIDE_ITSELF, what, p.placement().how(), anchor),
                        String.format(PLACE_INSIDE_ITSELF_FIX, what)));
            } else if (waitingIds.contains(anchor) || byId.containsKey(anchor)) {
                problems.add(problem(at, String.format(PLACE_IN_CYCLE, what, p.placement().how(), anchor), PLACE_IN_CYCLE_FIX));
            } else {
                problems.add(unknown(at, anchor, String.format(PLACE_BY_UNKNOWN, what, p.placement().how(), anchor)));
            }
        }
    }

    private void insert(Node node, Node anchor, String how) {
        node.document = anchor.document;
        if (how.equals("under")) {
            node.parent = anchor;
            anchor.children.add(node);
            return;
        }
        List<Node> siblings = anchor.parent == null ? tops.get(anchor.document) : anchor.parent.children;
        int at = siblings.indexOf(anchor) + (how.equals("after") ? 1 : 0);
        node.parent = anchor.parent;
        siblings.add(at, node);
    }

    private void preface(Map<String, Manifest> manifests) {
        BodyParams.Preface preface = params.clauses().preface();
        if (preface == null) {
            return;
        }
        String document = preface.document();
        if (document == null) {
            document = params.documents().stream().filter(d -> d.visibility() == jp.policygen.model.Visibility.PUBLIC)
                    .map(Edition.DocumentSpec::source).findFirst().orElse(params.documents().get(0).source());
        }
        if (!tops.containsKey(document)) {
            List<String> ids = new ArrayList<>(tops.keySet());
            String near = Suggestions.nearest(document, ids);
            problems.add(problem(preface.pointer() + "/document", String.format(NO_DOCUMENT, params.id(), document),
                    near != null ? String.format(DID_YOU_MEAN, near) : String.format(CHOOSE_ONE_OF, String.join(", ", ids))));
            return;
        }
        String template = preface.file() != null ? "local:" + preface.file() : Composer.PREFACE_TEXT;
        ClauseSpec spec = new ClauseSpec(BodyParams.Preface.ID, preface.title(), template, null, false, List.of(),
                source.file(), source.line(preface.pointer()));
        Node n = new Node(spec, document);
        byId.put(spec.id(), n);
        tops.get(document).add(0, n);
    }

    /** Replaced and private clauses must be in the body's text. */
    private void checkNamed(BodyParams.ClauseChanges c, Map<String, String> dropped) {
        for (BodyParams.Replacement r : c.replace().values()) {
            named(r.id(), r.pointer(), "replace", dropped);
        }
        for (int i = 0; i < c.privateClauses().size(); i++) {
            named(c.privateClauses().get(i), "/clauses/private/" + i, "keep private", dropped);
        }
    }

    private void named(String id, String at, String verb, Map<String, String> dropped) {
        Node n = byId.get(id);
        if (n != null && attached(n)) {
            return;
        }
        if (dropped.containsKey(id)) {
            problems.add(problem(at, String.format(NAMED_DROPPED, verb, id, source.line(dropped.get(id))), NAMED_DROPPED_FIX));
        } else if (absent.containsKey(id)) {
            problems.add(problem(at, String.format(NAMED_LEFT_OUT, verb, id, leftOut(id)), NAMED_LEFT_OUT_FIX));
        } else if (n == null) {
            problems.add(unknown(at, id, String.format(NO_CLAUSE_TO, id, verb)));
        }
    }

    /** 「the condition options.violations leaves it out of this body's text」. */
    private String leftOut(String id) {
        Absent a = absent.get(id);
        return String.format(LEFT_OUT, a.condition());
    }

    private boolean attached(Node n) {
        Node top = n;
        while (top.parent != null) {
            top = top.parent;
        }
        List<Node> roots = top.document == null ? null : tops.get(top.document);
        return roots != null && roots.contains(top);
    }

    private static boolean inside(String id, Node node) {
        if (node.id().equals(id)) {
            return true;
        }
        for (Node c : node.children) {
            if (inside(id, c)) {
                return true;
            }
        }
        return false;
    }

    private void detach(Node n) {
        List<Node> siblings = n.parent == null ? tops.get(n.document) : n.parent.children;
        if (siblings != null) {
            siblings.remove(n);
        }
        n.parent = null;
    }

    private void forget(Node n, Map<String, String> dropped, String at) {
        byId.remove(n.id());
        dropped.put(n.id(), at);
        for (Node c : n.children) {
            forget(c, dropped, at);
        }
    }

    private String documentName(String source) {
        return params.documents().stream().filter(d -> d.source().equals(source)).map(Edition.DocumentSpec::name)
                .findFirst().orElse(source);
    }

    private Problem problem(String pointer, String message, String suggestion) {
        return source.problem(pointer, message).withSuggestion(suggestion);
    }

    /** An id that names nothing: with the nearest id the body's documents have. */
    private Problem unknown(String pointer, String id, String message) {
        Set<String> known = new LinkedHashSet<>(byId.keySet());
        known.addAll(absent.keySet());
        String near = Suggestions.nearest(id, known);
        return problem(pointer, message, near != null ? String.format(DID_YOU_MEAN, near)
                : String.format(IDS_ARE_LISTED, params.templates()));
    }
}
