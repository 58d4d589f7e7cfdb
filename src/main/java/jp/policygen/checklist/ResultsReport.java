package jp.policygen.checklist;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Layout;
import jp.policygen.model.Visibility;
import jp.policygen.render.pdf.PdfFonts;
import jp.policygen.render.pdf.PdfWriter;
import jp.policygen.text.Xml;

/**
 * The summary of a filled checklist, as one self-contained XHTML page (and the same page as PDF
 * through the policy's PDF writer): 実施率 per chapter and per role, the rules answered × and △
 * with their 改善措置, 担当 and 期限, the rules changed since the checklist was made (the text
 * answered beside the text in force), rules no longer in the standards and rules the checklist
 * lacks. Marked 非公開（取扱注意）: it quotes the standards.
 */
public final class ResultsReport {

    private static final String CSS = """
            body { font-family: "policygen-serif", serif; font-size: 10pt; line-height: 1.6; margin: 1.5em; color: #000; }
            h1 { font-size: 15pt; margin: 0 0 0.3em; }
            h2 { font-size: 12pt; margin: 1.2em 0 0.4em; border-bottom: 1px solid #555; }
            .marking { text-align: right; color: #a00; font-weight: bold; margin: 0; }
            dl.about dt { font-weight: bold; float: left; clear: left; width: 8em; }
            dl.about dd { margin: 0 0 0.2em 8.5em; }
            table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.8em; }
            th, td { border: 1px solid #777; padding: 0.2em 0.4em; vertical-align: top; text-align: left; }
            th { background: #eee; }
            td.n { text-align: right; white-space: nowrap; }
            .rule { white-space: pre-wrap; }
            .none { color: #555; }
            """;

    private static final String PDF_CSS = """
            @page { size: A4 landscape; margin: 14mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: "policygen-serif"; font-size: 8pt; }
              @top-right { content: "非公開（取扱注意）"; font-family: "policygen-serif"; font-size: 8pt; color: #a00; } }
            body { margin: 0; font-size: 9pt; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            """;

    public String html(Results r) {
        return page(r, "");
    }

    public byte[] htmlBytes(Results r) {
        return html(r).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] pdf(Results r, PdfWriter writer) {
        Checklist c = r.current();
        DocumentInfo info = new DocumentInfo(c.bodyId(), c.bodyName(), title(r), DocumentKind.STANDARDS, Visibility.PRIVATE,
                1, c.textDate(), List.of(), new Layout("plain", 0, 1));
        return writer.writePage(page(r, PDF_CSS.replace("policygen-serif", PdfFonts.FAMILY)), info);
    }

    private static String title(Results r) {
        return r.current().title() + "\u3000点検結果";
    }

    private String page(Results r, String extraCss) {
        Checklist c = r.current();
        StringBuilder out = new StringBuilder(32 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"ja\" xml:lang=\"ja\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n<title>").append(esc(title(r))).append("</title>\n")
                .append("<meta name=\"robots\" content=\"noindex, nofollow\" />\n<meta name=\"generator\" content=\"policygen checklist\" />\n")
                .append("<style>\n").append(CSS).append(extraCss).append("</style>\n</head>\n<body>\n")
                .append("<p class=\"marking\" role=\"note\">非公開（取扱注意）</p>\n")
                .append("<h1>").append(esc(title(r))).append("</h1>\n<dl class=\"about\">\n");
        about(out, "団体", c.bodyName());
        about(out, "点検", c.kind().japanese() + (c.role() != null ? "（" + c.role().title() + "）" : ""));
        about(out, "点検表", r.filled().file().getFileName().toString() + "（" + (r.filled().textDate().isEmpty()
                ? "" : r.filled().textDate() + "の規定により作成") + "）");
        about(out, "現行の規定", c.documentTitle() + "\u3000" + c.edition());
        about(out, "実施率", r.total().percent() + "（○" + r.total().done() + "／○△×" + r.total().assessed()
                + "。該当なし" + r.total().notApplicable() + "、未回答" + r.total().unanswered() + "）");
        out.append("</dl>\n");
        out.append("<h2>章ごとの実施状況</h2>\n");
        tallies(out, "章", r.chapters());
        out.append("<h2>役割ごとの実施状況</h2>\n");
        tallies(out, "役割", r.roles());

        out.append("<h2>×及び△の規定と改善措置（").append(r.open().size()).append("件）</h2>\n");
        if (r.open().isEmpty()) {
            out.append("<p class=\"none\">なし</p>\n");
        } else {
            out.append("<table>\n<thead><tr><th scope=\"col\">番号</th><th scope=\"col\">見出し</th><th scope=\"col\">")
                    .append(esc(c.kind().answerColumn())).append("</th><th scope=\"col\">改善措置</th><th scope=\"col\">担当</th>")
                    .append("<th scope=\"col\">期限</th></tr></thead>\n<tbody>\n");
            for (Results.Answered a : r.open()) {
                out.append("<tr><td>").append(esc(a.rule().number())).append("</td><td>").append(esc(a.rule().caption()))
                        .append("</td><td>").append(esc(a.row().answer())).append("</td><td>")
                        .append(a.row().remedy().isEmpty() ? "<span class=\"none\">（未記入）</span>" : esc(a.row().remedy()))
                        .append("</td><td>").append(esc(a.row().owner())).append("</td><td>").append(esc(a.row().due()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }

        out.append("<h2>点検表の作成後に改正された規定（").append(r.changed().size()).append("件）</h2>\n");
        if (r.changed().isEmpty()) {
            out.append("<p class=\"none\">なし</p>\n");
        } else {
            out.append("<table>\n<thead><tr><th scope=\"col\">番号</th><th scope=\"col\">点検した規定</th>")
                    .append("<th scope=\"col\">現行の規定</th><th scope=\"col\">").append(esc(c.kind().answerColumn()))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (Results.Answered a : r.changed()) {
                out.append("<tr><td>").append(esc(a.rule().number())).append("</td><td class=\"rule\">").append(esc(a.row().text()))
                        .append("</td><td class=\"rule\">").append(esc(a.rule().text())).append("</td><td>")
                        .append(esc(a.row().answer())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("<h2>現行の規定にない行（").append(r.removed().size()).append("件）</h2>\n");
        list(out, r.removed().stream().map(x -> x.number() + "\u3000" + x.caption() + "（" + x.sheet() + " " + x.line() + "行）").toList());
        out.append("<h2>点検表にない現行の規定（").append(r.added().size()).append("件）</h2>\n");
        list(out, r.added().stream().map(x -> x.number() + "\u3000" + x.caption()).toList());
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void about(StringBuilder out, String term, String value) {
        out.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private static void tallies(StringBuilder out, String what, List<Results.Tally> tallies) {
        out.append("<table>\n<thead><tr><th scope=\"col\">").append(esc(what)).append("</th>");
        for (String h : List.of("○", "△", "×", "該当なし", "未回答", "実施率")) {
            out.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Results.Tally t : tallies) {
            out.append("<tr><th scope=\"row\">").append(esc(t.name())).append("</th>");
            for (int n : new int[] {t.done(), t.partly(), t.notDone(), t.notApplicable(), t.unanswered()}) {
                out.append("<td class=\"n\">").append(n).append("</td>");
            }
            out.append("<td class=\"n\">").append(esc(t.percent())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void list(StringBuilder out, List<String> items) {
        if (items.isEmpty()) {
            out.append("<p class=\"none\">なし</p>\n");
            return;
        }
        out.append("<ul>\n");
        items.forEach(i -> out.append("<li>").append(esc(i)).append("</li>\n"));
        out.append("</ul>\n");
    }

    private static String esc(String s) {
        return Xml.escape(s);
    }
}
