package jp.policygen.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word file and of a Markdown file as lines a reader sees, so the two can be
 * compared: a paragraph or a table cell per line, markup and indentation left out, the tab
 * between an item's label and its text read as the Markdown's space.
 */
final class DocxText {

    private DocxText() {
    }

    /** A paragraph of the Word file: its style id and its text. */
    record Para(String style, String text) {
    }

    static List<Para> paragraphs(byte[] docx) {
        List<Para> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.add(new Para(p.getStyle(), p.getText()));
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                out.add(new Para(p.getStyle(), p.getText()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The lines of the Word file; {@code contents}: with the contents (目次 and its entries). */
    static List<String> lines(byte[] docx, boolean contents) {
        List<String> out = new ArrayList<>();
        for (Para p : paragraphs(docx)) {
            if (!contents && p.style() != null && p.style().startsWith("TOC")) {
                continue;
            }
            add(out, p.text().replace('\t', ' '));
        }
        return out;
    }

    /** Lines of plain text (LibreOffice's text export): blank lines left out, tabs as spaces. */
    static List<String> plainLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").replace("\r", "").split("\n")) {
            add(out, line.replace('\t', ' '));
        }
        return out;
    }

    /** The Markdown writer's file as lines: headings, paragraphs, items, quoted notes, each table cell. */
    static List<String> markdownLines(String markdown) {
        List<String> out = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            String s = line;
            if (s.equals(">")) {
                continue;
            }
            if (s.startsWith("> ")) {
                s = s.substring(2);
            }
            if (s.matches("\\|( --- \\|)+")) {
                continue;
            }
            if (s.startsWith("|") && s.endsWith("|")) {
                for (String cell : cells(s.substring(1, s.length() - 1))) {
                    add(out, unescape(cell.strip()));
                }
                continue;
            }
            s = s.replaceFirst("^#+ ", "");
            add(out, unescape(s));
        }
        return out;
    }

    private static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /** Markdown's escapes and emphasis marks taken out. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append(s.charAt(++i));
            } else if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A line without its indentation (full-width spaces the Markdown indents with), unless blank. */
    private static void add(List<String> out, String line) {
        String s = line.replaceFirst("^[\u3000 ]+", "").stripTrailing();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
