package jp.policygen.render.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.PageSetup;
import jp.policygen.model.Visibility;
import jp.policygen.printed.Line;
import jp.policygen.printed.Printed;
import jp.policygen.printed.PrintedClause;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.Editions;
import jp.policygen.render.HtmlWriter;
import jp.policygen.render.MarkdownWriter;
import jp.policygen.text.Wareki;

/**
 * A document as a Word file, for offices that draft in Word: the printed text, line for line as
 * the Markdown reads (numbers, 項 numbers and item labels as text, references in the style's
 * words), laid on the body's house-style page, with a named style for each kind of paragraph
 * (表題, 見出し 1–6 by clause depth, 本文, 項, 号 1–6 with a hanging indent, 注記, tables with a
 * header row), a contents field, the title and 非公開（取扱注意） in the running header of a
 * private document, and page numbers. An item's label and its text are separated by a tab, which
 * the item style's hanging indent aligns.
 */
public final class DocxWriter implements DocumentWriter {

    /** The contents lists clauses this deep (as the HTML page's contents do). */
    private static final int CONTENTS_DEPTH = 2;

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public byte[] write(PrintedDocument printed) {
        return write(printed, PageSetup.DEFAULT);
    }

    @Override
    public byte[] write(PrintedDocument printed, PageSetup page) {
        Walker w = new Walker(printed, new WordDocument(page, false, true));
        w.document();
        return w.doc.bytes();
    }

    private static final class Walker {
        final PrintedDocument printed;
        final WordDocument doc;
        final int headingOffset;
        /** The bookmark of each clause's heading, by clause id: references and the contents link to it. */
        final Map<String, String> bookmarks = new HashMap<>();
        int privateDepth;
        boolean inNote;
        /** The bookmark of a clause with no heading line, carried by the next paragraph written. */
        String pendingBookmark;

        Walker(PrintedDocument printed, WordDocument doc) {
            this.printed = printed;
            this.doc = doc;
            this.headingOffset = printed.chapterHeading() == null ? 0 : 1;
            int n = 0;
            for (PrintedClause c : printed.all()) {
                // Word's own name for a heading the contents points to; hidden from the bookmark list
                bookmarks.put(c.id(), String.format("_Toc%06d", ++n));
            }
        }

        void document() {
            DocumentInfo info = printed.info();
            boolean isPrivate = info.visibility() == Visibility.PRIVATE;
            doc.properties(new WordDocument.Properties(info.title(), info.kind().japaneseName(), info.bodyName(),
                    "情報セキュリティポリシー", Wareki.toDate(info.currentDate()).orElse(null), isPrivate));
            doc.headerAndFooter(info.title(), isPrivate ? MarkdownWriter.PRIVATE_MARKING : null);
            doc.paragraph(WordDocument.Para.of("Title", info.title()));
            if (isPrivate) {
                doc.paragraph(WordDocument.Para.of("Marking", MarkdownWriter.PRIVATE_MARKING));
            }
            PrintedDocument.Frame frame = printed.frame();
            if (frame != null) {
                // a 例規: its date and number (and each revision's) under the title, then its 制定文
                doc.paragraph(WordDocument.Para.of("Edition", runs(frame.promulgation())));
                for (Line amendment : frame.amendments()) {
                    doc.paragraph(WordDocument.Para.of("Edition", runs(amendment)));
                }
                if (frame.enactment() != null) {
                    doc.paragraph(WordDocument.Para.of("BodyText", runs(frame.enactment())));
                }
            } else if (!Editions.line(info).isEmpty()) {
                doc.paragraph(WordDocument.Para.of("Edition", printed.digits(Editions.line(info))));
            }
            if (printed.contents().inText()) {
                // the 目次 of a 例規 is part of its text: chapters with the articles they hold
                doc.paragraph(WordDocument.Para.of("BodyText", "目次"));
                for (PrintedDocument.Contents.Entry e : printed.contents().entries()) {
                    doc.paragraph(new WordDocument.Para("TableText", List.of(WordDocument.Run.of(e.text())), null, e.depth()));
                }
            } else {
                doc.contents("目次", CONTENTS_DEPTH + headingOffset, contents());
            }
            String chapter = printed.chapterHeading();
            if (chapter != null) {
                doc.paragraph(new WordDocument.Para(WordStyles.heading(1), List.of(WordDocument.Run.of(chapter)),
                        "_Toc000000", 0));
            }
            for (PrintedClause c : printed.clauses()) {
                clause(c);
            }
            if (frame != null) {
                for (PrintedDocument.Frame.Supplement supplement : frame.supplements()) {
                    doc.paragraph(WordDocument.Para.of("Supplementary", runs(supplement.heading())));
                    for (Line paragraph : supplement.paragraphs()) {
                        doc.paragraph(WordDocument.Para.of("BodyText", runs(paragraph)));
                    }
                }
            }
        }

        private List<WordDocument.ContentsEntry> contents() {
            List<WordDocument.ContentsEntry> out = new ArrayList<>();
            if (printed.chapterHeading() != null) {
                out.add(new WordDocument.ContentsEntry(1, printed.chapterHeading(), "_Toc000000"));
            }
            for (PrintedClause c : printed.all()) {
                if (c.depth() <= CONTENTS_DEPTH) {
                    out.add(new WordDocument.ContentsEntry(c.depth() + headingOffset, c.heading().text(), bookmarks.get(c.id())));
                }
            }
            return out;
        }

        private void clause(PrintedClause clause) {
            if (clause.form() == PrintedClause.Form.HEADING) {
                doc.paragraph(new WordDocument.Para(WordStyles.heading(clause.depth() + headingOffset), runs(clause.heading()),
                        bookmarks.get(clause.id()), 0));
            } else if (clause.caption() != null) {
                // an article's caption 「（見出し）」, or a 号 with no text of its own: a line of the text
                String style = clause.form() == PrintedClause.Form.ITEM ? WordStyles.itemText(clause.indent()) : "Caption";
                doc.paragraph(new WordDocument.Para(style, runs(clause.caption()), bookmarks.get(clause.id()), 0));
            } else {
                // a 号 whose label opens its text: references point at that line
                pendingBookmark = bookmarks.get(clause.id());
            }
            if (clause.privateClause()) {
                if (privateDepth == 0) {
                    doc.paragraph(new WordDocument.Para("ClauseMarking",
                            List.of(new WordDocument.Run(HtmlWriter.PRIVATE_CLAUSE_MARKING, true, false, null)), null, 0));
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

        /** Blocks, their depth counted from {@code base} (a note's text starts at its margin). */
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
                    boolean was = inNote;
                    inNote = true;
                    blocks(n.blocks(), n.depth());
                    inNote = was;
                }
            }
        }

        private void paragraph(Printed.Paragraph p, int depth) {
            List<WordDocument.Run> runs = new ArrayList<>();
            String style;
            if (!p.prefix().isEmpty() && depth > 0) {
                // a 号 printed as a line of its article: its label, then its text on the item's hanging indent
                runs.add(WordDocument.Run.of(p.prefix()));
                runs.add(labelGap());
                style = WordStyles.item(depth);
            } else if (!p.prefix().isEmpty()) {
                // 条 and 項: the number, a full-width space, the text (as the Markdown prints it)
                runs.add(WordDocument.Run.of(p.prefix() + "\u3000"));
                style = "Paragraph";
            } else {
                style = depth > 0 ? WordStyles.itemText(depth) : "BodyText";
            }
            runs.addAll(runs(p.text()));
            doc.paragraph(new WordDocument.Para(inNote ? "Note" : style, runs, takeBookmark(), 0));
        }

        /**
         * What stands between a label and its text: 「　」 in the form of 例規, as the Markdown
         * has it (the item style's hanging indent still holds the text's further lines); a tab
         * elsewhere, which the item style aligns.
         */
        private WordDocument.Run labelGap() {
            return printed.articleForm() ? WordDocument.Run.of(printed.labelGap()) : WordDocument.Run.TAB;
        }

        private String takeBookmark() {
            String b = pendingBookmark;
            pendingBookmark = null;
            return b;
        }

        private void item(Printed.Item item, int base) {
            List<WordDocument.Run> runs = new ArrayList<>();
            runs.add(WordDocument.Run.of(item.label()));
            runs.add(labelGap());
            List<Printed> rest = item.blocks();
            if (item.titled()) {
                runs.addAll(runs(item.title()));
            } else if (!rest.isEmpty() && rest.get(0) instanceof Printed.Paragraph p) {
                runs.addAll(runs(p.text()));
                rest = rest.subList(1, rest.size());
            }
            int depth = item.depth() - base;
            doc.paragraph(new WordDocument.Para(inNote ? "Note" : WordStyles.item(depth), runs, takeBookmark(),
                    inNote ? 2 + depth : 0));
            blocks(rest, base);
        }

        private void table(Printed.Table table) {
            List<List<List<WordDocument.Para>>> rows = new ArrayList<>();
            int columns = 0;
            boolean first = true;
            for (List<Line> row : table.rows()) {
                List<List<WordDocument.Para>> cells = new ArrayList<>();
                String style = first && table.header() ? "TableHeading" : "TableText";
                for (Line cell : row) {
                    cells.add(List.of(WordDocument.Para.of(style, runs(cell))));
                }
                columns = Math.max(columns, row.size());
                rows.add(cells);
                first = false;
            }
            double[] widths = new double[Math.max(1, columns)];
            java.util.Arrays.fill(widths, 1);
            doc.table(rows, table.header() ? 1 : 0, widths);
        }

        /** A printed line as runs: emphasised pieces bold, references linked to their first target's heading. */
        private List<WordDocument.Run> runs(Line line) {
            List<WordDocument.Run> out = new ArrayList<>(line.pieces().size());
            for (Line.Piece p : line.pieces()) {
                String anchor = p.kind() == Line.Kind.REF && !p.targets().isEmpty() ? bookmarks.get(p.targets().get(0)) : null;
                out.add(new WordDocument.Run(line.text(p), p.strong() != 0, false, anchor));
            }
            if (out.isEmpty() && !line.isEmpty()) {
                out.add(WordDocument.Run.of(line.text()));
            }
            return out;
        }
    }
}
