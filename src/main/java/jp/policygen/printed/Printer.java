package jp.policygen.printed;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.Section;
import jp.policygen.numbering.Numbering;

/**
 * The one walk over a numbered document that decides how it is printed: headings with their
 * labels, paragraphs numbered as 項 where the style wants it, items labelled by depth (an
 * imported item keeps the label it was printed with), cross references in the style's words.
 * Nothing else walks the blocks of a document to print them.
 */
public final class Printer {

    /** Where the numbers of a printed document come from: a numbering style, or the text as found. */
    private interface Labels {
        String heading(Section s);

        String label(Section s);

        String fullLabel(Section s);

        String paragraphPrefix(Section owner, int n);

        String itemLabel(Section owner, int depth, int n);

        String reference(Inline.Ref ref, Section from);
    }

    /** The numbers a style gives. */
    private record Styled(Numbering numbering) implements Labels {
        public String heading(Section s) {
            return numbering.heading(s);
        }

        public String label(Section s) {
            return numbering.label(s);
        }

        public String fullLabel(Section s) {
            return numbering.fullLabel(s);
        }

        public String paragraphPrefix(Section owner, int n) {
            return numbering.paragraphPrefix(owner, n);
        }

        public String itemLabel(Section owner, int depth, int n) {
            return numbering.itemLabel(owner, depth, n);
        }

        public String reference(Inline.Ref ref, Section from) {
            return numbering.referenceText(ref, from);
        }
    }

    /** The numbers an imported text carried, and nothing else: its words are printed as it has them. */
    private static final class Found implements Labels {
        public String heading(Section s) {
            String found = s.found();
            String title = s.titleText();
            if (found == null || found.isBlank()) {
                return title;
            }
            return title.isEmpty() ? found : found + " " + title;
        }

        public String label(Section s) {
            return s.found() == null ? "" : s.found();
        }

        public String fullLabel(Section s) {
            return label(s);
        }

        public String paragraphPrefix(Section owner, int n) {
            return "";
        }

        public String itemLabel(Section owner, int depth, int n) {
            return "";
        }

        public String reference(Inline.Ref ref, Section from) {
            return ref.found() != null ? ref.found() : "";
        }
    }

    private final Labels labels;
    /** The number of the last emphasised run, across the document (0: none yet). */
    private int strongRuns;

    private Printer(Labels labels) {
        this.labels = labels;
    }

    public static PrintedDocument print(Numbering numbering) {
        Printer p = new Printer(new Styled(numbering));
        List<PrintedClause> clauses = new ArrayList<>();
        for (Section s : numbering.document().sections()) {
            clauses.add(p.clause(s, 1));
        }
        return new PrintedDocument(numbering.document(), numbering, numbering.documentChapterHeading(), clauses);
    }

    /**
     * An imported text as it was found: the numbers it carried (an unlabelled item of a numbered
     * list has none), its references in its own words. No numbering style is applied.
     */
    public static PrintedDocument asFound(jp.policygen.model.PolicyDocument document) {
        Printer p = new Printer(new Found());
        List<PrintedClause> clauses = new ArrayList<>();
        for (Section s : document.sections()) {
            clauses.add(p.clause(s, 1));
        }
        return new PrintedDocument(document, null, null, clauses);
    }

    private PrintedClause clause(Section s, int depth) {
        Line heading = heading(s);
        List<Printed> blocks = blocks(s, s.blocks(), 0, true);
        List<PrintedClause> children = new ArrayList<>();
        for (Section c : s.children()) {
            children.add(clause(c, depth + 1));
        }
        return new PrintedClause(s, depth, heading, labels.label(s), labels.fullLabel(s), blocks, children);
    }

    /** The heading as the style prints it, the title's own pieces inside it and the rest marked as label. */
    private Line heading(Section s) {
        String heading = labels.heading(s);
        Line title = line(s, s.title());
        int at = title.isEmpty() ? -1 : heading.lastIndexOf(title.text());
        if (at < 0) {
            // no title in the heading (a label alone, or a style that rewrote it): all of it is label
            return new Line(heading, heading.isEmpty() ? List.of()
                    : List.of(new Line.Piece(0, heading.length(), Line.Kind.LABEL, List.of(), 0, null)));
        }
        List<Line.Piece> pieces = new ArrayList<>();
        if (at > 0) {
            pieces.add(new Line.Piece(0, at, Line.Kind.LABEL, List.of(), 0, null));
        }
        for (Line.Piece p : title.pieces()) {
            pieces.add(new Line.Piece(p.start() + at, p.end() + at, p.kind(), p.targets(), p.strong(), p.origin()));
        }
        int end = at + title.text().length();
        if (end < heading.length()) {
            pieces.add(new Line.Piece(end, heading.length(), Line.Kind.LABEL, List.of(), 0, null));
        }
        return new Line(heading, pieces);
    }

    /** Blocks of a clause ({@code depth} 0) or of an item ({@code depth} ≥ 1). */
    private List<Printed> blocks(Section owner, List<Block> blocks, int depth, boolean numberParagraphs) {
        List<Printed> out = new ArrayList<>();
        int paragraph = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                paragraph++;
                String prefix = numberParagraphs ? labels.paragraphPrefix(owner, paragraph) : "";
                out.add(new Printed.Paragraph(prefix, line(owner, p.content()), depth));
            } else if (b instanceof Block.ItemList list) {
                out.add(itemList(owner, list, depth + 1));
            } else if (b instanceof Block.Table t) {
                List<List<Line>> rows = new ArrayList<>();
                for (List<List<Inline>> row : t.rows()) {
                    List<Line> cells = new ArrayList<>();
                    for (List<Inline> cell : row) {
                        cells.add(line(owner, cell));
                    }
                    rows.add(cells);
                }
                out.add(new Printed.Table(t.header(), rows, depth));
            } else if (b instanceof Block.Note n) {
                out.add(new Printed.Note(blocks(owner, n.blocks(), depth, false), depth));
            }
        }
        return out;
    }

    private Printed.ItemList itemList(Section owner, Block.ItemList list, int depth) {
        List<Printed.Item> items = new ArrayList<>();
        int n = 0;
        for (Block.Item item : list.items()) {
            n++;
            // An imported item keeps its printed label; a generated one is numbered by the style.
            String label = item.found() != null ? item.found()
                    : list.numbered() ? labels.itemLabel(owner, depth, n) : "・";
            Line title = item.title().isEmpty() ? null : line(owner, item.title());
            items.add(new Printed.Item(label, title, blocks(owner, item.blocks(), depth, false), depth));
        }
        return new Printed.ItemList(list.numbered(), items, depth);
    }

    /** Inline content as printed text with its pieces. */
    private Line line(Section owner, List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        List<Line.Piece> pieces = new ArrayList<>();
        append(owner, inlines, 0, text, pieces);
        return new Line(text.toString(), pieces);
    }

    private void append(Section owner, List<Inline> inlines, int strong, StringBuilder text, List<Line.Piece> pieces) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                if (t.text().isEmpty()) {
                    continue;
                }
                int start = text.length();
                text.append(t.text());
                boolean value = t.origin() != null && t.origin().isParameter();
                pieces.add(new Line.Piece(start, text.length(), value ? Line.Kind.VALUE : Line.Kind.TEXT, List.of(),
                        strong, t.origin()));
            } else if (inline instanceof Inline.Strong s) {
                append(owner, s.content(), strong != 0 ? strong : ++strongRuns, text, pieces);
            } else if (inline instanceof Inline.Ref r) {
                String words = labels.reference(r, owner);
                int start = text.length();
                text.append(words);
                pieces.add(new Line.Piece(start, text.length(), Line.Kind.REF, r.targets(), strong, null));
            }
        }
    }
}
