package jp.policygen.printed;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.Provenance;
import jp.policygen.model.Section;

/**
 * A clause as printed: its id, depth (1: top level), its heading as navigation shows it (label
 * and title, e.g. 「1.3 目的」「第５条（目的）」, the label's characters marked as such; contents,
 * bookmarks and findings name the clause by it), its label alone and its unambiguous number
 * (「4(2)」「第５条第２号」), how it stands in the text ({@link Form}), the line printed above its text
 * ({@code caption}, or null), how far in its label stands ({@code indent}: 0, or for a clause
 * printed as a 号 the depth of its lines, 1 for a 号), whether the clause itself is marked private
 * (its children inherit the mark), its blocks and its sub-clauses.
 */
public record PrintedClause(Section section, int depth, Line heading, String label, String fullLabel,
                            Form form, Line caption, int indent, List<Printed> blocks, List<PrintedClause> children) {

    /** How a clause stands in the text. */
    public enum Form {
        /** A heading line above the text: 「1.3 目的」「第２章　組織体制」; the caption is the heading. */
        HEADING,
        /**
         * An article (条): its caption 「（目的）」 on a line of its own (null when it has no title),
         * then its text; the first block is the paragraph its label opens (prefix 「第１条」).
         */
        ARTICLE,
        /**
         * A clause below an article, printed as a 号 (or lower): no heading of its own. When it has
         * text before its items, the first block is the paragraph its label and title open
         * (「(1)　組織体制　本県の…」) and the caption is null; otherwise the caption is the line of
         * its label and title (「(1)　管理区域の構造等」) and its items follow.
         */
        ITEM,
        /** An article a revision deleted, its number kept: one paragraph, 「第７条　削除」. */
        DELETED,
        /**
         * The 前文 of a 例規: its paragraphs before the first article, with no heading line (例規集
         * print a preface unheaded); the caption is null and the heading names it for navigation.
         */
        PREAMBLE
    }

    public PrintedClause {
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }

    public String id() {
        return section.id();
    }

    public Provenance provenance() {
        return section.provenance();
    }

    /** Whether this clause is kept out of the public text of its document. */
    public boolean privateClause() {
        return section.visibility() == jp.policygen.model.Visibility.PRIVATE;
    }

    /** Whether the first block is the paragraph the clause's label opens (an article, a 号 with text, a deleted article). */
    public boolean labelOpensText() {
        return form == Form.ARTICLE || form == Form.DELETED || (form == Form.ITEM && caption == null);
    }

    /** This clause and every clause under it, in document order. */
    public List<PrintedClause> all() {
        List<PrintedClause> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(PrintedClause c, List<PrintedClause> out) {
        out.add(c);
        c.children().forEach(child -> collect(child, out));
    }

    /**
     * The clause's own text (not its sub-clauses') as the pieces a reader sees unbroken: the
     * heading or caption, then each paragraph, item title and table cell, in order. Labels and
     * paragraph numbers are not part of them.
     */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        if (caption != null) {
            out.add(caption);
        }
        collectLines(blocks, out);
        return out;
    }

    private static void collectLines(List<Printed> blocks, List<Line> out) {
        for (Printed b : blocks) {
            if (b instanceof Printed.Paragraph p) {
                out.add(p.text());
            } else if (b instanceof Printed.ItemList l) {
                for (Printed.Item item : l.items()) {
                    if (item.titled()) {
                        out.add(item.title());
                    }
                    collectLines(item.blocks(), out);
                }
            } else if (b instanceof Printed.Table t) {
                t.rows().forEach(out::addAll);
            } else if (b instanceof Printed.Note n) {
                collectLines(n.blocks(), out);
            }
        }
    }
}
