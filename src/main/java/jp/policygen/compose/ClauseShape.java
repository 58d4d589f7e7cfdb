package jp.policygen.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.policygen.i18n.Texts;

/**
 * Limits on the shape of a clause's Markdown, checked before it is parsed: the Markdown parser
 * takes time that grows with the square of a paragraph's length on some texts (a paragraph of
 * 190,000 characters of {@code [a](}, of unmatched backquotes or of tags took minutes; one of
 * 4,000 takes a fifth of a second), and of a table's rows, and it recurses on nesting (quotes or
 * emphasis nested 50,000 deep overflowed the stack). No policy text comes near these limits: the
 * longest paragraph of the templates and the seed policies has about 600 characters.
 */
final class ClauseShape {

    /** Longest text of one clause, in characters: a whole policy is about 150,000. */
    static final int MAX_LENGTH = 100_000;
    /** Longest paragraph (or list item, heading, table row), in characters. */
    static final int MAX_PARAGRAPH = 4_000;
    /** Deepest indentation, in spaces: lists nest about ten deep at most. */
    static final int MAX_INDENT = 40;
    /** Deepest nesting of quoted notes ({@code > > >}). */
    static final int MAX_QUOTES = 10;
    /** Most rows of one table. */
    static final int MAX_TABLE_ROWS = 500;

    /** A shape problem at an offset of the text. */
    record Finding(int offset, String message) {
    }

    private ClauseShape() {
    }

    static List<Finding> check(String markdown) {
        List<Finding> out = new ArrayList<>();
        if (markdown.length() > MAX_LENGTH) {
            out.add(new Finding(0, Texts.get("compose.shape.length", Texts.count(markdown.length()), Texts.count(MAX_LENGTH))));
            return out;
        }
        int tableRows = 0;
        int paragraph = 0;
        int paragraphStart = -1;
        boolean paragraphReported = false;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            String line = markdown.substring(start, end);
            int length = line.codePointCount(0, line.length());
            if (line.isBlank()) {
                // a blank line, however long, ends a paragraph and is read as nothing
                paragraph = 0;
                paragraphStart = -1;
                paragraphReported = false;
                tableRows = 0;
                start = end + 1;
                continue;
            }
            if (startsABlock(line)) {
                paragraph = 0;
                paragraphStart = start;
                paragraphReported = false;
            } else if (paragraphStart < 0) {
                paragraphStart = start;
            }
            paragraph += length;
            if (paragraph > MAX_PARAGRAPH && !paragraphReported) {
                out.add(new Finding(paragraphStart, Texts.get("compose.shape.paragraph", Texts.count(MAX_PARAGRAPH))));
                paragraphReported = true;
            }
            int indent = 0;
            int quotes = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == ' ') {
                    indent++;
                } else if (c == '\t') {
                    indent += 4;
                } else if (c == '>') {
                    quotes++;
                } else {
                    break;
                }
            }
            if (indent > MAX_INDENT) {
                out.add(new Finding(start, Texts.get("compose.shape.indent", indent, MAX_INDENT)));
            }
            if (quotes > MAX_QUOTES) {
                out.add(new Finding(start, Texts.get("compose.shape.quotes", quotes, MAX_QUOTES)));
            }
            tableRows = line.stripLeading().startsWith("|") ? tableRows + 1 : 0;
            if (tableRows == MAX_TABLE_ROWS + 1) {
                out.add(new Finding(start, Texts.get("compose.shape.table", MAX_TABLE_ROWS)));
            }
            start = end + 1;
        }
        return out;
    }

    private static final Pattern BLOCK_START = Pattern.compile("^[ \t>]*(?:[-*+] |[0-9]{1,9}[.)] |#|\\|)");

    /** A line that starts a block of its own: a list item, a heading, a table row. */
    private static boolean startsABlock(String line) {
        return BLOCK_START.matcher(line).find();
    }
}
