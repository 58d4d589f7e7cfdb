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
        out.append("# ").append(esc(ReportTable.title(c) + "　" + c.target().title())).append("\n\n");
        if (HtmlReport.isPrivate(c)) {
            out.append("**非公開（取扱注意）**\n\n");
        }
        out.append("- ").append(esc(o.targetLabel())).append("：").append(esc(Reports.sideName(c.target(), c.revisions()))).append('\n');
        out.append("- ").append(esc(o.baseLabel())).append("：").append(esc(Reports.sideName(c.base(), c.revisions()))).append('\n');
        out.append("- 表記：相違箇所を").append(OPEN).append(' ').append(CLOSE).append("で囲んで示す（HTML版では下線）。")
                .append(esc(Reports.legend(c, o).replaceFirst("^[^。]*。", ""))).append("\n\n");

        Comparison.Summary s = c.summary();
        out.append("## 概要\n\n| 区分 | 条項数 |\n| --- | ---: |\n");
        for (ClauseStatus status : ClauseStatus.values()) {
            if (!status.applies(c.revisions())) {
                continue;
            }
            out.append("| ").append(status.label(c.revisions())).append(" | ").append(s.count(status)).append(" |\n");
        }
        out.append("| 計 | ").append(c.rows().size()).append(" |\n\n");
        out.append(esc(o.targetLabel())).append("の文言のうち").append(esc(o.baseLabel())).append("と同一の部分：")
                .append(Reports.percent(s.identicalShare())).append("（").append(s.identicalChars()).append("／")
                .append(s.targetChars()).append("字）\n\n");

        out.append("## 対照\n");
        for (ReportTable.Entry e : ReportTable.of(c, o)) {
            Comparison.Row row = e.first();
            String th = Reports.heading(row.targetText());
            String bh = Reports.heading(row.baseText());
            String heading = th.isEmpty() ? bh : bh.isEmpty() || bh.equals(th) ? th : th + " ／ " + bh;
            String number = e.rows().size() == 1 ? String.valueOf(row.number())
                    : row.number() + "–" + e.rows().get(e.rows().size() - 1).number();
            String note = e.note(o);
            out.append("\n### ").append(number).append(". ").append(esc(heading))
                    .append(note.isEmpty() ? "" : note.startsWith("（") ? note : "（" + note + "）").append('\n');
            for (boolean targetSide : o.targetFirst() ? new boolean[] {true, false} : new boolean[] {false, true}) {
                out.append("\n**").append(esc(Reports.columnHeading(c, o, targetSide))).append("**\n\n");
                side(out, e.cell(targetSide));
            }
        }
        return out.toString();
    }

    private static void side(StringBuilder out, ReportTable.Cell cell) {
        if (cell.empty()) {
            out.append(">\n");
            return;
        }
        boolean first = true;
        if (cell.marker() != null) {
            out.append("> ").append(cell.marker()).append('\n');
            first = false;
        }
        for (ReportTable.Line line : cell.lines()) {
            if (!first) {
                out.append(">\n");
            }
            first = false;
            out.append("> ").append("\u3000".repeat(Math.min(line.indent(), 6)));
            for (Reports.Piece p : line.pieces()) {
                if (Reports.underlined(p)) {
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
