package jp.policygen.amend;

import java.util.List;

/**
 * Writes an amending instrument as it is submitted: the title, the date and number, the opening
 * sentence, the 本則 one sentence a paragraph (each indented by one full-width space, as 例規 are
 * written) with the provisions it quotes set one step further in, then 「附　則」 and its
 * paragraphs. Markdown keeps every line as it reads (hard line breaks, full-width indents); the
 * HTML page is self-contained (inline CSS, no script) and prints on A4 through the PDF writer.
 * What the drafter assumed (a blank number, a 施行日 read from a month) is listed after the text,
 * marked as notes for the drafter, not part of the instrument.
 */
public final class AmendmentWriter {

    private static final String INDENT = "\u3000";

    private AmendmentWriter() {
    }

    /** The instrument in Markdown. */
    public static String markdown(Amendment a) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(a.title()).append("\n\n");
        if (!a.dateLine().isBlank()) {
            out.append(a.dateLine()).append("\n\n");
        }
        out.append(INDENT).append(a.opening()).append("\n\n");
        for (Amendment.Sentence s : a.sentences()) {
            if (!s.text().isEmpty()) {
                out.append(INDENT).append(s.text()).append("\n\n");
            }
            if (!s.block().isEmpty()) {
                List<Amendment.BlockLine> block = s.block();
                for (int i = 0; i < block.size(); i++) {
                    Amendment.BlockLine l = block.get(i);
                    out.append(INDENT.repeat(l.indent() + 1)).append(md(l.text()));
                    out.append(i == block.size() - 1 ? "\n\n" : "  \n");
                }
            }
        }
        out.append(INDENT.repeat(3)).append(a.supplement().heading()).append("\n\n");
        for (String p : a.supplement().paragraphs()) {
            out.append(INDENT).append(p).append("\n\n");
        }
        if (!a.notes().isEmpty()) {
            out.append("---\n\n起案上の注記（改め文の一部ではない）:\n\n");
            for (String n : a.notes()) {
                out.append("- ").append(n).append('\n');
            }
        }
        return out.toString();
    }

    /** A line of quoted text, its Markdown marks made literal (a table row's bars, a leading #). */
    private static String md(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The instrument as one self-contained XHTML page. */
    public static String html(Amendment a) {
        return html(a, false, "");
    }

    /**
     * The page, marked 非公開（取扱注意） when it quotes a private document ({@code marked});
     * {@code extraCss} lets the PDF writer add its page rules.
     */
    public static String html(Amendment a, boolean marked, String extraCss) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ja\" xml:lang=\"ja\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(esc(a.title())).append("</title>\n<meta name=\"generator\" content=\"policygen amend\" />\n");
        if (marked) {
            out.append("<meta name=\"robots\" content=\"noindex, nofollow\" />\n");
        }
        out.append("<style>\n").append(CSS).append(extraCss).append("</style>\n</head>\n<body>\n");
        if (marked) {
            out.append("<p class=\"marking\" role=\"note\">非公開（取扱注意）</p>\n");
        }
        out.append("<main>\n");
        out.append("<h1>").append(esc(a.title())).append("</h1>\n");
        if (!a.dateLine().isBlank()) {
            out.append("<p class=\"date\">").append(esc(a.dateLine())).append("</p>\n");
        }
        out.append("<p class=\"s\">").append(esc(a.opening())).append("</p>\n");
        for (Amendment.Sentence s : a.sentences()) {
            if (!s.text().isEmpty()) {
                out.append("<p class=\"s\">").append(esc(s.text())).append("</p>\n");
            }
            if (!s.block().isEmpty()) {
                out.append("<div class=\"quoted\">\n");
                for (Amendment.BlockLine l : s.block()) {
                    out.append("<p class=\"q i").append(Math.min(l.indent(), 6)).append(' ')
                            .append(l.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                            .append(esc(l.text())).append("</p>\n");
                }
                out.append("</div>\n");
            }
        }
        out.append("<h2 class=\"supplement\">").append(esc(a.supplement().heading())).append("</h2>\n");
        for (String p : a.supplement().paragraphs()) {
            out.append("<p class=\"s\">").append(esc(p)).append("</p>\n");
        }
        out.append("</main>\n");
        if (!a.notes().isEmpty()) {
            out.append("<aside class=\"notes\" role=\"note\">\n<h2>起案上の注記（改め文の一部ではない）</h2>\n<ul>\n");
            for (String n : a.notes()) {
                out.append("<li>").append(esc(n)).append("</li>\n");
            }
            out.append("</ul>\n</aside>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static final String CSS = """
            @page { size: A4; margin: 25mm 22mm; }
            p.marking { text-align: right; color: #a00; font-weight: bold; }
            body { font-family: "policygen-serif", "Noto Serif JP", serif; line-height: 1.8; max-width: 42em; margin: 1em auto; padding: 0 1em; color: #111; }
            h1 { font-size: 1.25em; font-weight: normal; margin: 0 0 .5em 3em; }
            h2.supplement { font-size: 1em; font-weight: normal; margin: 1.2em 0 .3em 3em; }
            p { margin: 0; }
            p.date { text-align: right; margin-bottom: .8em; }
            p.s { text-indent: 1em; }
            .quoted { margin: .2em 0 .4em 0; }
            p.q { padding-left: 1em; text-indent: 0; }
            p.q.text { padding-left: 2em; text-indent: -1em; }
            p.i1 { margin-left: 1em; } p.i2 { margin-left: 2em; } p.i3 { margin-left: 3em; }
            p.i4 { margin-left: 4em; } p.i5 { margin-left: 5em; } p.i6 { margin-left: 6em; }
            aside.notes { border-top: 1px solid #888; margin-top: 2em; font-size: .9em; color: #333; }
            aside.notes h2 { font-size: 1em; }
            """;

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
