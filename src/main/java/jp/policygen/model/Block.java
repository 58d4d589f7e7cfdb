package jp.policygen.model;

import java.util.List;

/** A block of a section's body. */
public sealed interface Block {

    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /**
     * A list of items. Numbered items take their label from the numbering style (「(1)」「①」「ア」)
     * according to their depth; unnumbered items are shown with 「・」.
     */
    record ItemList(boolean numbered, List<Item> items) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /**
     * One item. {@code title} is set for titled items such as definitions (「(1) ネットワーク」 on its
     * own line, the text below); {@code found} is the label an imported text carried.
     */
    record Item(List<Inline> title, List<Block> blocks, String found) {
        public Item {
            title = List.copyOf(title);
            blocks = List.copyOf(blocks);
        }
    }

    /** A table; the first row is the header row when {@code header} is true. */
    record Table(boolean header, List<List<List<Inline>>> rows) implements Block {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }

    /** A note (注記), never numbered. */
    record Note(List<Block> blocks) implements Block {
        public Note {
            blocks = List.copyOf(blocks);
        }
    }
}
