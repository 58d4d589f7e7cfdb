package jp.policygen.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.policygen.text.Resources;
import jp.policygen.text.Xml;
import jp.policygen.model.Block;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Inline;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.Numbering;

/**
 * A self-contained page per document: inline CSS, no external requests, lang="ja", a table of
 * contents, an anchor per clause (the clause id), print CSS, readable on a phone. The markup is
 * well-formed XHTML so the PDF engine can read the same file.
 */
public final class HtmlWriter implements DocumentWriter {

    static final String CSS = Resources.text(HtmlWriter.class, "policy.css");

    /** Shown under the heading of a clause that the public text of its document leaves out. */
    public static final String PRIVATE_CLAUSE_MARKING = "非公開の条項（公開版には掲載しない）";

    /** How deep the table of contents goes. */
    private static final int TOC_DEPTH = 2;

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public byte[] write(Numbering numbered) {
        return render(numbered, "").getBytes(StandardCharsets.UTF_8);
    }

    /** The page; {@code extraCss} lets the PDF writer add page rules without a second template. */
    public String render(Numbering numbered, String extraCss) {
        return render(numbered, extraCss, "");
    }

    /**
     * The page with {@code extraHead} (well-formed XHTML, e.g. the PDF engine's
     * {@code <bookmarks>}) added to the head after the metadata and before the style sheet.
     */
    public String render(Numbering numbered, String extraCss, String extraHead) {
        return render(numbered, extraCss, extraHead, "", "");
    }

    /**
     * The page inside a web site: {@code bodyStart} (a skip link, the site's navigation) opens
     * the body and {@code bodyEnd} (a footer) closes it; both well-formed XHTML. The main content
     * is {@code <main id="main">}, the target of a skip link.
     */
    public String render(Numbering numbered, String extraCss, String extraHead, String bodyStart, String bodyEnd) {
        Walker w = new Walker(numbered);
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


    private static final class Walker extends DocumentWalker {
        final StringBuilder out = new StringBuilder(64 * 1024);
        final int headingOffset;
        /** How many private clauses are open around the current one. */
        int privateDepth;

        Walker(Numbering numbering) {
            super(numbering);
            this.headingOffset = numbering.documentChapterHeading() == null ? 1 : 2;
        }

        void page(String extraCss, String extraHead, String bodyStart, String bodyEnd) {
            DocumentInfo info = numbering.document().info();
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
                    .append(info.kind().stem()).append(isPrivate ? " private" : " public").append("\">\n");
            out.append(bodyStart);
            if (isPrivate) {
                out.append("<p class=\"marking\" role=\"note\">非公開（取扱注意）</p>\n");
            }
            out.append("<header class=\"cover\">\n<p class=\"body-name\">").append(escape(info.bodyName())).append("</p>\n")
                    .append("<h1>").append(escape(info.title())).append("</h1>\n")
                    .append(Editions.editionLabel(info).isEmpty() ? ""
                            : "<p class=\"edition\">" + escape(Editions.editionLabel(info)) + "</p>\n")
                    .append("<ul class=\"history\">\n");
            for (String entry : Editions.dateEntries(info)) {
                out.append("<li>").append(escape(entry)).append("</li>\n");
            }
            out.append("</ul>\n</header>\n");
            toc();
            out.append("<main id=\"main\">\n");
            String chapter = numbering.documentChapterHeading();
            if (chapter != null) {
                out.append("<h2 class=\"document-chapter\">").append(escape(chapter)).append("</h2>\n");
            }
            sections(numbering.document().sections(), 1);
            out.append("</main>\n").append(bodyEnd).append("</body>\n</html>\n");
        }

        private void toc() {
            out.append("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">目次</h2>\n");
            tocList(numbering.document().sections(), 1);
            out.append("</nav>\n");
        }

        private void tocList(List<Section> sections, int depth) {
            if (sections.isEmpty() || depth > TOC_DEPTH) {
                return;
            }
            out.append("<ol>\n");
            for (Section s : sections) {
                out.append("<li><a href=\"#").append(escape(s.id())).append("\">")
                        .append(escape(numbering.heading(s))).append("</a>");
                if (!s.children().isEmpty() && depth < TOC_DEPTH) {
                    out.append('\n');
                    tocList(s.children(), depth + 1);
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }

        @Override
        protected void openSection(Section section, int depth) {
            int h = Math.min(6, depth + headingOffset);
            // A clause kept out of the public text: marked where it starts (its sub-clauses inherit it).
            boolean privateClause = section.visibility() == Visibility.PRIVATE;
            boolean marked = privateClause && privateDepth == 0;
            out.append("<section id=\"").append(escape(section.id())).append("\" class=\"clause level-").append(depth)
                    .append(privateClause ? " private-clause" : "").append("\">\n<h").append(h).append('>')
                    .append(escape(numbering.heading(section))).append("</h").append(h).append(">\n");
            if (marked) {
                out.append("<p class=\"clause-marking\" role=\"note\">").append(PRIVATE_CLAUSE_MARKING).append("</p>\n");
            }
            if (privateClause) {
                privateDepth++;
            }
        }

        @Override
        protected void closeSection(Section section, int depth) {
            if (section.visibility() == Visibility.PRIVATE) {
                privateDepth--;
            }
            out.append("</section>\n");
        }

        @Override
        protected void paragraph(Section owner, List<Inline> content, String prefix, int listDepth) {
            out.append("<p>");
            if (!prefix.isEmpty()) {
                out.append("<span class=\"para-num\">").append(escape(prefix)).append("</span>\u3000");
            }
            inlines(owner, content);
            out.append("</p>\n");
        }

        @Override
        protected void openList(Block.ItemList list, int depth) {
            out.append(list.numbered() ? "<ol class=\"items\">\n" : "<ul class=\"bullets\">\n");
        }

        @Override
        protected void closeList(Block.ItemList list, int depth) {
            out.append(list.numbered() ? "</ol>\n" : "</ul>\n");
        }

        @Override
        protected void item(Section owner, Block.Item item, String label, int depth) {
            out.append("<li><span class=\"label\">").append(escape(label)).append("</span>");
            out.append("<div class=\"item-body\">");
            if (!item.title().isEmpty()) {
                out.append("<p class=\"item-title\">");
                inlines(owner, item.title());
                out.append("</p>\n");
            }
            blocks(owner, item.blocks(), depth, false);
            out.append("</div></li>\n");
        }

        @Override
        protected void table(Section owner, Block.Table table, int listDepth) {
            out.append("<table>\n");
            List<List<List<Inline>>> rows = table.rows();
            int first = 0;
            if (table.header() && !rows.isEmpty()) {
                // a real header row: screen readers announce it, and the PDF repeats it on each page
                out.append("<thead>\n");
                row(owner, rows.get(0), true);
                out.append("</thead>\n");
                first = 1;
            }
            out.append("<tbody>\n");
            for (List<List<Inline>> row : rows.subList(first, rows.size())) {
                row(owner, row, false);
            }
            out.append("</tbody>\n</table>\n");
        }

        private void row(Section owner, List<List<Inline>> cells, boolean header) {
            out.append("<tr>");
            for (List<Inline> cell : cells) {
                out.append(header ? "<th scope=\"col\">" : "<td>");
                inlines(owner, cell);
                out.append(header ? "</th>" : "</td>");
            }
            out.append("</tr>\n");
        }

        @Override
        protected void note(Section owner, Block.Note note, int listDepth) {
            out.append("<aside class=\"note\">\n");
            blocks(owner, note.blocks(), listDepth, false);
            out.append("</aside>\n");
        }

        private void inlines(Section owner, List<Inline> inlines) {
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Text t) {
                    out.append(escape(t.text()));
                } else if (inline instanceof Inline.Strong s) {
                    out.append("<strong>");
                    inlines(owner, s.content());
                    out.append("</strong>");
                } else if (inline instanceof Inline.Ref r) {
                    out.append("<a class=\"ref\" href=\"#").append(escape(r.targets().get(0))).append("\">")
                            .append(escape(numbering.referenceText(r, owner))).append("</a>");
                }
            }
        }
    }
}
