package jp.policygen.render;

import java.util.List;

import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.Section;
import jp.policygen.numbering.Numbering;

/**
 * The traversal every text writer shares: sections in order, paragraphs numbered as 項 where the
 * style wants it, items labelled by depth. Writers supply how each piece looks.
 */
abstract class DocumentWalker {

    protected final Numbering numbering;

    protected DocumentWalker(Numbering numbering) {
        this.numbering = numbering;
    }

    protected void sections(List<Section> sections, int depth) {
        for (Section s : sections) {
            section(s, depth);
        }
    }

    protected void section(Section section, int depth) {
        openSection(section, depth);
        blocks(section, section.blocks(), 0, true);
        sections(section.children(), depth + 1);
        closeSection(section, depth);
    }

    /** Blocks of a section ({@code listDepth} 0) or of an item ({@code listDepth} ≥ 1). */
    protected void blocks(Section owner, List<Block> blocks, int listDepth, boolean numberParagraphs) {
        int paragraph = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                paragraph++;
                String prefix = numberParagraphs ? numbering.paragraphPrefix(owner, paragraph) : "";
                paragraph(owner, p.content(), prefix, listDepth);
            } else if (b instanceof Block.ItemList list) {
                itemList(owner, list, listDepth + 1);
            } else if (b instanceof Block.Table t) {
                table(owner, t, listDepth);
            } else if (b instanceof Block.Note n) {
                note(owner, n, listDepth);
            }
        }
    }

    protected void itemList(Section owner, Block.ItemList list, int depth) {
        openList(list, depth);
        int n = 0;
        for (Block.Item item : list.items()) {
            n++;
            // An imported item keeps its printed label; a generated one is numbered by the style.
            String label = item.found() != null ? item.found()
                    : list.numbered() ? numbering.itemLabel(owner, depth, n) : "・";
            item(owner, item, label, depth);
        }
        closeList(list, depth);
    }

    protected abstract void openSection(Section section, int depth);

    protected abstract void closeSection(Section section, int depth);

    protected abstract void paragraph(Section owner, List<Inline> content, String prefix, int listDepth);

    protected abstract void openList(Block.ItemList list, int depth);

    protected abstract void closeList(Block.ItemList list, int depth);

    protected abstract void item(Section owner, Block.Item item, String label, int depth);

    protected abstract void table(Section owner, Block.Table table, int listDepth);

    protected abstract void note(Section owner, Block.Note note, int listDepth);
}
