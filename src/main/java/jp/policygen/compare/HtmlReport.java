package jp.policygen.compare;

import java.util.List;

import jp.policygen.text.Resources;
import jp.policygen.text.Xml;

/**
 * The 新旧対照表 as one self-contained page: lang="ja", inline CSS, no external requests, and
 * well-formed XHTML so the PDF writer can read the same file. Two columns aligned by clause;
 * changed phrases underlined (傍線) in both; (新設) and (削る) for clauses on one side only;
 * optionally 「（略）」 for unchanged clauses; a summary first.
 */
public final class HtmlReport {

    static final String CSS = Resources.text(HtmlReport.class, "compare.css");

    public String render(Comparison c, ReportOptions o) {
        return render(c, o, "");
    }

    /** The page; {@code extraCss} lets the PDF writer add page rules. */
    public String render(Comparison c, ReportOptions o, String extraCss) {
        StringBuilder out = new StringBuilder(64 * 1024);
        String heading = ReportTable.title(c);
        String title = heading + "　" + c.target().title();
        out.append("<!DOCTYPE html>\n<html lang=\"ja\" xml:lang=\"ja\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<meta name=\"generator\" content=\"policygen compare\" />\n");
        boolean isPrivate = isPrivate(c);
        if (isPrivate) {
            out.append("<meta name=\"robots\" content=\"noindex, nofollow\" />\n");
        }
        out.append("<style>\n").append(CSS).append(extraCss).append("</style>\n</head>\n<body>\n");
        if (isPrivate) {
            out.append("<p class=\"marking\" role=\"note\">非公開（取扱注意）</p>\n");
        }
        out.append("<header>\n<h1>").append(esc(heading)).append("</h1>\n<dl class=\"sides\">\n")
                .append("<dt>").append(esc(o.targetLabel())).append("</dt><dd>").append(esc(Reports.sideName(c.target(), c.revisions()))).append("</dd>\n")
                .append("<dt>").append(esc(o.baseLabel())).append("</dt><dd>").append(esc(Reports.sideName(c.base(), c.revisions()))).append("</dd>\n")
                .append("</dl>\n</header>\n");
        summary(out, c, o);
        out.append("<table class=\"compare\">\n<colgroup><col class=\"side\" /><col class=\"side\" /><col class=\"note\" /></colgroup>\n<thead><tr>");
        for (boolean targetSide : order(o)) {
            out.append("<th scope=\"col\">").append(esc(Reports.columnHeading(c, o, targetSide))).append("</th>");
        }
        out.append("<th scope=\"col\" class=\"note\">").append(ReportTable.noteHeading(o)).append("</th>");
        out.append("</tr></thead>\n<tbody>\n");
        for (ReportTable.Entry e : ReportTable.of(c, o)) {
            row(out, e, o);
        }
        out.append("</tbody>\n</table>\n</body>\n</html>\n");
        return out.toString();
    }

    /** A report that shows private text (the standards, or a private clause) is private too. */
    static boolean isPrivate(Comparison c) {
        for (Side side : List.of(c.target(), c.base())) {
            if (side.document().info().visibility() == jp.policygen.model.Visibility.PRIVATE
                    || side.document().hasPrivateClauses()) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] order(ReportOptions o) {
        return o.targetFirst() ? new boolean[] {true, false} : new boolean[] {false, true};
    }

    private static void summary(StringBuilder out, Comparison c, ReportOptions o) {
        Comparison.Summary s = c.summary();
        out.append("<section class=\"summary\">\n<h2>概要</h2>\n<table class=\"counts\">\n<thead><tr><th scope=\"col\">区分</th><th scope=\"col\">条項数</th></tr></thead>\n<tbody>\n");
        for (ClauseStatus status : ClauseStatus.values()) {
            if (!status.applies(c.revisions())) {
                continue;
            }
            out.append("<tr class=\"").append(status.key()).append("\"><th scope=\"row\">").append(esc(status.label(c.revisions())))
                    .append("</th><td>").append(s.count(status)).append("</td></tr>\n");
        }
        out.append("<tr class=\"total\"><th scope=\"row\">計</th><td>").append(c.rows().size()).append("</td></tr>\n</tbody>\n</table>\n");
        out.append("<p class=\"share\">").append(esc(o.targetLabel())).append("の文言のうち").append(esc(o.baseLabel()))
                .append("と同一の部分：<strong>").append(Reports.percent(s.identicalShare())).append("</strong>（")
                .append(s.identicalChars()).append("／").append(s.targetChars()).append("字）</p>\n");
        out.append("<p class=\"legend\">").append(esc(Reports.legend(c, o))).append("</p>\n</section>\n");
    }

    private static void row(StringBuilder out, ReportTable.Entry e, ReportOptions o) {
        out.append("<tr id=\"row-").append(e.first().number()).append("\" class=\"").append(e.status().key())
                .append(e.collapsed() ? " elided" : "").append("\">");
        for (boolean targetSide : order(o)) {
            out.append("<td>");
            cell(out, e.cell(targetSide));
            out.append("</td>");
        }
        out.append("<td class=\"note\">").append(esc(e.note(o))).append("</td>");
        out.append("</tr>\n");
    }

    private static void cell(StringBuilder out, ReportTable.Cell cell) {
        if (cell.marker() != null) {
            out.append("<p class=\"marker\">").append(esc(cell.marker())).append("</p>");
        }
        for (ReportTable.Line line : cell.lines()) {
            out.append("<p class=\"").append(line.heading() ? "h" : "t").append(" i").append(Math.min(line.indent(), 6))
                    .append(line.hanging() ? " hang" : "").append(line.elision() ? " elision" : "").append("\">");
            for (Reports.Piece p : line.pieces()) {
                if (Reports.underlined(p)) {
                    out.append("<u class=\"chg\">").append(esc(p.text())).append("</u>");
                } else if (p.kind() == Span.Kind.PARAMETER) {
                    out.append("<span class=\"param\">").append(esc(p.text())).append("</span>");
                } else {
                    out.append(esc(p.text()));
                }
            }
            out.append("</p>");
        }
    }

    static String esc(String text) {
        return Xml.escape(text);
    }

}
