package jp.policygen.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import jp.policygen.printed.Printed;
import jp.policygen.printed.PrintedClause;

/**
 * The text of one or more clauses (their own content, not their sub-clauses) as the report shows
 * it, taken from their printed form: a heading line per clause, then a line per paragraph, item and
 * table row, each with its indent. Characters that are numbering (heading labels, item labels,
 * paragraph numbers, the words of cross references) are marked structural so a comparison can
 * leave them out; where the printed text knows them, the body's parameter values are marked with
 * their key. Offsets into {@link #text()} are what diff spans refer to.
 */
public final class ClauseText {

    public enum LineKind { HEADING, TEXT }

    /**
     * A line: {@code [start, end)} in the text, its indent (0 = section level) and kind;
     * {@code [start, labelEnd)} is the label it opens with (a clause's number in a heading, a 項's
     * number, a 号's label), empty when it has none.
     */
    public record Line(int start, int end, int indent, LineKind kind, int labelEnd) {
        public boolean labelled() {
            return labelEnd > start;
        }
    }

    /** {@code [start, end)}: where a clause's own number is printed (in its heading, and opening its text). */
    public record Range(int start, int end) {
    }

    /** A parameter value printed at {@code [start, end)}, by its key in the printed text ({@code scope.organisations.2}). */
    public record Value(int start, int end, String key) {
    }

    private final String text;
    private final List<Line> lines;
    private final BitSet structural;
    /** The words of cross references (a part of the structural ones): printed text between revisions. */
    private final BitSet references;
    private final List<Value> values;
    private final boolean valuesMarked;
    private final List<String> labels;
    private final List<Range> numbers;

    private ClauseText(String text, List<Line> lines, BitSet structural, BitSet references, List<Value> values,
                       boolean valuesMarked, List<String> labels, List<Range> numbers) {
        this.references = references;
        this.text = text;
        this.labels = List.copyOf(labels);
        this.numbers = List.copyOf(numbers);
        this.lines = List.copyOf(lines);
        this.structural = structural;
        this.values = List.copyOf(values);
        this.valuesMarked = valuesMarked;
    }

    public static final ClauseText EMPTY = new ClauseText("", List.of(), new BitSet(), new BitSet(), List.of(), false, List.of(),
            List.of());

    /**
     * The text of printed clauses in order (one clause, or the parts of a split or merged one);
     * {@code valuesMarked}: the values their pieces mark are all the parameter values there are.
     */
    static ClauseText of(List<PrintedClause> clauses, boolean valuesMarked) {
        Builder b = new Builder();
        for (PrintedClause c : clauses) {
            b.clause(c);
        }
        return b.build(valuesMarked);
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

    /** Whether a character is of a cross reference's words (「第６条」「前条」). */
    public boolean isReference(int index) {
        return references.get(index);
    }

    /** The parameter values the printed text marks, in order. */
    public List<Value> values() {
        return values;
    }

    /** Whether {@link #values()} are all the values (a generated text), so none need be searched for. */
    public boolean valuesMarked() {
        return valuesMarked;
    }

    /** The numbers of the clauses, as printed (「第５条」「(２)」「1.3」; "" for an unnumbered one), in order. */
    public List<String> labels() {
        return labels;
    }

    /** Where the clauses' own numbers are printed, in order. */
    public List<Range> numbers() {
        return numbers;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The text of a line. */
    public String line(Line line) {
        return text.substring(line.start(), line.end());
    }

    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Line> lines = new ArrayList<>();
        private final BitSet structural = new BitSet();
        private final BitSet references = new BitSet();
        private final List<Value> values = new ArrayList<>();
        private int lineStart = -1;
        private int lineIndent;
        private LineKind lineKind;
        private int lineLabelEnd = -1;
        private final List<String> labels = new ArrayList<>();
        private final List<Range> numbers = new ArrayList<>();
        /** The label of the clause being built, to find where its text repeats it (an article's 第５条). */
        private String clauseLabel = "";

        ClauseText build(boolean valuesMarked) {
            return new ClauseText(text.toString(), lines, structural, references, values, valuesMarked, labels, numbers);
        }

        void clause(PrintedClause c) {
            open(0, LineKind.HEADING);
            jp.policygen.printed.Line heading = c.heading();
            clauseLabel = c.label() == null ? "" : c.label();
            labels.add(clauseLabel);
            if (!clauseLabel.isEmpty() && heading.text().startsWith(clauseLabel)) {
                numbers.add(new Range(text.length(), text.length() + clauseLabel.length()));
                lineLabelEnd = text.length() + clauseLabel.length();
            }
            boolean titled = heading.pieces().stream().anyMatch(p -> p.kind() != jp.policygen.printed.Line.Kind.LABEL);
            if (!titled && !c.section().titleText().isEmpty()) {
                // a style that rewrote the title into its heading: number and title as one label, then the title
                structural(heading.text() + " ");
                words(c.section().titleText());
            } else {
                line(heading);
            }
            close();
            blocks(c.blocks(), 0);
        }

        private void blocks(List<Printed> blocks, int indent) {
            for (Printed block : blocks) {
                if (block instanceof Printed.Paragraph p) {
                    open(indent, LineKind.TEXT);
                    if (!p.prefix().isEmpty()) {
                        if (p.prefix().equals(clauseLabel)) {
                            numbers.add(new Range(text.length(), text.length() + p.prefix().length()));
                        }
                        structural(p.prefix());
                        lineLabelEnd = text.length();
                        structural("\u3000");
                    }
                    line(p.text());
                    close();
                } else if (block instanceof Printed.ItemList list) {
                    for (Printed.Item item : list.items()) {
                        item(item, indent);
                    }
                } else if (block instanceof Printed.Table t) {
                    for (List<jp.policygen.printed.Line> row : t.rows()) {
                        open(indent, LineKind.TEXT);
                        boolean first = true;
                        for (jp.policygen.printed.Line cell : row) {
                            if (!first) {
                                structural("\u3000｜\u3000");
                            }
                            first = false;
                            line(cell);
                        }
                        close();
                    }
                } else if (block instanceof Printed.Note note) {
                    blocks(note.blocks(), indent + 1);
                }
            }
        }

        private void item(Printed.Item item, int indent) {
            List<Printed> rest = item.blocks();
            open(indent, LineKind.TEXT);
            if (!item.label().isEmpty()) {
                structural(item.label());
                lineLabelEnd = text.length();
                structural(" ");
            }
            if (item.titled()) {
                line(item.title());
            } else if (!rest.isEmpty() && rest.get(0) instanceof Printed.Paragraph p) {
                line(p.text());
                rest = rest.subList(1, rest.size());
            }
            close();
            blocks(rest, indent + 1);
        }

        /** A printed line: labels and references structural, values marked with their key. */
        private void line(jp.policygen.printed.Line l) {
            for (jp.policygen.printed.Line.Piece p : l.pieces()) {
                String t = l.text(p);
                switch (p.kind()) {
                    case LABEL -> structural(t);
                    case REF -> {
                        int from = text.length();
                        structural(t);
                        references.set(from, text.length());
                    }
                    case VALUE -> {
                        int from = text.length();
                        words(t);
                        values.add(new Value(from, text.length(), p.origin().parameter()));
                    }
                    case TEXT -> words(t);
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
            lines.add(new Line(lineStart, text.length(), lineIndent, lineKind, Math.max(lineStart, lineLabelEnd)));
            lineStart = -1;
            lineLabelEnd = -1;
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
