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
        String title = Reports.TITLE + "　" + c.target().title();
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
        out.append("<header>\n<h1>").append(esc(Reports.TITLE)).append("</h1>\n<dl class=\"sides\">\n")
                .append("<dt>").append(esc(o.targetLabel())).append("</dt><dd>").append(esc(Reports.sideName(c.target(), o.revision()))).append("</dd>\n")
                .append("<dt>").append(esc(o.baseLabel())).append("</dt><dd>").append(esc(Reports.sideName(c.base(), o.revision()))).append("</dd>\n")
                .append("</dl>\n</header>\n");
        summary(out, c, o);
        out.append("<table class=\"compare\">\n<colgroup><col class=\"side\" /><col class=\"side\" /></colgroup>\n<thead><tr>");
        for (boolean targetSide : order(o)) {
            out.append("<th scope=\"col\">").append(esc(targetSide ? o.targetLabel() : o.baseLabel())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Comparison.Row row : c.rows()) {
            row(out, row, o);
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
            if (!status.applies(o.revision())) {
                continue;
            }
            out.append("<tr class=\"").append(status.key()).append("\"><th scope=\"row\">").append(esc(o.status(status)))
                    .append("</th><td>").append(s.count(status)).append("</td></tr>\n");
        }
        out.append("<tr class=\"total\"><th scope=\"row\">計</th><td>").append(c.rows().size()).append("</td></tr>\n</tbody>\n</table>\n");
        out.append("<p class=\"share\">").append(esc(o.targetLabel())).append("の文言のうち").append(esc(o.baseLabel()))
                .append("と同一の部分：<strong>").append(Reports.percent(s.identicalShare())).append("</strong>（")
                .append(s.identicalChars()).append("／").append(s.targetChars()).append("字）</p>\n");
        out.append("<p class=\"legend\"><u class=\"chg\">下線</u>は相違箇所、<span class=\"param\">点線と網掛け</span>はパラメータ値の相違（比較から除外）を示す。")
                .append("比較から除外したもの：").append(esc(Reports.ignoredWords(c))).append("。</p>\n</section>\n");
    }

    private static void row(StringBuilder out, Comparison.Row row, ReportOptions o) {
        boolean elided = o.elided(row);
        out.append("<tr id=\"row-").append(row.number()).append("\" class=\"").append(row.status().key())
                .append(elided ? " elided" : "").append("\">");
        boolean first = true;
        for (boolean targetSide : order(o)) {
            out.append("<td>");
            if (first) {
                out.append("<p class=\"status\">").append(esc(o.status(row.status())))
                        .append(row.alignment() == AlignKind.MOVED ? "・移動" : "").append("</p>");
                first = false;
            }
            List<?> sections = targetSide ? row.target() : row.base();
            if (sections.isEmpty()) {
                out.append("<p class=\"marker\">").append(targetSide ? "（削る）" : "（新設）").append("</p>");
            } else {
                ClauseText text = targetSide ? row.targetText() : row.baseText();
                List<Span> spans = targetSide ? row.targetSpans() : row.baseSpans();
                cell(out, text, spans, elided);
            }
            out.append("</td>");
        }
        out.append("</tr>\n");
    }

    private static void cell(StringBuilder out, ClauseText text, List<Span> spans, boolean elided) {
        for (ClauseText.Line line : text.lines()) {
            boolean heading = line.kind() == ClauseText.LineKind.HEADING;
            if (elided && !heading) {
                continue;
            }
            out.append("<p class=\"").append(heading ? "h" : "t").append(" i").append(Math.min(line.indent(), 6)).append("\">");
            for (Reports.Piece p : Reports.pieces(text, line, spans)) {
                if (p.kind() == Span.Kind.CHANGED) {
                    out.append("<u class=\"chg\">").append(esc(p.text())).append("</u>");
                } else if (p.kind() == Span.Kind.PARAMETER) {
                    out.append("<span class=\"param\">").append(esc(p.text())).append("</span>");
                } else {
                    out.append(esc(p.text()));
                }
            }
            out.append("</p>");
        }
        if (elided) {
            out.append("<p class=\"t i0 elision\">（略）</p>");
        }
    }

    static String esc(String text) {
        return Xml.escape(text);
    }

}
