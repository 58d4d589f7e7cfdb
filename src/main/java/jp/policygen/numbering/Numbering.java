package jp.policygen.numbering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.model.Inline;
import jp.policygen.model.Layout;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;

/**
 * A document's numbers, as one style assigned them. Writers ask it for headings, item labels,
 * paragraph numbers and the words of cross references; nothing is written into the model.
 * In the article style it also knows the articles in printed order, with those a revision
 * deleted ({@link #deleted}), which hold their number but no text.
 */
public final class Numbering {

    private final PolicyDocument document;
    private final Map<String, Numbered> entries;
    private final AbstractStyle style;
    /** Articles in printed order, deleted ones included (empty outside the article style). */
    private final List<Numbered> articles;
    private final Map<String, Numbered> deleted;

    Numbering(PolicyDocument document, Map<String, Numbered> entries, AbstractStyle style, ArticleSlots slots) {
        this.document = document;
        this.style = style;
        Map<String, Numbered> all = new LinkedHashMap<>(entries);
        List<Numbered> printed = new ArrayList<>();
        Map<String, Numbered> gone = new LinkedHashMap<>();
        if (slots != null) {
            for (ArticleSlots.Slot slot : slots.slots()) {
                if (slot.deleted()) {
                    Numbered parent = slot.parentId() == null ? null : entries.get(slot.parentId());
                    Section stub = new Section(slot.id(), List.of(), List.of(), List.of(), Provenance.TEMPLATE, null);
                    Numbered d = new Numbered(stub, slot.parentId(), parent == null ? 1 : parent.level() + 1,
                            List.of(0), -1, ArticleStyle.articleLabel(slot.article(), slot.branch(), document.info().layout()),
                            0, slot.article(), slot.branch());
                    gone.put(slot.id(), d);
                    all.put(slot.id(), d);
                    printed.add(d);
                } else {
                    printed.add(entries.get(slot.id()));
                }
            }
        }
        this.entries = Map.copyOf(all);
        this.articles = List.copyOf(printed);
        this.deleted = gone;
    }

    public PolicyDocument document() {
        return document;
    }

    public Layout layout() {
        return document.info().layout();
    }

    public String styleName() {
        return style.name();
    }

    /** Whether the document is printed in the form of 例規 (the article style). */
    public boolean articleForm() {
        return style instanceof ArticleStyle;
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
     * The heading line as navigation shows it: 「1.3 目的」「第５条（目的）」「第２章　組織体制」. An
     * imported section keeps the number it was printed with, so its text reads as the body wrote it.
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

    /** The caption printed on its own line above an article, 「（目的）」; null for anything else. */
    public String caption(Section section) {
        return section.found() != null ? null : style.caption(entry(section.id()), section.titleText());
    }

    /** The chapter line when the document is one chapter of a book-form policy, or null. */
    public String documentChapterHeading() {
        int chapter = document.info().layout().documentChapter();
        return chapter == 0 ? null : "第" + chapter + "章 " + document.info().kind().japaneseName();
    }

    /** The label of item {@code n} (1-based) of a numbered list nested {@code depth} deep (1 = top) in a section. */
    public String itemLabel(Section owner, int depth, int n) {
        return style.itemLabel(entry(owner.id()), depth, n, this);
    }

    /** The prefix of the {@code n}-th (1-based) paragraph of a section: 「２」 for 項 in the article style. */
    public String paragraphPrefix(Section owner, int n) {
        return style.paragraphPrefix(entry(owner.id()), n, this);
    }

    /**
     * Whether the items of the list that opens a section are its 項 rather than 号: an article
     * whose text is a list of rules (「第１条　…」「２　…」). Lists inside those items are 号.
     */
    public boolean paragraphItems(Section owner) {
        return style.paragraphItems(entry(owner.id()), this);
    }

    /**
     * The words the style prints as the text of an article that has none of its own, only
     * sub-clauses (「職員等の遵守事項については、次に定めるところによる。」), or null.
     */
    public String impliedLead(Section section) {
        return style.impliedLead(entry(section.id()), section.titleText());
    }

    /** What stands between a label and its text: 「　」 in the article style, a space elsewhere. */
    public String labelGap() {
        return style.labelGap();
    }

    /** Text with its own numbers written as the style writes digits (only the article style changes them). */
    public String digits(String text) {
        return style.digits(text, layout());
    }

    /** The words of a cross reference made in {@code from}: 「上記3」「上記6、7及び8」「前条」. */
    public String referenceText(Inline.Ref ref, Section from) {
        return referenceText(ref, from, null);
    }

    /**
     * The words of a cross reference made in {@code from} after {@code previous} in the same
     * paragraph (null: the first), so that a second citation of one article reads 「同条第２号」.
     */
    public String referenceText(Inline.Ref ref, Section from, Inline.Ref previous) {
        List<Numbered> targets = new ArrayList<>();
        for (String id : ref.targets()) {
            targets.add(entry(id));
        }
        // cited in the order they are printed in (「第７条から第９条まで」), whatever order the template
        // named them in: a clause moved by a body does not leave a list out of order
        targets.sort(java.util.Comparator.comparingInt(Numbered::order));
        Numbered before = previous == null || previous.targets().size() != 1 || !contains(previous.targets().get(0))
                ? null : entry(previous.targets().get(0));
        return style.referenceText(targets, entry(from.id()), ref.bare(), before, this);
    }

    /** The unambiguous number of a section: 「4(2)」「1.4(1)」「第５条第２号」. */
    public String fullLabel(Section section) {
        return style.fullLabel(entry(section.id()), this);
    }

    /** The articles in printed order, deleted ones included; empty outside the article style. */
    public List<Numbered> articles() {
        return articles;
    }

    /** The articles a revision deleted, printed 「第７条　削除」 where they stood. */
    public List<Numbered> deleted() {
        return List.copyOf(deleted.values());
    }

    public boolean isDeleted(Numbered entry) {
        return deleted.containsKey(entry.section().id()) && deleted.get(entry.section().id()) == entry;
    }

    /** The deleted articles printed first under {@code parentId} (null: the document), before any other article there. */
    public List<Numbered> deletedFirstIn(String parentId) {
        for (int i = 0; i < articles.size(); i++) {
            if (java.util.Objects.equals(articles.get(i).parentId(), parentId)) {
                return deletedRun(i, parentId);
            }
        }
        return List.of();
    }

    /** The deleted articles printed right after the article {@code id}, in order. */
    public List<Numbered> deletedAfter(String id) {
        Numbered e = entries.get(id);
        int at = articlePosition(e);
        return at < 0 ? List.of() : deletedRun(at + 1, e.parentId());
    }

    private List<Numbered> deletedRun(int from, String parentId) {
        List<Numbered> out = new ArrayList<>();
        for (int i = from; i < articles.size() && isDeleted(articles.get(i))
                && java.util.Objects.equals(articles.get(i).parentId(), parentId); i++) {
            out.add(articles.get(i));
        }
        return out;
    }

    /** The position of an article in {@link #articles()}, or -1. */
    public int articlePosition(Numbered article) {
        return article == null ? -1 : articles.indexOf(article);
    }

    /** The article a section stands in (itself when it is one), or null. */
    public Numbered enclosingArticle(Numbered entry) {
        for (Numbered e : lineage(entry)) {
            if (e.isArticle()) {
                return e;
            }
        }
        return null;
    }

    /** The entries from the top of the document down to this one. */
    List<Numbered> lineage(Numbered entry) {
        List<Numbered> chain = new ArrayList<>();
        for (Numbered e = entry; e != null; e = e.parentId() == null ? null : entries.get(e.parentId())) {
            chain.add(0, e);
        }
        return chain;
    }

    /** How many 項 an article's own text has (its 号 stand in the last); 1 outside the article style. */
    public int paragraphCount(Section article) {
        Numbered e = entry(article.id());
        return articleForm() && e.isArticle() ? ArticleStyle.paragraphCount(e) : 1;
    }
}
