package jp.policygen.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the words of a composed clause came from. Before FreeMarker reads a template, a mark
 * naming the line and column is put where each run of literal text begins (at the start of a
 * line, after a directive, after an interpolation); a parameter value prints itself between
 * marks that name its key ({@link MarkdownOutputFormat.Value}). After rendering, the marks are
 * taken out again ({@link #strip}), so the Markdown that is read is exactly what the template
 * wrote, and every offset of it can be traced to a file, line and column, or to a parameter.
 *
 * <p>Marks are characters of Unicode's private use area, which no input may contain (the
 * readers refuse them), so they cannot be forged by a body's text.
 */
public final class SourceMarks {

    /** Literal text from here on starts at {@code line:column} of the file: {@code MARK line:column END}. */
    static final char LINE = '\uE003';
    static final char LINE_END = '\uE004';
    /** A value: {@code VALUE key KEY_END text VALUE_END}. */
    static final char VALUE = '\uE000';
    static final char KEY_END = '\uE001';
    static final char VALUE_END = '\uE002';

    private SourceMarks() {
    }

    /** Whether a text holds a character reserved for marks (no input may). */
    public static int firstReserved(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uE000' && c <= '\uE004') {
                return i;
            }
        }
        return -1;
    }

    static String value(String key, String escapedText) {
        return VALUE + key + KEY_END + escapedText + VALUE_END;
    }

    // ---- marking a template ----------------------------------------------------------------------

    /**
     * The template's source with a line mark before each run of literal text. {@code firstLine}
     * and {@code firstColumn} are where the source starts in its file (1 and 1 for a whole file,
     * the line of a title in a manifest). Lines whose literal text is only white space get no
     * mark, so FreeMarker strips the white space around directives as before.
     */
    public static String mark(String source, int firstLine, int firstColumn) {
        Marker m = new Marker(source, firstLine, firstColumn);
        int n = source.length();
        while (m.i < n) {
            char c = source.charAt(m.i);
            if (c == '\n') {
                m.copyTo(m.i + 1);
            } else if (source.startsWith("<#--", m.i) || source.startsWith("[#--", m.i)) {
                int end = source.indexOf("-->", m.i + 4);
                m.copyTo(end < 0 ? n : end + 3);
            } else if (startsDirective(source, m.i)) {
                int end = directiveEnd(source, m.i);
                if (source.startsWith("noparse", m.i + 2) && !source.startsWith("/", m.i + 1)) {
                    // <#noparse>…</#noparse>: literal to the closing tag
                    int close = source.indexOf("</#noparse>", end);
                    end = close < 0 ? n : close + "</#noparse>".length();
                }
                m.copyTo(end);
            } else if (source.startsWith("${", m.i)) {
                if (!m.lineMarked && hasText(source, m.i)) {
                    m.mark();
                }
                m.copyTo(expressionEnd(source, m.i + 2));
                // the literal text after a value starts here, whatever the value's length
                if (m.i < n && source.charAt(m.i) != '\n' && hasText(source, m.i)) {
                    m.mark();
                }
            } else {
                if (!m.lineMarked && !Character.isWhitespace(c) && hasText(source, m.i)) {
                    m.mark();
                } else if (m.lineMarked && !Character.isWhitespace(c) && m.i > 0 && source.charAt(m.i - 1) == '>'
                        && endsDirectiveBefore(source, m.i)) {
                    // literal text right after a directive on the same line: its own column
                    m.mark();
                }
                m.copyTo(m.i + 1);
            }
        }
        return m.out.toString();
    }

    /** Copies a template's source, keeping count of the line and column it is at. */
    private static final class Marker {
        final String source;
        final StringBuilder out;
        int i;
        int line;
        int col;
        /** Whether the current line has its mark. */
        boolean lineMarked;

        Marker(String source, int line, int col) {
            this.source = source;
            this.out = new StringBuilder(source.length() + source.length() / 8);
            this.line = line;
            this.col = col;
        }

        /** A mark saying the text from here on starts at this line and column. */
        void mark() {
            out.append(LINE).append(line).append(':').append(col).append(LINE_END);
            lineMarked = true;
        }

        /** Copies up to (not including) {@code end}. */
        void copyTo(int end) {
            for (; i < end; i++) {
                char d = source.charAt(i);
                out.append(d);
                if (d == '\n') {
                    line++;
                    col = 1;
                    lineMarked = false;
                } else {
                    col++;
                }
            }
        }
    }

    /** Whether literal text (not only white space and directives) follows on this line from {@code i}. */
    private static boolean hasText(String source, int i) {
        int n = source.length();
        while (i < n && source.charAt(i) != '\n') {
            if (source.startsWith("<#--", i)) {
                int end = source.indexOf("-->", i + 4);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
                continue;
            }
            if (startsDirective(source, i)) {
                i = directiveEnd(source, i);
                continue;
            }
            if (source.startsWith("${", i)) {
                return true;
            }
            if (!Character.isWhitespace(source.charAt(i))) {
                return true;
            }
            i++;
        }
        return false;
    }

    /** Whether the {@code >} just before {@code i} closes a directive. */
    private static boolean endsDirectiveBefore(String source, int i) {
        int open = Math.max(source.lastIndexOf("<#", i - 1), Math.max(source.lastIndexOf("</#", i - 1),
                Math.max(source.lastIndexOf("<@", i - 1), source.lastIndexOf("</@", i - 1))));
        return open >= 0 && directiveEnd(source, open) == i;
    }

    private static boolean startsDirective(String source, int i) {
        return source.startsWith("<#", i) || source.startsWith("</#", i) || source.startsWith("<@", i)
                || source.startsWith("</@", i);
    }

    /** The index after the {@code >} that closes the directive starting at {@code i}. */
    private static int directiveEnd(String source, int i) {
        int n = source.length();
        int depth = 0;
        int j = i + 2;
        while (j < n) {
            char c = source.charAt(j);
            if (c == '"' || c == '\'') {
                j = stringEnd(source, j);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return j + 1;
            }
            j++;
        }
        return n;
    }

    /** The index after the {@code }} that closes an interpolation whose expression starts at {@code i}. */
    private static int expressionEnd(String source, int i) {
        int n = source.length();
        int depth = 0;
        int j = i;
        while (j < n) {
            char c = source.charAt(j);
            if (c == '"' || c == '\'') {
                j = stringEnd(source, j);
                continue;
            }
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '}') {
                if (depth == 0) {
                    return j + 1;
                }
                depth--;
            }
            j++;
        }
        return n;
    }

    private static int stringEnd(String source, int j) {
        char quote = source.charAt(j);
        boolean raw = j > 0 && source.charAt(j - 1) == 'r';
        int k = j + 1;
        while (k < source.length()) {
            char c = source.charAt(k);
            if (c == '\\' && !raw) {
                k += 2;
                continue;
            }
            if (c == quote) {
                return k + 1;
            }
            k++;
        }
        return source.length();
    }

    /**
     * The column in the file of a column FreeMarker reports in a marked template: the marks put
     * on that line before it are not in the file.
     */
    public static int fileColumn(String marked, int line, int column) {
        if (marked == null || line < 1 || column < 1) {
            return column;
        }
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) {
            at = marked.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        if (at < 0) {
            return column;
        }
        int marks = 0;
        for (int i = at; i < marked.length() && i < at + column - 1 + marks; i++) {
            char c = marked.charAt(i);
            if (c == '\n') {
                break;
            }
            if (c == LINE) {
                int end = marked.indexOf(LINE_END, i);
                if (end < 0) {
                    break;
                }
                marks += end - i + 1;
                i = end;
            }
        }
        return column - marks;
    }

    // ---- reading a rendered text --------------------------------------------------------------

    /**
     * A mark found in rendered text, at {@code offset} of the text without marks: literal text
     * from {@code line:column} on, or the start ({@code key}) or end ({@code key} null, {@code end}
     * true) of a value.
     */
    public record Mark(int offset, int line, int column, String key, boolean end) {
        boolean isValueStart() {
            return key != null;
        }

        boolean isLine() {
            return key == null && !end;
        }
    }

    /** Rendered text with its marks taken out: the text, and the marks in order. */
    public record Stripped(String text, List<Mark> marks) {
        public Stripped {
            marks = List.copyOf(marks);
        }

        /** A text that carries no marks (a body's text read as is, a test). */
        public static Stripped plain(String text) {
            return new Stripped(text, List.of());
        }

        /**
         * What holds at an offset: the last line mark at or before it (literal text), and the
         * value open there, if any.
         */
        public At at(int offset) {
            Mark line = null;
            Mark value = null;
            for (Mark m : marks) {
                if (m.offset() > offset) {
                    break;
                }
                if (m.isLine()) {
                    line = m;
                } else if (m.isValueStart()) {
                    value = m;
                } else if (m.end() && (m.offset() <= offset)) {
                    value = null;
                }
            }
            return new At(line, value);
        }

        /** The offsets inside {@code [from, to)} where what holds changes. */
        public List<Integer> boundaries(int from, int to) {
            List<Integer> out = new ArrayList<>();
            for (Mark m : marks) {
                if (m.offset() > from && m.offset() < to && (out.isEmpty() || out.get(out.size() - 1) != m.offset())) {
                    out.add(m.offset());
                }
            }
            return out;
        }
    }

    /** The literal-text mark and the open value at an offset (either may be null). */
    public record At(Mark line, Mark value) {
    }

    /** Takes the marks out of a rendered text. */
    public static Stripped strip(String rendered) {
        if (firstReserved(rendered) < 0) {
            return Stripped.plain(rendered);
        }
        StringBuilder text = new StringBuilder(rendered.length());
        List<Mark> marks = new ArrayList<>();
        int i = 0;
        int n = rendered.length();
        while (i < n) {
            char c = rendered.charAt(i);
            if (c == LINE) {
                int end = rendered.indexOf(LINE_END, i);
                String[] lc = rendered.substring(i + 1, end).split(":");
                marks.add(new Mark(text.length(), Integer.parseInt(lc[0]), Integer.parseInt(lc[1]), null, false));
                i = end + 1;
            } else if (c == VALUE) {
                int end = rendered.indexOf(KEY_END, i);
                marks.add(new Mark(text.length(), 0, 0, rendered.substring(i + 1, end), false));
                i = end + 1;
            } else if (c == VALUE_END) {
                marks.add(new Mark(text.length(), 0, 0, null, true));
                i++;
            } else {
                text.append(c);
                i++;
            }
        }
        return new Stripped(text.toString(), marks);
    }
}
