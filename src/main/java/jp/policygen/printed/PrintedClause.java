package jp.policygen.printed;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.Provenance;
import jp.policygen.model.Section;

/**
 * A clause as printed: its id, depth (1: top level), the heading as it reads (label and title,
 * e.g. 「1.3 目的」「第5条（目的）」, the label's characters marked as such), its label alone and
 * its unambiguous number (「4(2)」), whether the clause itself is marked private (its children
 * inherit the mark), its blocks and its sub-clauses.
 */
public record PrintedClause(Section section, int depth, Line heading, String label, String fullLabel,
                            List<Printed> blocks, List<PrintedClause> children) {

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
     * heading, then each paragraph, item title and table cell, in order. Labels and paragraph
     * numbers are not part of them.
     */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        out.add(heading);
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
