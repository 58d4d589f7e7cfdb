package jp.policygen.publish;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.Section;
import jp.policygen.numbering.Numbering;

/**
 * The text of one clause (not its sub-clauses) as pieces a reader sees unbroken: the heading,
 * each paragraph, each item's title and text, each table cell. Cross references are printed as
 * the numbering words them. Labels and paragraph numbers are left out, so a piece matches the
 * same words wherever another document puts them.
 */
final class ClauseText {

    private ClauseText() {
    }

    static List<String> of(Numbering numbering, Section section) {
        List<String> out = new ArrayList<>();
        out.add(numbering.heading(section));
        blocks(numbering, section, section.blocks(), out);
        return out;
    }

    private static void blocks(Numbering numbering, Section owner, List<Block> blocks, List<String> out) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                out.add(inlines(numbering, owner, p.content()));
            } else if (b instanceof Block.ItemList l) {
                for (Block.Item item : l.items()) {
                    if (!item.title().isEmpty()) {
                        out.add(inlines(numbering, owner, item.title()));
                    }
                    blocks(numbering, owner, item.blocks(), out);
                }
            } else if (b instanceof Block.Table t) {
                t.rows().forEach(row -> row.forEach(cell -> out.add(inlines(numbering, owner, cell))));
            } else if (b instanceof Block.Note n) {
                blocks(numbering, owner, n.blocks(), out);
            }
        }
    }

    private static String inlines(Numbering numbering, Section owner, List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        append(numbering, owner, inlines, out);
        return out.toString();
    }

    private static void append(Numbering numbering, Section owner, List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                out.append(t.text());
            } else if (inline instanceof Inline.Strong s) {
                append(numbering, owner, s.content(), out);
            } else if (inline instanceof Inline.Ref r) {
                out.append(numbering.referenceText(r, owner));
            }
        }
    }
}
