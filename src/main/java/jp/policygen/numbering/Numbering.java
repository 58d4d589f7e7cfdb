package jp.policygen.numbering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.policygen.model.Inline;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;

/**
 * A document's numbers, as one style assigned them. Writers ask it for headings, item labels,
 * paragraph numbers and the words of cross references; nothing is written into the model.
 */
public final class Numbering {

    private final PolicyDocument document;
    private final Map<String, Numbered> entries;
    private final AbstractStyle style;

    Numbering(PolicyDocument document, Map<String, Numbered> entries, AbstractStyle style) {
        this.document = document;
        this.entries = Map.copyOf(entries);
        this.style = style;
    }

    public PolicyDocument document() {
        return document;
    }

    public String styleName() {
        return style.name();
    }

    public Numbered entry(String id) {
        Numbered e = entries.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no clause '" + id + "' in " + document.info().title());
        }
        return e;
    }

    public boolean contains(String id) {
        return entries.containsKey(id);
    }

    /** The label alone: 「1.3」「(2)」「第5条」. */
    public String label(Section section) {
        return entry(section.id()).label();
    }

    /**
     * The heading line: 「1.3 目的」「第5条（目的）」「第2章 組織体制」. An imported section keeps the
     * number it was printed with, so its text reads as the body wrote it.
     */
    public String heading(Section section) {
        Numbered entry = entry(section.id());
        if (section.found() != null && section.found().isEmpty()) {
            return section.titleText(); // printed without a number: a preface
        }
        if (section.found() != null) {
            Numbered asFound = new Numbered(section, entry.parentId(), entry.level(), entry.path(), entry.order(),
                    section.found(), entry.rung(), section.found().startsWith("第") && section.found().contains("条") ? 1 : 0);
            return section.titleText().isEmpty() ? section.found() : style.heading(asFound, section.titleText());
        }
        return style.heading(entry, section.titleText());
    }

    /** The chapter line when the document is one chapter of a book-form policy, or null. */
    public String documentChapterHeading() {
        int chapter = document.info().layout().documentChapter();
        return chapter == 0 ? null : "第" + chapter + "章 " + document.info().kind().japaneseName();
    }

    /** The label of item {@code n} (1-based) of a numbered list nested {@code depth} deep (1 = top) in a section. */
    public String itemLabel(Section owner, int depth, int n) {
        return style.itemLabel(entry(owner.id()), depth, n);
    }

    /** The prefix of the {@code n}-th (1-based) paragraph of a section: 「２」 for 項 in the article style. */
    public String paragraphPrefix(Section owner, int n) {
        return style.paragraphPrefix(entry(owner.id()), n);
    }

    /** The words of a cross reference made in {@code from}: 「上記3」「上記6、7及び8」「前条」. */
    public String referenceText(Inline.Ref ref, Section from) {
        List<Numbered> targets = new ArrayList<>();
        for (String id : ref.targets()) {
            targets.add(entry(id));
        }
        return style.referenceText(targets, entry(from.id()), ref.bare(), entries);
    }

    /** The unambiguous number of a section: 「4(2)」「1.4(1)」「第5条第2号」. */
    public String fullLabel(Section section) {
        return style.fullLabel(entry(section.id()), entries);
    }
}
