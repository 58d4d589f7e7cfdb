package jp.policygen.compare;

import java.util.List;

/**
 * The 新旧対照表 as Markdown for review in git. Markdown has no underline and policygen's
 * Markdown allows no raw HTML, so changed phrases are put in 〔 〕 (said in the header); a
 * changed phrase stays visible in plain text, unlike emphasis next to Japanese punctuation. Rows
 * follow one another, each with the two sides in the configured order.
 */
public final class MarkdownReport {

    public static final String OPEN = "〔";
    public static final String CLOSE = "〕";

    public String render(Comparison c, ReportOptions o) {
        StringBuilder out = new StringBuilder(32 * 1024);
        out.append("# ").append(esc(Reports.TITLE + "　" + c.target().title())).append("\n\n");
        if (HtmlReport.isPrivate(c)) {
            out.append("**非公開（取扱注意）**\n\n");
        }
        out.append("- ").append(esc(o.targetLabel())).append("：").append(esc(Reports.sideName(c.target(), o.revision()))).append('\n');
        out.append("- ").append(esc(o.baseLabel())).append("：").append(esc(Reports.sideName(c.base(), o.revision()))).append('\n');
        out.append("- 表記：相違箇所を").append(OPEN).append(' ').append(CLOSE)
                .append("で囲んで示す（HTML版では下線）。一方にしかない条項は、他方の欄に（新設）又は（削る）と記す。")
                .append(o.elide() ? "相違のない条項は本文を（略）とする。" : "").append('\n');
        out.append("- 比較から除外したもの：").append(esc(Reports.ignoredWords(c))).append("\n\n");

        Comparison.Summary s = c.summary();
        out.append("## 概要\n\n| 区分 | 条項数 |\n| --- | ---: |\n");
        for (ClauseStatus status : ClauseStatus.values()) {
            if (!status.applies(o.revision())) {
                continue;
            }
            out.append("| ").append(o.status(status)).append(" | ").append(s.count(status)).append(" |\n");
        }
        out.append("| 計 | ").append(c.rows().size()).append(" |\n\n");
        out.append(esc(o.targetLabel())).append("の文言のうち").append(esc(o.baseLabel())).append("と同一の部分：")
                .append(Reports.percent(s.identicalShare())).append("（").append(s.identicalChars()).append("／")
                .append(s.targetChars()).append("字）\n\n");

        out.append("## 対照\n");
        for (Comparison.Row row : c.rows()) {
            String th = Reports.heading(row.targetText());
            String bh = Reports.heading(row.baseText());
            String heading = th.isEmpty() ? bh : bh.isEmpty() || bh.equals(th) ? th : th + " ／ " + bh;
            out.append("\n### ").append(row.number()).append(". ").append(esc(heading))
                    .append("（").append(o.status(row.status()))
                    .append(row.alignment() == AlignKind.MOVED ? "・移動" : "").append("）\n");
            boolean elided = o.elided(row);
            for (boolean targetSide : o.targetFirst() ? new boolean[] {true, false} : new boolean[] {false, true}) {
                out.append("\n**").append(esc(targetSide ? o.targetLabel() : o.baseLabel())).append("**\n\n");
                List<?> sections = targetSide ? row.target() : row.base();
                if (sections.isEmpty()) {
                    out.append("> ").append(targetSide ? "（削る）" : "（新設）").append('\n');
                } else if (elided) {
                    out.append("> （略）\n");
                } else {
                    side(out, targetSide ? row.targetText() : row.baseText(), targetSide ? row.targetSpans() : row.baseSpans());
                }
            }
        }
        return out.toString();
    }

    private static void side(StringBuilder out, ClauseText text, List<Span> spans) {
        boolean first = true;
        for (ClauseText.Line line : text.lines()) {
            if (!first) {
                out.append(">\n");
            }
            first = false;
            out.append("> ").append("\u3000".repeat(Math.min(line.indent(), 6)));
            for (Reports.Piece p : Reports.pieces(text, line, spans)) {
                if (p.kind() == Span.Kind.CHANGED) {
                    out.append(OPEN).append(esc(p.text())).append(CLOSE);
                } else {
                    out.append(esc(p.text()));
                }
            }
            out.append('\n');
        }
    }

    /** Text with Markdown's special characters escaped, so the file means what it shows. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
