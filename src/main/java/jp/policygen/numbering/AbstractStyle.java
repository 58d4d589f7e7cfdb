package jp.policygen.numbering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.model.Block;
import jp.policygen.model.Layout;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;
import jp.policygen.text.JapaneseLists;

/** Walks a document once and leaves the choice of labels and words to the concrete style. */
abstract class AbstractStyle implements NumberingStyle {

    /** State of one walk; styles that count across the tree (articles) keep their numbers here. */
    static final class Walk {
        final PolicyDocument document;
        int order;
        /** The articles and their numbers, for the article style (null elsewhere). */
        ArticleSlots articles;

        Walk(PolicyDocument document) {
            this.document = document;
        }

        int documentChapter() {
            return document.info().layout().documentChapter();
        }

        int articleLevel() {
            return document.info().layout().articleLevel();
        }

        Layout layout() {
            return document.info().layout();
        }
    }

    @Override
    public final Numbering number(PolicyDocument document) {
        Map<String, Numbered> entries = new LinkedHashMap<>();
        Walk walk = new Walk(document);
        prepare(walk);
        walk(document.sections(), null, 1, new ArrayList<>(), walk, entries);
        return new Numbering(document, entries, this, walk.articles);
    }

    /** Before the walk: what the style counts across the whole document. */
    void prepare(Walk walk) {
    }

    private void walk(List<Section> sections, String parentId, int level, List<Integer> parentPath,
                      Walk walk, Map<String, Numbered> entries) {
        int index = 0;
        for (Section section : sections) {
            // a section printed without a number (a preface: found "") takes none and counts for nothing
            boolean unnumbered = section.found() != null && section.found().isEmpty();
            if (!unnumbered) {
                index++;
            }
            List<Integer> path = new ArrayList<>(parentPath);
            path.add(index);
            ArticleSlots.Slot slot = unnumbered || walk.articles == null ? null : walk.articles.get(section.id());
            int article = slot == null ? 0 : slot.article();
            int branch = slot == null ? 0 : slot.branch();
            String label = unnumbered ? "" : label(level, path, article, branch, walk);
            int rung = rungOf(level, walk);
            Numbered entry = new Numbered(section, parentId, level, path, walk.order++, label, rung, article, branch);
            if (entries.put(section.id(), entry) != null) {
                throw new IllegalArgumentException("clause id '" + section.id() + "' appears twice in "
                        + walk.document.info().title());
            }
            walk(section.children(), section.id(), level + 1, path, walk, entries);
        }
    }

    abstract String label(int level, List<Integer> path, int article, int branch, Walk walk);

    /** The rung (of {@link Labels#rung}) a section's own label stands on; its items take the next. */
    abstract int rungOf(int level, Walk walk);

    String heading(Numbered entry, String title) {
        return entry.label() + " " + title;
    }

    String itemLabel(Numbered owner, int depth, int n, Numbering numbering) {
        return Labels.rung(owner.rung() + depth, n);
    }

    String paragraphPrefix(Numbered owner, int n, Numbering numbering) {
        return "";
    }

    /** Whether the items of a section's first list are its 項 (the article style); false elsewhere. */
    boolean paragraphItems(Numbered owner, Numbering numbering) {
        return false;
    }

    /** The caption printed on its own line above an article (「（目的）」), or null. */
    String caption(Numbered entry, String title) {
        return null;
    }

    /** What stands between a label and its text on a line. */
    String labelGap() {
        return " ";
    }

    /** The text's own numbers as the style prints them (the article style's house digits). */
    String digits(String text, Layout layout) {
        return text;
    }

    /** The labels from the top down to this section, as a reader needs to find it. */
    String fullLabel(Numbered entry, Numbering numbering) {
        StringBuilder out = new StringBuilder();
        for (Numbered e : numbering.lineage(entry)) {
            out.append(e.label());
        }
        return out.toString();
    }

    /**
     * 「上記3」「下記5」「上記6、7及び8」; bare: 「3」. {@code previous} is the reference before this
     * one in the same paragraph (null: none), for the words that lean on it (「同条」).
     */
    String referenceText(List<Numbered> targets, Numbered from, boolean bare, Numbered previous, Numbering numbering) {
        List<String> labels = new ArrayList<>();
        for (Numbered t : targets) {
            labels.add(fullLabel(t, numbering));
        }
        String joined = JapaneseLists.join(labels, "及び");
        if (bare) {
            return joined;
        }
        Numbered first = targets.get(0);
        if (first.order() == from.order()) {
            return joined;
        }
        return (first.order() < from.order() ? "上記" : "下記") + joined;
    }

    /** Words the style prints as an article's text when the article has none of its own, or null. */
    String impliedLead(Numbered entry, String title) {
        return null;
    }

    /** Whether a block list opens with a numbered list of untitled items (a list of rules). */
    static boolean opensWithRules(List<Block> blocks) {
        return !blocks.isEmpty() && blocks.get(0) instanceof Block.ItemList l && l.numbered()
                && l.items().stream().allMatch(i -> i.title().isEmpty() && i.found() == null);
    }
}
