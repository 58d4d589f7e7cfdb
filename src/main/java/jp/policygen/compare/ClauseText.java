package jp.policygen.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.Section;

/**
 * The text of one or more sections (their own content, not their sub-sections) as the report
 * shows it: a heading line per section, then a line per paragraph, item and table row, each with
 * its indent. Characters that are numbering (heading labels, item labels, paragraph numbers,
 * the words of cross references) are marked structural so a comparison can leave them out.
 * Offsets into {@link #text()} are what diff spans refer to.
 */
public final class ClauseText {

    public enum LineKind { HEADING, TEXT }

    /** A line: {@code [start, end)} in the text, its indent (0 = section level) and kind. */
    public record Line(int start, int end, int indent, LineKind kind) {
    }

    private final String text;
    private final List<Line> lines;
    private final BitSet structural;

    private ClauseText(String text, List<Line> lines, BitSet structural) {
        this.text = text;
        this.lines = List.copyOf(lines);
        this.structural = structural;
    }

    public static final ClauseText EMPTY = new ClauseText("", List.of(), new BitSet());

    /** The text of sections in order (one section, or the parts of a split or merged clause). */
    static ClauseText of(List<Section> sections, SectionLabels labels) {
        Builder b = new Builder(labels);
        for (Section s : sections) {
            b.section(s);
        }
        return b.build();
    }

    public String text() {
        return text;
    }

    public List<Line> lines() {
        return lines;
    }

    public boolean isStructural(int index) {
        return structural.get(index);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The text of a line. */
    public String line(Line line) {
        return text.substring(line.start(), line.end());
    }

    private static final class Builder {
        private final SectionLabels labels;
        private final StringBuilder text = new StringBuilder();
        private final List<Line> lines = new ArrayList<>();
        private final BitSet structural = new BitSet();
        private int lineStart = -1;
        private int lineIndent;
        private LineKind lineKind;

        Builder(SectionLabels labels) {
            this.labels = labels;
        }

        ClauseText build() {
            return new ClauseText(text.toString(), lines, structural);
        }

        void section(Section s) {
            String heading = labels.heading(s);
            String title = s.titleText();
            open(0, LineKind.HEADING);
            int at = title.isEmpty() ? -1 : heading.lastIndexOf(title);
            if (at < 0) {
                // no title in the heading (a label alone, or a style that rewrote it)
                structural(title.isEmpty() ? heading : heading + " ");
                if (!title.isEmpty()) {
                    words(title);
                }
            } else {
                structural(heading.substring(0, at));
                words(title);
                structural(heading.substring(at + title.length()));
            }
            close();
            blocks(s, s.blocks(), 0, 0, true);
        }

        private void blocks(Section owner, List<Block> blocks, int indent, int listDepth, boolean numberParagraphs) {
            int paragraph = 0;
            for (Block block : blocks) {
                if (block instanceof Block.Paragraph p) {
                    paragraph++;
                    open(indent, LineKind.TEXT);
                    String prefix = numberParagraphs ? labels.paragraphPrefix(owner, paragraph) : "";
                    if (!prefix.isEmpty()) {
                        structural(prefix + "\u3000");
                    }
                    inlines(owner, p.content());
                    close();
                } else if (block instanceof Block.ItemList list) {
                    int n = 0;
                    for (Block.Item item : list.items()) {
                        n++;
                        item(owner, item, list.numbered(), indent, listDepth + 1, n);
                    }
                } else if (block instanceof Block.Table t) {
                    for (List<List<Inline>> row : t.rows()) {
                        open(indent, LineKind.TEXT);
                        boolean first = true;
                        for (List<Inline> cell : row) {
                            if (!first) {
                                structural("\u3000｜\u3000");
                            }
                            first = false;
                            inlines(owner, cell);
                        }
                        close();
                    }
                } else if (block instanceof Block.Note note) {
                    blocks(owner, note.blocks(), indent + 1, listDepth, false);
                }
            }
        }

        private void item(Section owner, Block.Item item, boolean numbered, int indent, int depth, int n) {
            String label = labels.item(owner, item, numbered, depth, n);
            List<Block> rest = item.blocks();
            open(indent, LineKind.TEXT);
            if (!label.isEmpty()) {
                structural(label + " ");
            }
            if (!item.title().isEmpty()) {
                inlines(owner, item.title());
            } else if (!rest.isEmpty() && rest.get(0) instanceof Block.Paragraph p) {
                inlines(owner, p.content());
                rest = rest.subList(1, rest.size());
            }
            close();
            blocks(owner, rest, indent + 1, depth, false);
        }

        private void inlines(Section owner, List<Inline> inlines) {
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Text t) {
                    words(t.text());
                } else if (inline instanceof Inline.Strong s) {
                    inlines(owner, s.content());
                } else if (inline instanceof Inline.Ref r) {
                    structural(labels.reference(r, owner));
                }
            }
        }

        private void open(int indent, LineKind kind) {
            if (lineStart >= 0) {
                close();
            }
            if (!lines.isEmpty() || text.length() > 0) {
                text.append('\n');
            }
            lineStart = text.length();
            lineIndent = indent;
            lineKind = kind;
        }

        private void close() {
            if (lineStart < 0) {
                return;
            }
            lines.add(new Line(lineStart, text.length(), lineIndent, lineKind));
            lineStart = -1;
        }

        private void words(String s) {
            // line breaks inside a text (soft breaks of an import) are not line structure
            text.append(s.replace('\n', ' ').replace('\r', ' '));
        }

        private void structural(String s) {
            int from = text.length();
            words(s);
            structural.set(from, text.length());
        }
    }
}
