package jp.policygen.lint;

import java.util.Arrays;

import jp.policygen.importing.Label;

/**
 * A run of text as a reader reads it: a paragraph, a list item, a heading or a table row, with
 * the Markdown markers, the item label and emphasis marks taken out and the lines of one
 * paragraph joined (without a space, as Japanese is). Every character remembers the line and
 * column it stood at in the source, so a finding in the joined text points at the file.
 */
public final class Passage {

    private final SourceFile file;
    private final String text;
    private final int[] lines;
    private final int[] columns;
    private final int firstLine;
    private final Label label;
    private final int labelColumn;
    private final int markdownLevel;
    private final boolean heading;
    private final boolean toc;
    private final boolean table;

    Passage(SourceFile file, String text, int[] lines, int[] columns, int firstLine, Label label, int labelColumn,
            int markdownLevel, boolean heading, boolean toc, boolean table) {
        this.file = file;
        this.text = text;
        this.lines = lines;
        this.columns = columns;
        this.firstLine = firstLine;
        this.label = label;
        this.labelColumn = labelColumn;
        this.markdownLevel = markdownLevel;
        this.heading = heading;
        this.toc = toc;
        this.table = table;
    }

    public SourceFile file() {
        return file;
    }

    public String text() {
        return text;
    }

    public int firstLine() {
        return firstLine;
    }

    /** The line the character at {@code offset} stands on (the last character's for the end). */
    public int lineAt(int offset) {
        return lines.length == 0 ? firstLine : lines[Math.max(0, Math.min(offset, lines.length - 1))];
    }

    /** The 1-based column of the character at {@code offset}; just past the last one for the end. */
    public int columnAt(int offset) {
        if (columns.length == 0) {
            return labelColumn > 0 ? labelColumn : 1;
        }
        if (offset >= columns.length) {
            return columns[columns.length - 1] + 1;
        }
        return columns[Math.max(0, offset)];
    }

    /**
     * How many source characters the text from {@code offset} spans on its first line. Equal to
     * {@code length} only when the text stands on one line exactly as in the source.
     */
    public int sourceLength(int offset, int length) {
        if (length <= 0 || columns.length == 0) {
            return Math.max(0, length);
        }
        int end = Math.min(offset + length, columns.length) - 1;
        int line = lineAt(offset);
        while (end > offset && lineAt(end) != line) {
            end--; // a span across lines: its part on the first line
        }
        return columns[end] - columnAt(offset) + 1;
    }

    /** The label the passage's first line started with (「(1)」「・」「第3条」), or null. */
    public Label label() {
        return label;
    }

    public int labelColumn() {
        return labelColumn;
    }

    public int markdownLevel() {
        return markdownLevel;
    }

    /** A section heading (numbered or Markdown), not running text. */
    public boolean heading() {
        return heading;
    }

    /** An entry of a printed table of contents. */
    public boolean toc() {
        return toc;
    }

    public boolean table() {
        return table;
    }

    /** Where in the document this passage stands. */
    public SourceFile.Place place() {
        return file.placeAt(firstLine);
    }

    /** This passage with the text of {@code next} appended (a sentence the conversion broke). */
    Passage join(Passage next) {
        int[] l = Arrays.copyOf(lines, lines.length + next.lines.length);
        System.arraycopy(next.lines, 0, l, lines.length, next.lines.length);
        int[] c = Arrays.copyOf(columns, columns.length + next.columns.length);
        System.arraycopy(next.columns, 0, c, columns.length, next.columns.length);
        return new Passage(file, text + next.text, l, c, firstLine, label, labelColumn, markdownLevel, heading, toc, table);
    }

    @Override
    public String toString() {
        return file.path() + ":" + firstLine + ": " + text;
    }
}
