package jp.policygen.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.policygen.text.Resources;
import jp.policygen.text.Xml;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Visibility;
import jp.policygen.printed.Line;
import jp.policygen.printed.Printed;
import jp.policygen.printed.PrintedClause;
import jp.policygen.printed.PrintedDocument;

/**
 * A self-contained page per document: inline CSS, no external requests, lang="ja", a table of
 * contents, an anchor per clause (the clause id), print CSS, readable on a phone. The markup is
 * well-formed XHTML so the PDF engine can read the same file.
 */
public final class HtmlWriter implements DocumentWriter {

    static final String CSS = Resources.text(HtmlWriter.class, "policy.css");

    /** Shown under the heading of a clause that the public text of its document leaves out. */
    public static final String PRIVATE_CLAUSE_MARKING = "非公開の条項（公開版には掲載しない）";

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public byte[] write(PrintedDocument printed) {
        return render(printed, "").getBytes(StandardCharsets.UTF_8);
    }

    /** The page; {@code extraCss} lets the PDF writer add page rules without a second template. */
    public String render(PrintedDocument printed, String extraCss) {
        return render(printed, extraCss, "");
    }

    /**
     * The page with {@code extraHead} (well-formed XHTML, e.g. the PDF engine's
     * {@code <bookmarks>}) added to the head after the metadata and before the style sheet.
     */
    public String render(PrintedDocument printed, String extraCss, String extraHead) {
        return render(printed, extraCss, extraHead, "", "");
    }

    /**
     * The page inside a web site: {@code bodyStart} (a skip link, the site's navigation) opens
     * the body and {@code bodyEnd} (a footer) closes it; both well-formed XHTML. The main content
     * is {@code <main id="main">}, the target of a skip link.
     */
    public String render(PrintedDocument printed, String extraCss, String extraHead, String bodyStart, String bodyEnd) {
        Walker w = new Walker(printed);
        w.page(extraCss, extraHead, bodyStart, bodyEnd);
        return w.out.toString();
    }

    /** The style sheet every page shares (no web fonts, no URLs), for pages built around this one. */
    public static String styleSheet() {
        return CSS;
    }

    /** Text escaped for XHTML character data and attribute values. */
    /** Escapes text for the page; see {@link Xml#escape}. */
    public static String escapeXml(String text) {
        return Xml.escape(text);
    }

    static String escape(String text) {
        return Xml.escape(text);
    }


    private static final class Walker {
        final StringBuilder out = new StringBuilder(64 * 1024);
        final PrintedDocument printed;
        final int headingOffset;
        /** How many private clauses are open around the current one. */
        int privateDepth;

        Walker(PrintedDocument printed) {
            this.printed = printed;
            this.headingOffset = printed.chapterHeading() == null ? 1 : 2;
        }

        void page(String extraCss, String extraHead, String bodyStart, String bodyEnd) {
            DocumentInfo info = printed.info();
            boolean isPrivate = info.visibility() == Visibility.PRIVATE;
            out.append("<!DOCTYPE html>\n<html lang=\"ja\" xml:lang=\"ja\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                    .append("<meta charset=\"UTF-8\" />\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                    .append("<title>").append(escape(info.title())).append("</title>\n")
                    .append("<meta name=\"author\" content=\"").append(escape(info.bodyName())).append("\" />\n")
                    .append("<meta name=\"subject\" content=\"").append(escape(info.kind().japaneseName())).append("\" />\n")
                    .append("<meta name=\"generator\" content=\"policygen\" />\n");
            if (isPrivate) {
                out.append("<meta name=\"robots\" content=\"noindex, nofollow\" />\n");
            }
            out.append(extraHead);
            out.append("<style>\n").append(CSS).append(extraCss).append("</style>\n</head>\n<body class=\"")
                    .append(info.kind().stem()).append(isPrivate ? " private" : " public")
                    .append(printed.articleForm() ? " reiki" : "").append("\">\n");
            out.append(bodyStart);
            if (isPrivate) {
                out.append("<p class=\"marking\" role=\"note\">非公開（取扱注意）</p>\n");
            }
            out.append("<header class=\"cover\">\n<p class=\"body-name\">").append(escape(info.bodyName())).append("</p>\n")
                    .append("<h1>").append(TitleWords.markup(info.title(), info.bodyName())).append("</h1>\n");
            PrintedDocument.Frame frame = printed.frame();
            if (frame != null) {
                // a 例規: its date and number, and each revision's, under the title
                out.append("<p class=\"promulgation\">");
                line(frame.promulgation());
                out.append("</p>\n");
                for (Line amendment : frame.amendments()) {
                    out.append("<p class=\"amendment\">");
                    line(amendment);
                    out.append("</p>\n");
                }
            }
            if (!Editions.editionLabel(info).isEmpty()) {
                out.append("<p class=\"edition\">").append(escape(printed.digits(Editions.editionLabel(info)))).append("</p>\n");
            }
            out.append("<ul class=\"history\">\n");
            for (String entry : Editions.dateEntries(info)) {
                out.append("<li>").append(escape(printed.digits(entry))).append("</li>\n");
            }
            out.append("</ul>\n</header>\n");
            toc();
            out.append("<main id=\"main\">\n");
            String chapter = printed.chapterHeading();
            if (chapter != null) {
                out.append("<h2 class=\"document-chapter\">").append(escape(chapter)).append("</h2>\n");
            }
            if (frame != null && frame.enactment() != null) {
                out.append("<p class=\"enactment\">");
                line(frame.enactment());
                out.append("</p>\n");
            }
            for (PrintedClause c : printed.clauses()) {
                clause(c);
            }
            if (frame != null) {
                supplements(frame);
            }
            out.append("</main>\n").append(bodyEnd).append("</body>\n</html>\n");
        }

        /** The contents as the printed document lists them, nested by depth. */
        private void toc() {
            out.append("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">目次</h2>\n");
            List<PrintedDocument.Contents.Entry> entries = printed.contents().entries();
            int open = 0;
            for (int i = 0; i < entries.size(); i++) {
                PrintedDocument.Contents.Entry e = entries.get(i);
                while (open < e.depth()) {
                    out.append(open == 0 ? "<ol>\n" : "\n<ol>\n");
                    open++;
                }
                while (open > e.depth()) {
                    out.append("</ol>\n</li>\n");
                    open--;
                }
                String target = e.clauseId() == null ? PrintedDocument.Frame.SUPPLEMENTARY_ID : e.clauseId();
                out.append("<li><a href=\"#").append(escape(target)).append("\">").append(escape(e.text())).append("</a>");
                boolean deeper = i + 1 < entries.size() && entries.get(i + 1).depth() > e.depth();
                if (!deeper) {
                    out.append("</li>\n");
                }
            }
            while (open > 0) {
                out.append(open > 1 ? "</ol>\n</li>\n" : "</ol>\n");
                open--;
            }
            out.append("</nav>\n");
        }

        private void clause(PrintedClause clause) {
            int h = Math.min(6, clause.depth() + headingOffset);
            // A clause kept out of the public text: marked where it starts (its sub-clauses inherit it).
            boolean privateClause = clause.privateClause();
            boolean marked = privateClause && privateDepth == 0;
            String form = switch (clause.form()) {
                case HEADING -> printed.articleForm() ? " chapter" : "";
                case ARTICLE -> " article";
                case ITEM -> " item";
                case DELETED -> " article deleted";
                case PREAMBLE -> " preamble";
            };
            out.append("<section id=\"").append(escape(clause.id())).append("\" class=\"clause level-").append(clause.depth())
                    .append(form).append(privateClause ? " private-clause" : "").append("\">\n");
            if (clause.caption() != null) {
                // a heading with no text of its own runs straight into its first sub-clause's heading
                // ("opens"): the PDF keeps room for both, so neither is left at the foot of a page
                String opens = clause.blocks().isEmpty() && !clause.children().isEmpty() ? "opens" : "";
                String cls = switch (clause.form()) {
                    case ARTICLE -> "caption";
                    case ITEM -> "line d" + clause.indent();
                    default -> "";
                };
                String classes = (cls + " " + opens).strip();
                out.append("<h").append(h);
                if (!classes.isEmpty()) {
                    out.append(" class=\"").append(classes).append('"');
                }
                out.append('>');
                line(clause.caption());
                out.append("</h").append(h).append(">\n");
            }
            if (marked) {
                out.append("<p class=\"clause-marking\" role=\"note\">").append(PRIVATE_CLAUSE_MARKING).append("</p>\n");
            }
            if (privateClause) {
                privateDepth++;
            }
            blocks(clause.blocks());
            for (PrintedClause child : clause.children()) {
                clause(child);
            }
            if (privateClause) {
                privateDepth--;
            }
            out.append("</section>\n");
        }

        /** The 附則, after the last article. */
        private void supplements(PrintedDocument.Frame frame) {
            int h = Math.min(6, 1 + headingOffset);
            out.append("<section id=\"").append(PrintedDocument.Frame.SUPPLEMENTARY_ID).append("\" class=\"supplementary\">\n");
            for (PrintedDocument.Frame.Supplement s : frame.supplements()) {
                out.append("<h").append(h).append(" class=\"supplement\">");
                line(s.heading());
                out.append("</h").append(h).append(">\n");
                for (Line paragraph : s.paragraphs()) {
                    // a paragraph without a number: its first line one character in, as 例規集 print it
                    out.append("<p class=\"unnumbered\">");
                    line(paragraph);
                    out.append("</p>\n");
                }
            }
            out.append("</section>\n");
        }

        private void blocks(List<Printed> blocks) {
            boolean reiki = printed.articleForm();
            for (Printed b : blocks) {
                if (b instanceof Printed.Paragraph p) {
                    // a 例規's paragraph without a number (a 前文) has its first line one character in
                    out.append(!reiki ? "<p>" : p.prefix().isEmpty() && p.depth() == 0 ? "<p class=\"unnumbered\">"
                            : "<p class=\"line d" + p.depth() + "\">");
                    if (!p.prefix().isEmpty()) {
                        out.append("<span class=\"para-num\">").append(escape(p.prefix())).append("</span>\u3000");
                    }
                    line(p.text());
                    out.append("</p>\n");
                } else if (b instanceof Printed.ItemList list) {
                    out.append(list.numbered() ? "<ol class=\"items\">\n" : "<ul class=\"bullets\">\n");
                    for (Printed.Item item : list.items()) {
                        if (reiki) {
                            lineItem(item);
                        } else {
                            item(item);
                        }
                    }
                    out.append(list.numbered() ? "</ol>\n" : "</ul>\n");
                } else if (b instanceof Printed.Table t) {
                    table(t);
                } else if (b instanceof Printed.Note n) {
                    out.append("<aside class=\"note\">\n");
                    blocks(n.blocks());
                    out.append("</aside>\n");
                }
            }
        }

        private void item(Printed.Item item) {
            out.append("<li><span class=\"label\">").append(escape(item.label())).append("</span>");
            out.append("<div class=\"item-body\">");
            if (item.titled()) {
                out.append("<p class=\"item-title\">");
                line(item.title());
                out.append("</p>\n");
            }
            blocks(item.blocks());
            out.append("</div></li>\n");
        }

        /** An item of a 例規: its label opens its first line, the lines hang by one character. */
        private void lineItem(Printed.Item item) {
            out.append("<li><p class=\"line d").append(item.depth()).append("\"><span class=\"label\">")
                    .append(escape(item.label())).append("</span>\u3000");
            List<Printed> rest = item.blocks();
            if (item.titled()) {
                line(item.title());
            } else if (!rest.isEmpty() && rest.get(0) instanceof Printed.Paragraph p) {
                line(p.text());
                rest = rest.subList(1, rest.size());
            }
            out.append("</p>\n");
            blocks(rest);
            out.append("</li>\n");
        }

        private void table(Printed.Table table) {
            out.append("<table>\n");
            List<List<Line>> rows = table.rows();
            int first = 0;
            if (table.header() && !rows.isEmpty()) {
                // a real header row: screen readers announce it, and the PDF repeats it on each page
                out.append("<thead>\n");
                row(rows.get(0), true);
                out.append("</thead>\n");
                first = 1;
            }
            out.append("<tbody>\n");
            for (List<Line> row : rows.subList(first, rows.size())) {
                row(row, false);
            }
            out.append("</tbody>\n</table>\n");
        }

        private void row(List<Line> cells, boolean header) {
            out.append("<tr>");
            for (Line cell : cells) {
                out.append(header ? "<th scope=\"col\">" : "<td>");
                line(cell);
                out.append(header ? "</th>" : "</td>");
            }
            out.append("</tr>\n");
        }

        /** A line's text: emphasised runs in strong, references as links to their first target. */
        private void line(Line line) {
            int open = 0;
            for (Line.Piece p : line.pieces()) {
                if (p.strong() != open) {
                    if (open != 0) {
                        out.append("</strong>");
                    }
                    if (p.strong() != 0) {
                        out.append("<strong>");
                    }
                    open = p.strong();
                }
                if (p.kind() == Line.Kind.REF) {
                    out.append("<a class=\"ref\" href=\"#").append(escape(p.targets().get(0))).append("\">")
                            .append(escape(line.text(p))).append("</a>");
                } else {
                    out.append(escape(line.text(p)));
                }
            }
            if (open != 0) {
                out.append("</strong>");
            }
        }
    }
}
