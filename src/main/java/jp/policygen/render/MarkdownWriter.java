package jp.policygen.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.Numbering;
import jp.policygen.printed.Line;
import jp.policygen.printed.Printed;
import jp.policygen.printed.PrintedClause;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;

/**
 * The canonical text: numbered Markdown that reads like the printed policy and diffs cleanly in
 * git. Headings carry the numbers; items are paragraphs that start with their label, indented by
 * one full-width space per level below the first, as Japanese documents are typed.
 */
public final class MarkdownWriter implements DocumentWriter {

    /** The marking of a private document, under its title. */
    public static final String PRIVATE_MARKING = "非公開（取扱注意）";

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public byte[] write(PrintedDocument printed) {
        return render(printed).getBytes(StandardCharsets.UTF_8);
    }

    public String render(Numbering numbered) {
        return render(Printer.print(numbered));
    }

    public String render(PrintedDocument printed) {
        Walker w = new Walker(printed);
        w.document();
        return w.out.toString();
    }

    /** Text with Markdown's special characters escaped, so that the file means what it shows. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static final class Walker {
        final StringBuilder out = new StringBuilder();
        final PrintedDocument printed;
        final int headingOffset;
        int privateDepth;

        Walker(PrintedDocument printed) {
            this.printed = printed;
            this.headingOffset = printed.chapterHeading() == null ? 1 : 2;
        }

        void document() {
            DocumentInfo info = printed.info();
            out.append("# ").append(escape(info.title())).append("\n\n");
            if (info.visibility() == Visibility.PRIVATE) {
                out.append("**").append(PRIVATE_MARKING).append("**\n\n");
            }
            out.append(escape(Editions.line(info))).append("\n\n");
            String chapter = printed.chapterHeading();
            if (chapter != null) {
                out.append("## ").append(escape(chapter)).append("\n\n");
            }
            for (PrintedClause c : printed.clauses()) {
                clause(c);
            }
        }

        private void clause(PrintedClause clause) {
            int level = Math.min(6, clause.depth() + headingOffset);
            out.append("#".repeat(level)).append(' ').append(escape(clause.heading().text())).append("\n\n");
            // A clause that the public text of its document leaves out: marked where it starts.
            if (clause.privateClause()) {
                if (privateDepth == 0) {
                    out.append("**").append(HtmlWriter.PRIVATE_CLAUSE_MARKING).append("**\n\n");
                }
                privateDepth++;
            }
            blocks(clause.blocks(), 0);
            for (PrintedClause child : clause.children()) {
                clause(child);
            }
            if (clause.privateClause()) {
                privateDepth--;
            }
        }

        /** Blocks, indented by their depth less {@code base} (a note's text starts at the margin). */
        private void blocks(List<Printed> blocks, int base) {
            for (Printed b : blocks) {
                if (b instanceof Printed.Paragraph p) {
                    paragraph(p, p.depth() - base);
                } else if (b instanceof Printed.ItemList list) {
                    for (Printed.Item item : list.items()) {
                        item(item, base);
                    }
                } else if (b instanceof Printed.Table t) {
                    table(t);
                } else if (b instanceof Printed.Note n) {
                    note(n);
                }
            }
        }

        private void paragraph(Printed.Paragraph p, int depth) {
            indent(depth);
            if (!p.prefix().isEmpty()) {
                out.append(p.prefix()).append('\u3000');
            }
            line(p.text());
            out.append("\n\n");
        }

        private void item(Printed.Item item, int base) {
            indent(item.depth() - 1 - base);
            out.append(escapeLabel(item.label())).append(' ');
            List<Printed> rest = item.blocks();
            if (item.titled()) {
                line(item.title());
                out.append("\n\n");
            } else if (!rest.isEmpty() && rest.get(0) instanceof Printed.Paragraph p) {
                line(p.text());
                out.append("\n\n");
                rest = rest.subList(1, rest.size());
            } else {
                out.append("\n\n");
            }
            blocks(rest, base);
        }

        private void table(Printed.Table table) {
            boolean first = true;
            for (List<Line> row : table.rows()) {
                out.append('|');
                for (Line cell : row) {
                    out.append(' ');
                    line(cell);
                    out.append(" |");
                }
                out.append('\n');
                if (first) {
                    out.append('|');
                    out.append(" --- |".repeat(row.size()));
                    out.append('\n');
                    first = false;
                }
            }
            out.append('\n');
        }

        private void note(Printed.Note note) {
            // Render the note's blocks in place, then take them back and quote them line by line.
            int start = out.length();
            blocks(note.blocks(), note.depth());
            String body = out.substring(start).strip();
            out.setLength(start);
            for (String line : body.split("\n", -1)) {
                out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
            }
            out.append('\n');
        }

        private void indent(int depth) {
            out.append("\u3000".repeat(Math.max(0, depth)));
        }

        /** The text of a line, emphasised runs between ** marks. */
        private void line(Line line) {
            int open = 0;
            for (Line.Piece p : line.pieces()) {
                if (p.strong() != open) {
                    if (open != 0) {
                        out.append("**");
                    }
                    if (p.strong() != 0) {
                        out.append("**");
                    }
                    open = p.strong();
                }
                out.append(escape(line.text(p)));
            }
            if (open != 0) {
                out.append("**");
            }
        }

        /** A label like 「1.」 at the start of a line would read as a Markdown list. */
        private static String escapeLabel(String label) {
            return label.matches("\\d+[.)]") ? label.replace(".", "\\.").replace(")", "\\)") : label;
        }
    }
}
