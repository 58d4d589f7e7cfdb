package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One provision of a text as an amendment sees it: a chapter, an article (条), a paragraph (項, or
 * an unnumbered 段落 outside the article style), an item (号, its 細分 ア/(ア), or a numbered or
 * bulleted item of a plain text), a numbered section of a plain or dotted text, a table or a note.
 * Everything is as printed: the label (「第５条」「２」「(1)」「1.5」; "" where nothing is printed),
 * the caption (an article's 見出し without its brackets, a section's title, a chapter's name, a
 * defined term), the text of the provision's own first line, and its sub-provisions in order.
 * {@code id} is the clause id where the provision is a clause of the document (chapters, articles,
 * sections); {@code deleted} marks an article kept as 「第７条　削除」.
 */
public record Provision(Kind kind, String label, String caption, String text, List<Provision> children,
                        List<List<String>> rows, String id, boolean deleted) {

    /** What a provision is. */
    public enum Kind {
        /** 第N章 (or 第N節): a division of a text in the article style, holding articles. */
        CHAPTER,
        /** 第N条. */
        ARTICLE,
        /** 項 of an article (the first unnumbered, then ２, ３ …), or an unnumbered paragraph (段落). */
        PARAGRAPH,
        /** 号 and its 細分, or an item of a numbered or bulleted list. */
        ITEM,
        /** A numbered section of a plain or dotted text: 「4 物理的セキュリティ」「1.5 遵守義務」「(2)」. */
        SECTION,
        /** A table: its rows of cells. */
        TABLE,
        /** A note (注記). */
        NOTE
    }

    public Provision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
        rows = rows.stream().map(List::copyOf).toList();
    }

    static Provision of(Kind kind, String label, String caption, String text, List<Provision> children, String id) {
        return new Provision(kind, label, caption, text, children, List.of(), id, false);
    }

    Provision withChildren(List<Provision> newChildren) {
        return new Provision(kind, label, caption, text, newChildren, rows, id, deleted);
    }

    /** A bulleted item (「・」) has no number to cite it by. */
    boolean citable() {
        return !(kind == Kind.ITEM && Labels.isBullet(label));
    }

    /**
     * The provision's words in a form to compare and to size: caption, text, table cells and the
     * same of every sub-provision, with their labels, one line each.
     */
    String fullText() {
        StringBuilder out = new StringBuilder();
        append(this, true, out);
        return out.toString();
    }

    /** The provision's own words without labels: caption, text, cells and sub-provisions (for similarity). */
    String words() {
        StringBuilder out = new StringBuilder();
        append(this, false, out);
        return out.toString();
    }

    private static void append(Provision p, boolean labels, StringBuilder out) {
        if (labels && !p.label.isEmpty()) {
            out.append(p.label).append('\u3000');
        }
        if (p.caption != null) {
            out.append(p.caption).append('\n');
        }
        if (p.text != null) {
            out.append(p.text).append('\n');
        }
        for (List<String> row : p.rows) {
            out.append(String.join("｜", row)).append('\n');
        }
        for (Provision c : p.children) {
            append(c, labels, out);
        }
    }

    /**
     * Every line a quotation in this provision (「第５条中「A」」) is searched in: its text, cells and
     * everything under it, captions of sub-provisions included. Its own caption is searched only
     * where it is part of its text (a defined term of an item); a 見出し or 章名 is amended as such
     * (「第５条の見出し中」).
     */
    List<String> quotableLines() {
        List<String> out = new ArrayList<>();
        if (caption != null && captionIsText()) {
            out.add(caption);
        }
        if (text != null) {
            out.add(text);
        }
        for (List<String> row : rows) {
            out.addAll(row);
        }
        for (Provision c : children) {
            collectAll(c, out);
        }
        return out;
    }

    /** Whether the caption is words of the provision's text (an item's term) rather than a 見出し. */
    boolean captionIsText() {
        return kind == Kind.ITEM || kind == Kind.NOTE;
    }

    private static void collectAll(Provision p, List<String> out) {
        if (p.caption != null) {
            out.add(p.caption);
        }
        if (p.text != null) {
            out.add(p.text);
        }
        for (List<String> row : p.rows) {
            out.addAll(row);
        }
        for (Provision c : p.children) {
            collectAll(c, out);
        }
    }

    /** The number of characters of text (labels left out). */
    int size() {
        int n = (caption == null ? 0 : caption.length()) + (text == null ? 0 : text.length());
        for (List<String> row : rows) {
            for (String cell : row) {
                n += cell.length();
            }
        }
        for (Provision c : children) {
            n += c.size();
        }
        return n;
    }

    @Override
    public String toString() {
        return kind + " " + label + (caption == null ? "" : "（" + caption + "）") + (text == null ? "" : " " + text);
    }
}
