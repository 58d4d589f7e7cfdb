package jp.policygen.render.pdf;

import java.util.List;

import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.Section;

/** The literal text of a section's own blocks (not its sub-sections), to say where a character is. */
final class SectionText {

    private SectionText() {
    }

    static String of(Section section) {
        StringBuilder out = new StringBuilder(section.titleText());
        blocks(section.blocks(), out);
        return out.toString();
    }

    private static void blocks(List<Block> blocks, StringBuilder out) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                out.append(Inline.plainText(p.content()));
            } else if (b instanceof Block.ItemList l) {
                for (Block.Item item : l.items()) {
                    out.append(Inline.plainText(item.title()));
                    blocks(item.blocks(), out);
                }
            } else if (b instanceof Block.Table t) {
                t.rows().forEach(row -> row.forEach(cell -> out.append(Inline.plainText(cell))));
            } else if (b instanceof Block.Note n) {
                blocks(n.blocks(), out);
            }
        }
    }
}
