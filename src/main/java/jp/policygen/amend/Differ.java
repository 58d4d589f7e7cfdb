package jp.policygen.amend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the operations that turn an old text into a new one, in the order drafters write them,
 * and applies each to a working copy of the old text ({@link Node}) as it goes, so that every
 * operation names provisions by the numbers they have at that point:
 * <ol>
 * <li>in the order of the text: deletions, and the changes inside provisions that keep their
 *     numbers (words, 見出し, the provisions under them, recursively);</li>
 * <li>renumbering: provisions moving to lower numbers from the first, those moving to higher
 *     numbers from the last (「第10条を第11条とし、第６条から第９条までを一条ずつ繰り下げ」), each
 *     after the changes inside it;</li>
 * <li>additions, in the order of the text (「第５条の次に次の一条を加える」).</li>
 * </ol>
 * A provision that moved is deleted where it was and added where it is. A provision whose words
 * changed mostly, or whose changes cannot be cited (bullets, a label printed twice, a sentence
 * printed twice in it), is rewritten whole (「第５条を次のように改める」). When even the text as a
 * whole cannot be cited so, {@link FullRevisionNeeded} asks for a 全部改正.
 */
final class Differ {

    /** The text changed in a way no partial amendment can cite. */
    static final class FullRevisionNeeded extends RuntimeException {
        FullRevisionNeeded(String why) {
            super(why);
        }
    }

    /** A provision whose words are less alike than this is rewritten whole rather than edited. */
    static final double REWRITE_BELOW = 0.5;
    /** … for an article as a whole. */
    static final double REWRITE_ARTICLE_BELOW = 0.3;
    /** A 見出し shorter than this, or less alike, is replaced whole (「の見出しを「（B）」に改める」). */
    static final int CAPTION_WORDS_FROM = 10;
    /**
     * Neighbours without a counter (「(3)」「1.6」「ア」) moved by one step are renumbered as one range
     * from this many on (「(3)から(6)までを(4)から(7)までとし」), fewer one by one (「(5)を(6)とし、(4)を(5)とし」):
     * the practice for 号の細分 (four or more in a row as a range), followed in published 改め文.
     */
    static final int RANGE_FROM = 4;

    private final Structure.Form form;
    private final Cite cite;
    private final boolean byId;
    private final WordEdits words = new WordEdits();
    private final Align align = new Align();
    private final List<Phrase> out = new ArrayList<>();
    private Node root;

    Differ(Structure.Form form, Structure.Digits digits, boolean byId) {
        this.form = form;
        this.cite = new Cite(form, digits);
        this.byId = byId;
    }

    Cite cite() {
        return cite;
    }

    /** The operations from {@code old} to {@code neu}, in order. */
    List<Phrase> diff(Structure old, Structure neu) {
        root = Node.root(old.provisions());
        title(old.title(), neu.title());
        boolean chapters = form == Structure.Form.ARTICLE
                && (root.children.stream().anyMatch(n -> n.kind == Provision.Kind.CHAPTER)
                || neu.provisions().stream().anyMatch(p -> p.kind() == Provision.Kind.CHAPTER));
        if (chapters) {
            chaptered(neu.provisions());
        } else {
            Plan plan = plan(root, root.children, neu.provisions(), null, j -> root);
            if (plan == null) {
                throw new FullRevisionNeeded("the top-level provisions cannot all be cited");
            }
            run(plan, true, true);
        }
        List<Provision> result = root.toProvision().children();
        if (!sameList(result, neu.provisions())) {
            throw new IllegalStateException("the amendment does not give the new text:\n" + describe(result) + "\n---\n"
                    + describe(neu.provisions()));
        }
        return out;
    }

    // ---------------------------------------------------------------- title

    private void title(String old, String neu) {
        if (Objects.equals(old, neu) || neu == null || old == null) {
            return;
        }
        List<String> scope = new ArrayList<>(List.of(old));
        List<Edit> edits = similar(old, neu) ? words.edits(scope, 0, neu) : null;
        if (edits != null && edits.size() <= 2) {
            out.add(new Phrase.Words(new Citation(List.of()), Phrase.Where.TITLE, edits));
        } else {
            out.add(new Phrase.Rewrite(new Citation(List.of()), Phrase.Where.TITLE,
                    Provision.of(Provision.Kind.SECTION, "", null, neu, List.of(), null)));
        }
    }

    // ---------------------------------------------------------------- lists

    /** Where an added provision goes: which node is its parent. */
    private interface Placement {
        Node parentOf(int newIndex);
    }

    /** The pairing of one list of old provisions with the new ones, checked to be citable. */
    private static final class Plan {
        Node parent;
        List<Node> olds;
        List<Provision> news;
        Provision newParent;
        int[] match;
        int[] back;
        Placement placement;
        Node[] nodeOfNew;
    }

    /**
     * Pairs a list and checks that every change in it can be cited; null when one cannot (the
     * caller rewrites the provision that holds the list).
     */
    private Plan plan(Node parent, List<Node> olds, List<Provision> news, Provision newParent, Placement placement) {
        List<Provision> oldProvisions = new ArrayList<>(olds.size());
        for (Node n : olds) {
            oldProvisions.add(n.toProvision());
        }
        int[] match = align.match(oldProvisions, news, byId);
        int[] back = new int[news.size()];
        Arrays.fill(back, -1);
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                back[match[i]] = i;
            }
        }
        Plan p = new Plan();
        p.parent = parent;
        p.olds = new ArrayList<>(olds);
        p.news = news;
        p.newParent = newParent;
        p.match = match;
        p.back = back;
        p.placement = placement;
        p.nodeOfNew = new Node[news.size()];
        for (int j = 0; j < news.size(); j++) {
            if (back[j] >= 0) {
                p.nodeOfNew[j] = olds.get(back[j]);
            }
        }
        // every old provision deleted, changed or renumbered must be citable
        for (int i = 0; i < olds.size(); i++) {
            Node n = olds.get(i);
            boolean touched = match[i] < 0 || !same(oldProvisions.get(i), news.get(match[i]))
                    || renumbered(n, news.get(match[i]), newParent);
            if (touched && !cite.citable(n)) {
                return null;
            }
        }
        // a label printed otherwise under the same number (「(1)」 → 「一」) cannot be renumbered: the
        // citation would not change; the provision holding the list is rewritten
        for (int i = 0; i < olds.size(); i++) {
            Node n = olds.get(i);
            if (match[i] >= 0 && renumbered(n, news.get(match[i]), newParent)) {
                String target = targetLabel(n, news.get(match[i]), newParent);
                String now = cite.part(n);
                if (now != null && halfWidth(now).equals(halfWidth(cite.renamed(n, target, positionOf(target, n))))) {
                    return null;
                }
            }
        }
        // new numbers must name one provision each; added provisions need something to be placed by
        Set<String> labels = new HashSet<>();
        for (int j = 0; j < news.size(); j++) {
            Provision q = news.get(j);
            boolean numbered = q.kind() != Provision.Kind.PARAGRAPH && q.kind() != Provision.Kind.TABLE
                    && q.kind() != Provision.Kind.NOTE;
            boolean changes = back[j] < 0 || renumbered(olds.get(back[j]), q, newParent);
            if (numbered && changes) {
                if (q.label().isEmpty() || Labels.isBullet(q.label()) || !labels.add(q.kind() + "|" + q.label())) {
                    return null;
                }
            } else if (numbered) {
                labels.add(q.kind() + "|" + q.label());
            }
        }
        for (int j = 0; j < news.size(); j++) {
            Provision q = news.get(j);
            if (!q.label().isEmpty() && q.kind() != Provision.Kind.PARAGRAPH && q.kind() != Provision.Kind.TABLE
                    && q.kind() != Provision.Kind.NOTE && Labels.isBullet(q.label()) && back[j] < 0) {
                return null;
            }
        }
        return p;
    }

    /**
     * Runs a plan: phase 1 (deletions and changes in place, in the order of the text), phase 2
     * (renumbering), phase 3 (additions).
     */
    private void run(Plan p, boolean content, boolean deletions) {
        run(p, content, deletions, i -> { });
    }

    /** … calling {@code beforeOld} before the first phase reaches each old provision (chapter names before their articles). */
    private void run(Plan p, boolean content, boolean deletions, java.util.function.IntConsumer beforeOld) {
        int[] match = p.match;
        Provision newParent = p.newParent;
        List<Node> olds = new ArrayList<>(p.olds);
        // phase 1
        for (int i = 0; i < olds.size(); i++) {
            beforeOld.accept(i);
            Node n = olds.get(i);
            if (match[i] < 0) {
                if (deletions) {
                    Citation c = cite.of(n);
                    out.add(new Phrase.Remove(c));
                    n.parent.children.remove(n);
                }
            } else if (content) {
                // changes inside a provision come in the order of the text, under its old number; its
                // renumbering follows in the chain of renumberings (「第12条中…に改め、同条を第13条とし、…」)
                node(n, p.news.get(match[i]));
            }
        }
        // phase 2: down (to lower numbers) from the first, up from the last
        List<Integer> down = new ArrayList<>();
        List<Integer> up = new ArrayList<>();
        for (int i = 0; i < olds.size(); i++) {
            if (match[i] >= 0 && renumbered(olds.get(i), p.news.get(match[i]), newParent)) {
                Provision q = p.news.get(match[i]);
                int cmp = compareNumbers(olds.get(i), targetLabel(olds.get(i), q, newParent), q);
                (cmp > 0 ? up : down).add(i);
            }
        }
        renumber(p, down, false, false);
        java.util.Collections.reverse(up);
        renumber(p, up, true, false);
        // phase 3
        insert(p);
    }

    /** Renumbers provisions in the order given, runs of the same step as one 繰下げ/繰上げ. */
    private void renumber(Plan p, List<Integer> order, boolean up, boolean content) {
        int oldMax = 0;
        for (Node n : p.olds) {
            oldMax = Math.max(oldMax, number(n, n.label));
        }
        int k = 0;
        while (k < order.size()) {
            int i = order.get(k);
            Node n = p.olds.get(i);
            Provision q = p.news.get(p.match[i]);
            String target = targetLabel(n, q, p.newParent);
            if (content) {
                node(n, q);
            }
            // a run of provisions moved by the same step, nothing changed inside, simple numbers, side by side
            int run = 1;
            String counter = cite.counter(n);
            int step = number(n, target) - number(n, n.label);
            // 「第10条を第11条とし、第６条から第９条までを一条ずつ繰り下げ」: the last article, moving past
            // the old numbers, goes by itself; a range named by its new numbers needs no such rule
            boolean first = counter != null && k == 0 && up && number(n, target) > oldMax;
            boolean simple = n.kind == Provision.Kind.PARAGRAPH || simple(n.label, target);
            if (simple && !first && step != 0) {
                while (k + run < order.size()) {
                    int i2 = order.get(k + run);
                    Node n2 = p.olds.get(i2);
                    Provision q2 = p.news.get(p.match[i2]);
                    String t2 = targetLabel(n2, q2, p.newParent);
                    // side by side in the list (through chapters for articles), nothing between them any more
                    boolean adjacent = Math.abs(order.get(k + run - 1) - i2) == 1
                            && n2.parent.children.contains(n2);
                    boolean unchanged = same(relabeled(n2.toProvision(), t2), relabeled(q2, t2));
                    if (adjacent && unchanged && (n2.kind == Provision.Kind.PARAGRAPH || simple(n2.label, t2))
                            && number(n2, t2) - number(n2, n2.label) == step) {
                        run++;
                    } else {
                        break;
                    }
                }
                if (run > 1 && !same(relabeled(n.toProvision(), target), relabeled(q, target))) {
                    run = 1; // the first carries changes of its own: it goes by itself
                }
                if (counter == null && run < RANGE_FROM) {
                    run = 1; // a short run without a counter is renumbered one by one
                }
            }
            if (run == 1) {
                Citation c = cite.of(n);
                out.add(new Phrase.Renumber(c, cite.renamed(n, target, positionOf(target, n))));
                relabel(n, target);
            } else if (counter == null) {
                // 「(3)から(6)までを(4)から(7)までとし」: from the lower number to the higher, old and new
                List<Node> group = new ArrayList<>();
                List<String> targets = new ArrayList<>();
                collectRun(p, order.subList(k, k + run), group, targets);
                int low = 0;
                int high = 0;
                for (int r = 1; r < run; r++) {
                    low = compareLabels(group.get(r), group.get(low)) < 0 ? r : low;
                    high = compareLabels(group.get(r), group.get(high)) > 0 ? r : high;
                }
                Node lo = group.get(low);
                Node hi = group.get(high);
                out.add(new Phrase.RenumberRange(cite.of(lo), cite.of(hi), run,
                        cite.renamed(lo, targets.get(low), positionOf(targets.get(low), lo)),
                        cite.renamed(hi, targets.get(high), positionOf(targets.get(high), hi))));
                for (int r = 0; r < run; r++) {
                    relabel(group.get(r), targets.get(r));
                }
            } else {
                List<Node> group = new ArrayList<>();
                List<String> targets = new ArrayList<>();
                collectRun(p, order.subList(k, k + run), group, targets);
                // the range is named from the lower number to the higher, as the provisions stand now
                java.util.Comparator<Node> byNumber = (a, b) -> compareLabels(a, b);
                Node low = group.stream().min(byNumber).orElseThrow();
                Node high = group.stream().max(byNumber).orElseThrow();
                out.add(new Phrase.Shift(cite.of(low), cite.of(high), run, Math.abs(step), step > 0, counter));
                for (int r = 0; r < run; r++) {
                    relabel(group.get(r), targets.get(r));
                }
            }
            k += run;
        }
    }

    /** The provisions of a run that moves together, and the number each of them takes. */
    private void collectRun(Plan p, List<Integer> run, List<Node> group, List<String> targets) {
        for (int ir : run) {
            group.add(p.olds.get(ir));
            targets.add(targetLabel(p.olds.get(ir), p.news.get(p.match[ir]), p.newParent));
        }
    }

    /**
     * A provision with a new number, the sections under it renumbered with it in a dotted text (as
     * {@link #relabel} does): what it reads once renumbered.
     */
    private Provision relabeled(Provision p, String label) {
        if (form == Structure.Form.ARTICLE || p.label().isEmpty() || label.isEmpty()) {
            return withLabel(p, label);
        }
        return new Provision(p.kind(), label, p.caption(), p.text(), cascaded(p.children(), p.label(), label), p.rows(), p.id(),
                p.deleted());
    }

    private static List<Provision> cascaded(List<Provision> children, String oldPrefix, String newPrefix) {
        List<Provision> out = new ArrayList<>(children.size());
        for (Provision c : children) {
            if (c.kind() == Provision.Kind.SECTION && Labels.isDotted(c.label()) && c.label().startsWith(oldPrefix + ".")) {
                String label = newPrefix + c.label().substring(oldPrefix.length());
                out.add(new Provision(c.kind(), label, c.caption(), c.text(), cascaded(c.children(), c.label(), label), c.rows(),
                        c.id(), c.deleted()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The number a label prints; the first 項, printed without one, is 1. */
    private static int number(Node n, String label) {
        return n.kind == Provision.Kind.PARAGRAPH && label.isEmpty() ? 1 : Labels.number(label);
    }

    private static boolean simple(String a, String b) {
        return Labels.numbers(a).size() == 1 && Labels.numbers(b).size() == 1;
    }

    /** The 1-based position a 項 label stands for (「」 the first, 「２」 the second). */
    private static int positionOf(String label, Node n) {
        if (n.kind != Provision.Kind.PARAGRAPH) {
            return 0;
        }
        return label.isEmpty() ? 1 : Labels.number(label);
    }

    /** Gives a node its new number; in a dotted text, the sections under it follow (2.1 becomes 3.1 when 2 becomes 3). */
    private void relabel(Node n, String label) {
        String old = n.label;
        n.label = label;
        if (form != Structure.Form.ARTICLE && !old.isEmpty() && !label.isEmpty()) {
            cascade(n, old, label);
        }
    }

    private static void cascade(Node n, String oldPrefix, String newPrefix) {
        for (Node c : n.children) {
            if (c.kind == Provision.Kind.SECTION && Labels.isDotted(c.label) && c.label.startsWith(oldPrefix + ".")) {
                String before = c.label;
                c.label = newPrefix + c.label.substring(oldPrefix.length());
                cascade(c, before, c.label);
            }
        }
    }

    /** Adds the new provisions of a list, runs of them at once, each placed after what precedes it. */
    private void insert(Plan p) {
        int j = 0;
        while (j < p.news.size()) {
            if (p.back[j] >= 0 || p.nodeOfNew[j] != null) {
                j++;
                continue;
            }
            Node parent = p.placement.parentOf(j);
            int end = j + 1;
            while (end < p.news.size() && p.back[end] < 0 && p.nodeOfNew[end] == null && p.placement.parentOf(end) == parent
                    && p.news.get(end).kind() == p.news.get(j).kind()) {
                end++;
            }
            // what the added provisions are placed by
            Node before = j > 0 && p.nodeOfNew[j - 1] != null && p.nodeOfNew[j - 1].parent == parent && cite.citable(p.nodeOfNew[j - 1])
                    ? p.nodeOfNew[j - 1] : null;
            Node after = null;
            if (before == null) {
                for (int k = end; k < p.news.size(); k++) {
                    if (p.nodeOfNew[k] != null && p.nodeOfNew[k].parent == parent) {
                        after = cite.citable(p.nodeOfNew[k]) ? p.nodeOfNew[k] : null;
                        break;
                    }
                }
            }
            List<Provision> added = new ArrayList<>(p.news.subList(j, end));
            Phrase.Position position;
            Citation anchor;
            int index;
            if (before != null) {
                position = Phrase.Position.AFTER;
                anchor = cite.of(before);
                index = parent.children.indexOf(before) + 1;
            } else if (after != null) {
                position = Phrase.Position.BEFORE;
                anchor = cite.of(after);
                index = parent.children.indexOf(after);
            } else {
                position = Phrase.Position.INTO;
                anchor = parent.isRoot() ? new Citation(List.of()) : cite.of(parent);
                if (anchor == null) {
                    throw new FullRevisionNeeded("an addition to a provision that cannot be cited");
                }
                index = intoIndex(parent, added.get(0).kind());
            }
            Node sample = Node.added(added.get(0));
            sample.parent = parent;
            String counter = cite.counter(sample);
            out.add(new Phrase.Add(anchor, position, added, counter));
            for (int k = j; k < end; k++) {
                Node n = Node.added(p.news.get(k));
                parent.add(index++, n);
                p.nodeOfNew[k] = n;
            }
            j = end;
        }
    }

    /** Where 「Xに次の…を加える」 puts what it adds: at the end, but a chapter's own text stays before its articles. */
    static int intoIndex(Node parent, Provision.Kind kind) {
        if (kind != Provision.Kind.ARTICLE && kind != Provision.Kind.CHAPTER) {
            for (int i = 0; i < parent.children.size(); i++) {
                Provision.Kind k = parent.children.get(i).kind;
                if (k == Provision.Kind.ARTICLE || k == Provision.Kind.CHAPTER) {
                    return i;
                }
            }
        }
        return parent.children.size();
    }

    // ---------------------------------------------------------------- one provision

    /** The changes inside a provision that keeps its place: rewritten whole, or its 見出し, words and sub-provisions. */
    private void node(Node n, Provision q) {
        Provision now = n.toProvision();
        if (same(withLabel(now, q.label()), q)) {
            return;
        }
        if (mustRewrite(n, now, q)) {
            rewrite(n, q);
            return;
        }
        Plan children = null;
        if (!sameList(now.children(), q.children())) {
            children = plan(n, new ArrayList<>(n.children), q.children(), q, j -> n);
            if (children == null) {
                rewrite(n, q);
                return;
            }
        }
        caption(n, q);
        if (!textOwn(n, q)) {
            rewrite(n, q);
            return;
        }
        if (children != null) {
            run(children, true, true);
        }
    }

    private boolean mustRewrite(Node n, Provision now, Provision q) {
        if (now.deleted() != q.deleted() || now.kind() == Provision.Kind.TABLE || now.kind() == Provision.Kind.NOTE) {
            return true;
        }
        double sim = align.similarity(now, q);
        if (now.kind() == Provision.Kind.ARTICLE || now.kind() == Provision.Kind.SECTION || now.kind() == Provision.Kind.CHAPTER) {
            return sim < REWRITE_ARTICLE_BELOW && now.size() > 0;
        }
        boolean leaf = now.children().isEmpty() && q.children().isEmpty();
        return leaf && sim < REWRITE_BELOW;
    }

    /** Rewrites a provision whole, under the number it has now (a renumbering follows separately). */
    private void rewrite(Node n, Provision q) {
        if (n.kind == Provision.Kind.PARAGRAPH && n.parent.kind == Provision.Kind.ARTICLE && n.sameKind().size() == 1) {
            // the sole 項 is the article: rewrite the article
            Node article = n.parent;
            Provision a = article.toProvision();
            rewrite(article, new Provision(a.kind(), a.label(), a.caption(), a.text(), List.of(withLabel(q, n.label)), a.rows(),
                    a.id(), a.deleted()));
            return;
        }
        Citation c = cite.of(n);
        if (c == null) {
            Node parent = n.parent;
            if (parent == null || parent.isRoot()) {
                throw new FullRevisionNeeded("a change that cannot be cited: " + n);
            }
            Provision pp = parent.toProvision();
            List<Provision> cs = new ArrayList<>(pp.children());
            cs.set(parent.children.indexOf(n), q);
            rewrite(parent, pp.withChildren(cs));
            return;
        }
        Provision replacement = underCurrentNumber(q, n.label);
        out.add(new Phrase.Rewrite(c, Phrase.Where.TEXT, replacement));
        n.caption = replacement.caption();
        n.text = replacement.text();
        n.rows = replacement.rows();
        n.deleted = replacement.deleted();
        n.children.clear();
        for (Provision cp : replacement.children()) {
            n.add(Node.added(cp));
        }
    }

    /** A new provision under the number its node has now; in a dotted text the sections under it follow. */
    private Provision underCurrentNumber(Provision q, String label) {
        if (q.label().equals(label)) {
            return q;
        }
        Provision r = withLabel(q, label);
        if (form != Structure.Form.ARTICLE && !q.label().isEmpty() && !label.isEmpty()) {
            r = prefixed(r, q.label(), label);
        }
        return r;
    }

    private static Provision prefixed(Provision p, String oldPrefix, String newPrefix) {
        List<Provision> cs = new ArrayList<>();
        for (Provision c : p.children()) {
            if (c.kind() == Provision.Kind.SECTION && Labels.isDotted(c.label()) && c.label().startsWith(oldPrefix + ".")) {
                String l = newPrefix + c.label().substring(oldPrefix.length());
                cs.add(prefixed(withLabel(c, l), c.label(), l));
            } else {
                cs.add(c);
            }
        }
        return p.withChildren(cs);
    }

    /** The 見出し (or 章名) of an article, a section or a chapter. */
    private void caption(Node n, Provision q) {
        if (n.captionIsText() || Objects.equals(n.caption, q.caption())) {
            return;
        }
        Citation c = cite.of(n);
        if (n.kind == Provision.Kind.CHAPTER) {
            List<Edit> edits = n.caption != null && q.caption() != null && similar(n.caption, q.caption())
                    && n.caption.length() >= CAPTION_WORDS_FROM ? words.edits(new ArrayList<>(List.of(n.caption)), 0, q.caption()) : null;
            if (edits != null) {
                out.add(new Phrase.Words(c, Phrase.Where.CHAPTER_NAME, edits));
            } else {
                out.add(new Phrase.Rewrite(c, Phrase.Where.CHAPTER_NAME,
                        Provision.of(Provision.Kind.CHAPTER, n.label, q.caption(), null, List.of(), null)));
            }
            n.caption = q.caption();
            return;
        }
        boolean brackets = n.kind == Provision.Kind.ARTICLE;
        if (n.caption != null && q.caption() != null && n.caption.length() >= CAPTION_WORDS_FROM && similar(n.caption, q.caption())) {
            List<Edit> edits = words.edits(new ArrayList<>(List.of(n.caption)), 0, q.caption());
            if (edits != null) {
                out.add(new Phrase.Words(c, Phrase.Where.CAPTION, edits));
                n.caption = q.caption();
                return;
            }
        }
        String quoted = q.caption() == null ? null : brackets ? "（" + q.caption() + "）" : q.caption();
        out.add(new Phrase.Caption(c, quoted, n.caption != null));
        n.caption = q.caption();
    }

    /** The provision's own words (its text; an item's term too); false when they cannot be cited. */
    private boolean textOwn(Node n, Provision q) {
        if (n.captionIsText() && !Objects.equals(n.caption, q.caption())) {
            if (n.caption == null || q.caption() == null || !edit(n, true, q.caption())) {
                return false;
            }
        }
        if (!Objects.equals(n.text, q.text())) {
            if (n.text == null || q.text() == null) {
                return false;
            }
            return edit(n, false, q.text());
        }
        return true;
    }

    /** Edits one line of a node (its caption or its text), cited by the provision that reads best. */
    private boolean edit(Node n, boolean captionLine, String neu) {
        for (Node scope : scopes(n)) {
            if (!cite.citable(scope)) {
                continue;
            }
            List<String> lines = scope.quotableLines();
            int index = indexOf(scope, n, captionLine);
            if (index < 0) {
                continue;
            }
            List<Edit> edits = words.edits(lines, index, neu);
            if (edits == null) {
                continue;
            }
            out.add(new Phrase.Words(cite.of(scope), Phrase.Where.TEXT, edits));
            if (captionLine) {
                n.caption = neu;
            } else {
                n.text = neu;
            }
            return true;
        }
        return false;
    }

    /** The provisions a line of {@code n} may be cited by, the one drafters cite first. */
    private static List<Node> scopes(Node n) {
        List<Node> out = new ArrayList<>();
        if (n.kind == Provision.Kind.PARAGRAPH) {
            Provision.Kind parent = n.parent.kind;
            if (parent == Provision.Kind.SECTION && !n.parent.isRoot()) {
                out.add(n.parent);
            } else if (parent == Provision.Kind.ITEM || parent == Provision.Kind.NOTE) {
                out.add(n.parent);
            }
        }
        out.add(n);
        return out;
    }

    /** The index of a node's caption or text among the quotable lines of a scope. */
    private static int indexOf(Node scope, Node n, boolean captionLine) {
        int[] at = {0};
        int found = find(scope, n, captionLine, at, true);
        return found;
    }

    private static int find(Node x, Node n, boolean captionLine, int[] at, boolean top) {
        boolean captionCounts = x.caption != null && (!top || x.captionIsText());
        if (captionCounts) {
            if (x == n && captionLine) {
                return at[0];
            }
            at[0]++;
        }
        if (x.text != null) {
            if (x == n && !captionLine) {
                return at[0];
            }
            at[0]++;
        }
        for (List<String> row : x.rows) {
            at[0] += row.size();
        }
        for (Node c : x.children) {
            int f = find(c, n, captionLine, at, false);
            if (f >= 0) {
                return f;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- chapters (例規 with 第N章)

    /**
     * A text in chapters: articles are numbered through the whole text, so they are one list
     * across chapters (an article added at a chapter's start is placed 「第11条の前に」, in that
     * chapter); chapters deleted go first (with their articles), chapters renumbered and added
     * (with their articles) last.
     */
    private void chaptered(List<Provision> newTop) {
        List<Node> oldChapters = new ArrayList<>();
        for (Node n : root.children) {
            if (n.kind == Provision.Kind.CHAPTER) {
                oldChapters.add(n);
            }
        }
        List<Provision> newChapters = newTop.stream().filter(p -> p.kind() == Provision.Kind.CHAPTER).toList();
        // what stands outside chapters and articles (a preface): a list of its own, before the chapters
        List<Node> oldOther = new ArrayList<>();
        for (Node n : root.children) {
            if (n.kind != Provision.Kind.CHAPTER && n.kind != Provision.Kind.ARTICLE) {
                oldOther.add(n);
            }
        }
        List<Provision> newOther = newTop.stream()
                .filter(p -> p.kind() != Provision.Kind.CHAPTER && p.kind() != Provision.Kind.ARTICLE).toList();
        if (!sameList(oldOther.stream().map(Node::toProvision).toList(), newOther)) {
            Plan other = plan(root, oldOther, newOther, null, j -> root);
            if (other == null) {
                throw new FullRevisionNeeded("a change outside the chapters that cannot be cited");
            }
            run(other, true, true);
        }

        Plan chapters = plan(root, oldChapters, newChapters, null, j -> root);
        if (chapters == null) {
            throw new FullRevisionNeeded("chapters that cannot be cited");
        }
        for (int i = 0; i < oldChapters.size(); i++) {
            if (chapters.match[i] >= 0 && !sameContainers(oldChapters.get(i), newChapters.get(chapters.match[i]))) {
                throw new FullRevisionNeeded("the divisions (節) of a chapter changed");
            }
        }
        // 1. chapters deleted, with their articles
        for (int i = 0; i < oldChapters.size(); i++) {
            if (chapters.match[i] < 0) {
                Node n = oldChapters.get(i);
                out.add(new Phrase.Remove(cite.of(n)));
                root.children.remove(n);
            }
        }
        // 2. the articles, through the text
        List<Provision> newArticles = new ArrayList<>();
        List<Node> newParents = new ArrayList<>();
        Set<Provision> addedWithChapter = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Provision top : newTop) {
            if (top.kind() == Provision.Kind.ARTICLE) {
                newArticles.add(top);
                newParents.add(root);
            } else if (top.kind() == Provision.Kind.CHAPTER) {
                int j = newChapters.indexOf(top);
                Node chapter = chapters.back[j] >= 0 ? oldChapters.get(chapters.back[j]) : null;
                collectArticles(top, chapter, newArticles, newParents, addedWithChapter);
            }
        }
        List<Node> oldArticles = new ArrayList<>();
        collectArticles(root, oldArticles);
        List<Provision> keptNew = new ArrayList<>();
        List<Node> keptParents = new ArrayList<>();
        for (int k = 0; k < newArticles.size(); k++) {
            if (!addedWithChapter.contains(newArticles.get(k))) {
                keptNew.add(newArticles.get(k));
                keptParents.add(newParents.get(k));
            }
        }
        Plan articles = plan(root, oldArticles, keptNew, null, keptParents::get);
        if (articles == null) {
            throw new FullRevisionNeeded("articles that cannot be cited");
        }
        // an article that moved to another chapter is deleted and added
        for (int i = 0; i < oldArticles.size(); i++) {
            int j = articles.match[i];
            if (j >= 0 && oldArticles.get(i).parent != keptParents.get(j)) {
                articles.match[i] = -1;
                articles.back[j] = -1;
                articles.nodeOfNew[j] = null;
            }
        }
        // chapter names and chapter text in the order of the text, before each chapter's articles
        Set<Node> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Node, Provision> newChapterOf = new IdentityHashMap<>();
        for (int i = 0; i < oldChapters.size(); i++) {
            if (chapters.match[i] >= 0) {
                newChapterOf.put(oldChapters.get(i), newChapters.get(chapters.match[i]));
            }
        }
        List<Node> olds = new ArrayList<>(articles.olds);
        java.util.function.IntConsumer chapterFirst = i -> {
            List<Node> chain = new ArrayList<>();
            for (Node c = olds.get(i).parent; c != null && !c.isRoot(); c = c.parent) {
                chain.add(0, c);
            }
            for (Node c : chain) {
                if (c.kind == Provision.Kind.CHAPTER && newChapterOf.containsKey(c) && done.add(c)) {
                    // chapters before this one without articles of their own
                    for (Node earlier : oldChapters) {
                        if (earlier == c) {
                            break;
                        }
                        if (newChapterOf.containsKey(earlier) && done.add(earlier)) {
                            chapterContent(earlier, newChapterOf.get(earlier));
                        }
                    }
                    chapterContent(c, newChapterOf.get(c));
                }
            }
        };
        run(articles, true, true, chapterFirst);
        for (Node c : oldChapters) {
            if (newChapterOf.containsKey(c) && done.add(c)) {
                chapterContent(c, newChapterOf.get(c));
            }
        }
        // 3. chapters renumbered and added (with their articles)
        Plan rest = new Plan();
        rest.parent = root;
        rest.olds = new ArrayList<>(root.children.stream().filter(n -> n.kind == Provision.Kind.CHAPTER).toList());
        rest.news = newChapters;
        rest.placement = j -> root;
        rest.match = new int[rest.olds.size()];
        rest.back = new int[newChapters.size()];
        rest.nodeOfNew = new Node[newChapters.size()];
        Arrays.fill(rest.back, -1);
        for (int i = 0; i < rest.olds.size(); i++) {
            // the chapters kept are those paired at the start
            Node n = rest.olds.get(i);
            int j = chapters.match[oldChapters.indexOf(n)];
            rest.match[i] = j;
            rest.back[j] = i;
            rest.nodeOfNew[j] = n;
        }
        run(rest, false, false);
    }

    /** 章名 and the chapter's own text (not its articles). */
    private void chapterContent(Node chapter, Provision q) {
        caption(chapter, q);
        List<Node> olds = new ArrayList<>();
        for (Node c : chapter.children) {
            if (c.kind != Provision.Kind.ARTICLE && c.kind != Provision.Kind.CHAPTER) {
                olds.add(c);
            }
        }
        List<Provision> news = q.children().stream()
                .filter(p -> p.kind() != Provision.Kind.ARTICLE && p.kind() != Provision.Kind.CHAPTER).toList();
        if (!sameList(olds.stream().map(Node::toProvision).toList(), news)) {
            Plan p = plan(chapter, olds, news, q, j -> chapter);
            if (p == null) {
                throw new FullRevisionNeeded("a chapter's own text that cannot be cited");
            }
            run(p, true, true);
        }
        // sections (節) inside: their names
        List<Node> subs = chapter.children.stream().filter(c -> c.kind == Provision.Kind.CHAPTER).toList();
        List<Provision> newSubs = q.children().stream().filter(p -> p.kind() == Provision.Kind.CHAPTER).toList();
        for (int k = 0; k < subs.size() && k < newSubs.size(); k++) {
            chapterContent(subs.get(k), newSubs.get(k));
        }
    }

    private static boolean sameContainers(Node chapter, Provision q) {
        List<String> a = chapter.children.stream().filter(c -> c.kind == Provision.Kind.CHAPTER).map(c -> c.label).toList();
        List<String> b = q.children().stream().filter(c -> c.kind() == Provision.Kind.CHAPTER).map(Provision::label).toList();
        return a.equals(b);
    }

    private static void collectArticles(Node n, List<Node> out) {
        for (Node c : n.children) {
            if (c.kind == Provision.Kind.ARTICLE) {
                out.add(c);
            } else if (c.kind == Provision.Kind.CHAPTER) {
                collectArticles(c, out);
            }
        }
    }

    private static void collectArticles(Provision chapter, Node node, List<Provision> articles, List<Node> parents,
                                        Set<Provision> addedWithChapter) {
        List<Node> subNodes = node == null ? List.of()
                : node.children.stream().filter(c -> c.kind == Provision.Kind.CHAPTER).toList();
        int sub = 0;
        for (Provision c : chapter.children()) {
            if (c.kind() == Provision.Kind.ARTICLE) {
                articles.add(c);
                parents.add(node);
                if (node == null) {
                    addedWithChapter.add(c);
                }
            } else if (c.kind() == Provision.Kind.CHAPTER) {
                Node subNode = node != null && sub < subNodes.size() ? subNodes.get(sub) : null;
                sub++;
                collectArticles(c, subNode, articles, parents, addedWithChapter);
            }
        }
    }

    // ---------------------------------------------------------------- numbers

    /** Whether the number a provision prints changes (a 段落, table or note is counted, not numbered). */
    private boolean renumbered(Node n, Provision q, Provision newParent) {
        if (n.kind == Provision.Kind.TABLE || n.kind == Provision.Kind.NOTE
                || n.kind == Provision.Kind.PARAGRAPH && (n.parent == null || n.parent.kind != Provision.Kind.ARTICLE)) {
            return false;
        }
        return !n.label.equals(targetLabel(n, q, newParent));
    }

    /**
     * The label a provision is to have, read under its parent's current number: in a dotted text a
     * section 3.4 under 3 is 2.4 while its parent is still 2 (the parent's own renumbering moves it on).
     */
    private String targetLabel(Node n, Provision q, Provision newParent) {
        String label = q.label();
        if (form != Structure.Form.ARTICLE && newParent != null && n.parent != null && !n.parent.isRoot()
                && Labels.isDotted(label) && !newParent.label().isEmpty() && label.startsWith(newParent.label() + ".")) {
            return n.parent.label + label.substring(newParent.label().length());
        }
        return label;
    }

    private static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return out.toString();
    }

    /** Orders two provisions of one list by the numbers they print now (a 項 by its place). */
    private static int compareLabels(Node a, Node b) {
        if (a.kind == Provision.Kind.PARAGRAPH) {
            return Integer.compare(a.position(), b.position());
        }
        List<Integer> x = Labels.numbers(a.label);
        List<Integer> y = Labels.numbers(b.label);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Integer.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static int compareNumbers(Node n, String target, Provision q) {
        List<Integer> a = n.kind == Provision.Kind.PARAGRAPH && n.label.isEmpty() ? List.of(1) : Labels.numbers(n.label);
        List<Integer> b = n.kind == Provision.Kind.PARAGRAPH && target.isEmpty() ? List.of(1) : Labels.numbers(target);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(b.get(i), a.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(b.size(), a.size());
    }

    // ---------------------------------------------------------------- equality

    static Provision withLabel(Provision p, String label) {
        return new Provision(p.kind(), label, p.caption(), p.text(), p.children(), p.rows(), p.id(), p.deleted());
    }

    /** The same printed text (clause ids aside). */
    static boolean same(Provision a, Provision b) {
        if (a.kind() != b.kind() || !a.label().equals(b.label()) || !Objects.equals(a.caption(), b.caption())
                || !Objects.equals(a.text(), b.text()) || !a.rows().equals(b.rows()) || a.deleted() != b.deleted()) {
            return false;
        }
        return sameList(a.children(), b.children());
    }

    static boolean sameList(List<Provision> a, List<Provision> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean similar(String a, String b) {
        Provision x = Provision.of(Provision.Kind.PARAGRAPH, "", null, a, List.of(), null);
        Provision y = Provision.of(Provision.Kind.PARAGRAPH, "", null, b, List.of(), null);
        return align.similarity(x, y) >= 0.5;
    }

    private static String describe(List<Provision> ps) {
        StringBuilder out = new StringBuilder();
        for (Provision p : ps) {
            out.append(p.fullText());
        }
        return out.toString();
    }
}
