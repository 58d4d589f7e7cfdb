package jp.policygen.printed;

import java.util.List;

/**
 * A block of a clause as printed. {@code depth} is how far in it stands: 0 the clause's own text
 * (an article and its 項), 1 inside a top-level item (a 号), 2 an item below that, … A clause
 * printed as a 号 stands at its 号's depth.
 */
public sealed interface Printed {

    int depth();

    /**
     * A paragraph; {@code prefix} is the number that opens it, else "": an article's number on its
     * first paragraph (「第１条」), a 項 number (「２」), a 号's label (「(1)」) where a clause
     * printed as a 号 opens its text.
     */
    record Paragraph(String prefix, Line text, int depth) implements Printed {
    }

    /** A list of items, numbered by the style (「(1)」「①」「ア」) or bulleted (「・」). */
    record ItemList(boolean numbered, List<Item> items, int depth) implements Printed {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /**
     * An item: its label as printed, its title when it has one (definitions: the term on the
     * label's line), and its blocks. {@code depth} is the list's nesting (1: top level).
     */
    record Item(String label, Line title, List<Printed> blocks, int depth) {
        public Item {
            blocks = List.copyOf(blocks);
        }

        public boolean titled() {
            return title != null;
        }
    }

    /** A table; the first row is the header row when {@code header} is true. */
    record Table(boolean header, List<List<Line>> rows, int depth) implements Printed {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A note (注記). */
    record Note(List<Printed> blocks, int depth) implements Printed {
        public Note {
            blocks = List.copyOf(blocks);
        }
    }
}
