package jp.policygen.numbering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;
import jp.policygen.text.JapaneseLists;

/** Walks a document once and leaves the choice of labels and words to the concrete style. */
abstract class AbstractStyle implements NumberingStyle {

    /** State of one walk; styles that count across the tree (articles) keep counters here. */
    static final class Walk {
        final PolicyDocument document;
        int order;
        int articles;

        Walk(PolicyDocument document) {
            this.document = document;
        }

        int documentChapter() {
            return document.info().layout().documentChapter();
        }

        int articleLevel() {
            return document.info().layout().articleLevel();
        }
    }

    @Override
    public final Numbering number(PolicyDocument document) {
        Map<String, Numbered> entries = new LinkedHashMap<>();
        walk(document.sections(), null, 1, new ArrayList<>(), new Walk(document), entries);
        return new Numbering(document, entries, this);
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
            int article = !unnumbered && isArticle(level, walk) ? ++walk.articles : 0;
            String label = unnumbered ? "" : label(level, path, article, walk);
            int rung = rungOf(level, walk);
            Numbered entry = new Numbered(section, parentId, level, path, walk.order++, label, rung, article);
            if (entries.put(section.id(), entry) != null) {
                throw new IllegalArgumentException("clause id '" + section.id() + "' appears twice in "
                        + walk.document.info().title());
            }
            walk(section.children(), section.id(), level + 1, path, walk, entries);
        }
    }

    boolean isArticle(int level, Walk walk) {
        return false;
    }

    abstract String label(int level, List<Integer> path, int article, Walk walk);

    /** The rung (of {@link Labels#rung}) a section's own label stands on; its items take the next. */
    abstract int rungOf(int level, Walk walk);

    String heading(Numbered entry, String title) {
        return entry.label() + " " + title;
    }

    String itemLabel(Numbered owner, int depth, int n) {
        return Labels.rung(owner.rung() + depth, n);
    }

    String paragraphPrefix(Numbered owner, int n) {
        return "";
    }

    /** The labels from the top down to this section, as a reader needs to find it. */
    String fullLabel(Numbered entry, Map<String, Numbered> entries) {
        StringBuilder out = new StringBuilder();
        for (Numbered e : lineage(entry, entries)) {
            out.append(e.label());
        }
        return out.toString();
    }

    /** 「上記3」「下記5」「上記6、7及び8」; bare: 「3」. */
    String referenceText(List<Numbered> targets, Numbered from, boolean bare, Map<String, Numbered> entries) {
        List<String> labels = new ArrayList<>();
        for (Numbered t : targets) {
            labels.add(fullLabel(t, entries));
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

    static List<Numbered> lineage(Numbered entry, Map<String, Numbered> entries) {
        List<Numbered> chain = new ArrayList<>();
        for (Numbered e = entry; e != null; e = e.parentId() == null ? null : entries.get(e.parentId())) {
            chain.add(0, e);
        }
        return chain;
    }
}
