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

    /**
     * The Markdown of a document with where things stand in it: each numbered line (the lines a
     * reader navigates by: chapter and clause headings, 項, items) and, for every run of text,
     * the printed piece it shows, so a place in the file can be traced to where its words were
     * written. Lint reads generated documents through this, without reading the Markdown back.
     */
    public Layout layout(PrintedDocument printed) {
        Walker w = new Walker(printed);
        w.recording = true;
        w.document();
        return new Layout(w.out.toString(), w.numbered, w.runs);
    }

    /** A numbered line of the Markdown: 1-based line, the clause it opens or stands in, whether it is a heading, its Markdown level. */
    public record NumberedLine(int line, String clauseId, boolean heading, int markdownLevel) {
    }

    /** A run of the Markdown ({@code [start, end)}, with escapes) that shows {@code piece} of a printed line. */
    public record Run(int start, int end, Line line, Line.Piece piece) {
    }

    /** See {@link #layout}. */
    public record Layout(String text, List<NumberedLine> numbered, List<Run> runs) {
        public Layout {
            numbered = List.copyOf(numbered);
            runs = List.copyOf(runs);
        }

        /**
         * Where the character at a 1-based line and column of the Markdown was written: the
         * piece's origin, its column moved to the character; null when not known (labels,
         * numbers, the cover).
         */
        public jp.policygen.model.Origin origin(int line, int column) {
            int offset = offset(line, column);
            if (offset < 0) {
                return null;
            }
            int lo = 0;
            int hi = runs.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Run r = runs.get(mid);
                if (offset < r.start()) {
                    hi = mid - 1;
                } else if (offset >= r.end()) {
                    lo = mid + 1;
                } else {
                    jp.policygen.model.Origin o = r.piece().origin();
                    if (o == null || o.isParameter() || o.column() == 0) {
                        return o;
                    }
                    // characters of the run before this one, escapes not counted
                    int chars = 0;
                    for (int i = r.start(); i < offset; i++) {
                        if (text.charAt(i) == '\\' && i + 1 < r.end()) {
                            i++;
                        }
                        chars++;
                    }
                    return new jp.policygen.model.Origin(o.file(), o.line(), o.column() + chars, null);
                }
            }
            return null;
        }

        private int offset(int line, int column) {
            int at = 0;
            for (int l = 1; l < line; l++) {
                at = text.indexOf('\n', at);
                if (at < 0) {
                    return -1;
                }
                at++;
            }
            int offset = at + column - 1;
            return offset < text.length() ? offset : -1;
        }
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
        /** Whether to record numbered lines and runs ({@link #layout}). */
        boolean recording;
        final List<NumberedLine> numbered = new java.util.ArrayList<>();
        final List<Run> runs = new java.util.ArrayList<>();
        private int counted;
        private int lineNo = 1;
        /** The clause being written, for the numbered lines of its items. */
        private String clauseId;
        private boolean inNote;
        /** Whether the next numbered paragraph is the line the clause's label opens. */
        private boolean opening;

        /** The 1-based line the next character goes on. */
        private int line() {
            for (; counted < out.length(); counted++) {
                if (out.charAt(counted) == '\n') {
                    lineNo++;
                }
            }
            return lineNo;
        }

        private void numbered(String id, boolean heading, int level) {
            if (recording) {
                numbered.add(new NumberedLine(line(), id, heading, level));
            }
        }

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
            PrintedDocument.Frame frame = printed.frame();
            if (frame != null) {
                // a 例規: its date and number (and the revisions) stand under the title, then its 制定文
                line(frame.promulgation());
                out.append("\n\n");
                for (Line amendment : frame.amendments()) {
                    line(amendment);
                    out.append("\n\n");
                }
                if (frame.enactment() != null) {
                    line(frame.enactment());
                    out.append("\n\n");
                }
            } else if (!Editions.line(info).isEmpty()) {
                out.append(escape(printed.digits(Editions.line(info)))).append("\n\n");
            }
            String chapter = printed.chapterHeading();
            if (chapter != null) {
                numbered(null, true, 2);
                out.append("## ").append(escape(chapter)).append("\n\n");
            }
            if (printed.contents().inText()) {
                out.append("目次\n\n");
                for (PrintedDocument.Contents.Entry e : printed.contents().entries()) {
                    out.append("\u3000".repeat(e.depth())).append(escape(e.text())).append("\n\n");
                }
            }
            for (PrintedClause c : printed.clauses()) {
                clause(c);
            }
            if (frame != null) {
                for (PrintedDocument.Frame.Supplement s : frame.supplements()) {
                    line(s.heading());
                    out.append("\n\n");
                    for (Line paragraph : s.paragraphs()) {
                        line(paragraph);
                        out.append("\n\n");
                    }
                }
            }
        }

        private void clause(PrintedClause clause) {
            clauseId = clause.id();
            if (clause.form() == PrintedClause.Form.HEADING) {
                int level = Math.min(6, clause.depth() + headingOffset);
                numbered(clause.id(), true, level);
                out.append("#".repeat(level)).append(' ');
                line(clause.heading());
                out.append("\n\n");
            } else if (clause.caption() != null) {
                // an article's caption, or a 号 with no text of its own: a line of the text, not a heading
                numbered(clause.id(), true, 0);
                if (clause.form() == PrintedClause.Form.ITEM) {
                    indent(clause.indent() - 1);
                }
                line(clause.caption());
                out.append("\n\n");
            }
            // A clause that the public text of its document leaves out: marked where it starts.
            if (clause.privateClause()) {
                if (privateDepth == 0) {
                    out.append("**").append(HtmlWriter.PRIVATE_CLAUSE_MARKING).append("**\n\n");
                }
                privateDepth++;
            }
            opening = clause.labelOpensText();
            blocks(clause.blocks(), 0);
            opening = false;
            for (PrintedClause child : clause.children()) {
                clause(child);
                clauseId = clause.id();
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
            if (!p.prefix().isEmpty()) {
                // a numbered line starts where the label of its depth starts
                indent(depth - 1);
                if (!inNote) {
                    numbered(clauseId, opening, 0);
                }
                opening = false;
                out.append(escapeLabel(p.prefix())).append('\u3000');
            } else {
                indent(depth);
            }
            line(p.text());
            out.append("\n\n");
        }

        private void item(Printed.Item item, int base) {
            indent(item.depth() - 1 - base);
            if (!inNote) {
                numbered(clauseId, false, 0);
            }
            out.append(escapeLabel(item.label())).append(printed.labelGap());
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
            // quoting moves every character: the runs of a note are not recorded
            boolean wasRecording = recording;
            recording = false;
            inNote = true;
            int runCount = runs.size();
            blocks(note.blocks(), note.depth());
            inNote = false;
            recording = wasRecording;
            while (runs.size() > runCount) {
                runs.remove(runs.size() - 1);
            }
            String body = out.substring(start).strip();
            out.setLength(start);
            counted = Math.min(counted, start);
            lineNo = 1;
            counted = 0;
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
                int start = out.length();
                out.append(escape(line.text(p)));
                if (recording) {
                    runs.add(new Run(start, out.length(), line, p));
                }
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
