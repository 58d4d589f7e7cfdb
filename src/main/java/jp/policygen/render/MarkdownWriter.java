package jp.policygen.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.policygen.model.Block;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Inline;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.Numbering;

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
    public byte[] write(Numbering numbered) {
        return render(numbered).getBytes(StandardCharsets.UTF_8);
    }

    public String render(Numbering numbered) {
        Walker w = new Walker(numbered);
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

    private static final class Walker extends DocumentWalker {
        final StringBuilder out = new StringBuilder();
        final int headingOffset;
        int privateDepth;

        Walker(Numbering numbering) {
            super(numbering);
            this.headingOffset = numbering.documentChapterHeading() == null ? 1 : 2;
        }

        void document() {
            DocumentInfo info = numbering.document().info();
            out.append("# ").append(escape(info.title())).append("\n\n");
            if (info.visibility() == Visibility.PRIVATE) {
                out.append("**").append(PRIVATE_MARKING).append("**\n\n");
            }
            String edition = Editions.line(info);
            if (!edition.isEmpty()) {
                out.append(escape(edition)).append("\n\n");
            }
            String chapter = numbering.documentChapterHeading();
            if (chapter != null) {
                out.append("## ").append(escape(chapter)).append("\n\n");
            }
            sections(numbering.document().sections(), 1);
        }

        @Override
        protected void openSection(Section section, int depth) {
            int level = Math.min(6, depth + headingOffset);
            out.append("#".repeat(level)).append(' ').append(escape(numbering.heading(section))).append("\n\n");
            if (privateClause(section)) {
                if (privateDepth == 0) {
                    out.append("**").append(HtmlWriter.PRIVATE_CLAUSE_MARKING).append("**\n\n");
                }
                privateDepth++;
            }
        }

        @Override
        protected void closeSection(Section section, int depth) {
            if (privateClause(section)) {
                privateDepth--;
            }
        }

        /** A clause that the public text of its document leaves out. */
        private boolean privateClause(Section section) {
            return section.visibility() == Visibility.PRIVATE;
        }

        @Override
        protected void paragraph(Section owner, List<Inline> content, String prefix, int listDepth) {
            indent(listDepth);
            if (!prefix.isEmpty()) {
                out.append(prefix).append('\u3000');
            }
            inlines(owner, content);
            out.append("\n\n");
        }

        @Override
        protected void openList(Block.ItemList list, int depth) {
        }

        @Override
        protected void closeList(Block.ItemList list, int depth) {
        }

        @Override
        protected void item(Section owner, Block.Item item, String label, int depth) {
            indent(depth - 1);
            out.append(escapeLabel(label)).append(' ');
            List<Block> rest = item.blocks();
            if (!item.title().isEmpty()) {
                inlines(owner, item.title());
                out.append("\n\n");
            } else if (!rest.isEmpty() && rest.get(0) instanceof Block.Paragraph p) {
                inlines(owner, p.content());
                out.append("\n\n");
                rest = rest.subList(1, rest.size());
            } else {
                out.append("\n\n");
            }
            blocks(owner, rest, depth, false);
        }

        @Override
        protected void table(Section owner, Block.Table table, int listDepth) {
            boolean first = true;
            for (List<List<Inline>> row : table.rows()) {
                out.append('|');
                for (List<Inline> cell : row) {
                    out.append(' ');
                    inlines(owner, cell);
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

        @Override
        protected void note(Section owner, Block.Note note, int listDepth) {
            // Render the note's blocks in place, then take them back and quote them line by line.
            int start = out.length();
            blocks(owner, note.blocks(), 0, false);
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

        private void inlines(Section owner, List<Inline> inlines) {
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Text t) {
                    out.append(escape(t.text()));
                } else if (inline instanceof Inline.Strong s) {
                    out.append("**");
                    inlines(owner, s.content());
                    out.append("**");
                } else if (inline instanceof Inline.Ref r) {
                    out.append(escape(numbering.referenceText(r, owner)));
                }
            }
        }

        /** A label like 「1.」 at the start of a line would read as a Markdown list. */
        private static String escapeLabel(String label) {
            return label.matches("\\d+[.)]") ? label.replace(".", "\\.").replace(")", "\\)") : label;
        }
    }
}
