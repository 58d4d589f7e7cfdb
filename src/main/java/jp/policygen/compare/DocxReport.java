package jp.policygen.compare;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.PageSetup;
import jp.policygen.model.Visibility;
import jp.policygen.render.docx.WordDocument;
import jp.policygen.render.docx.WordDocument.Para;
import jp.policygen.render.docx.WordDocument.Run;
import jp.policygen.text.Wareki;

/**
 * The 新旧対照表 as a Word file, as offices hand it to a council: the house style's paper turned
 * to landscape, the summary, then one table of two columns (labels in a header row repeated on
 * every page) with the changed phrases underlined (傍線) in both, (新設) and (削る) for a clause on
 * one side only, 「（略）」 for elided ones; 非公開（取扱注意） in the header of a report that shows
 * private text. The same words as the HTML report, through {@link WordDocument}.
 */
public final class DocxReport {

    public byte[] render(Comparison c, ReportOptions o) {
        return render(c, o, PageSetup.DEFAULT);
    }

    public byte[] render(Comparison c, ReportOptions o, PageSetup page) {
        DocumentInfo info = PdfReport.info(c);
        boolean isPrivate = info.visibility() == Visibility.PRIVATE;
        WordDocument doc = new WordDocument(page, true, false);
        doc.properties(new WordDocument.Properties(info.title(), Reports.TITLE, info.bodyName(), "新旧対照表",
                Wareki.toDate(info.currentDate()).orElse(null), isPrivate));
        doc.headerAndFooter(info.title(), isPrivate ? "非公開（取扱注意）" : null);
        doc.paragraph(Para.of("Title", Reports.TITLE));
        if (isPrivate) {
            doc.paragraph(Para.of("Marking", "非公開（取扱注意）"));
        }
        doc.paragraph(Para.of("BodyText", o.targetLabel() + "：" + Reports.sideName(c.target(), o.revision())));
        doc.paragraph(Para.of("BodyText", o.baseLabel() + "：" + Reports.sideName(c.base(), o.revision())));
        summary(doc, c, o);
        List<List<List<Para>>> rows = new ArrayList<>();
        List<List<Para>> header = new ArrayList<>();
        for (boolean targetSide : order(o)) {
            header.add(List.of(Para.of("TableHeading", targetSide ? o.targetLabel() : o.baseLabel())));
        }
        rows.add(header);
        for (Comparison.Row row : c.rows()) {
            rows.add(row(row, o));
        }
        doc.table(rows, 1, new double[] {1, 1});
        return doc.bytes();
    }

    private static boolean[] order(ReportOptions o) {
        return o.targetFirst() ? new boolean[] {true, false} : new boolean[] {false, true};
    }

    private static void summary(WordDocument doc, Comparison c, ReportOptions o) {
        doc.paragraph(Para.of("Heading1", "概要"));
        Comparison.Summary s = c.summary();
        List<List<List<Para>>> rows = new ArrayList<>();
        rows.add(List.of(List.of(Para.of("TableHeading", "区分")), List.of(Para.of("TableHeading", "条項数"))));
        for (ClauseStatus status : ClauseStatus.values()) {
            if (!status.applies(o.revision())) {
                continue;
            }
            rows.add(List.of(List.of(Para.of("TableText", o.status(status))),
                    List.of(Para.of("TableText", String.valueOf(s.count(status))))));
        }
        rows.add(List.of(List.of(Para.of("TableText", "計")), List.of(Para.of("TableText", String.valueOf(c.rows().size())))));
        doc.table(rows, 1, new double[] {3, 1});
        doc.paragraph(Para.of("BodyText", o.targetLabel() + "の文言のうち" + o.baseLabel() + "と同一の部分："
                + Reports.percent(s.identicalShare()) + "（" + s.identicalChars() + "／" + s.targetChars() + "字）"));
        doc.paragraph(Para.of("BodyText", List.of(new Run("下線", false, true, null),
                Run.of("は相違箇所を示す。パラメータ値の相違は比較から除外した。比較から除外したもの："
                        + Reports.ignoredWords(c) + "。"))));
    }

    private static List<List<Para>> row(Comparison.Row row, ReportOptions o) {
        boolean elided = o.elided(row);
        List<List<Para>> cells = new ArrayList<>();
        boolean first = true;
        for (boolean targetSide : order(o)) {
            List<Para> cell = new ArrayList<>();
            if (first) {
                cell.add(Para.of("ReportStatus", o.status(row.status())));
                first = false;
            }
            List<?> sections = targetSide ? row.target() : row.base();
            if (sections.isEmpty()) {
                cell.add(Para.of("ReportText", targetSide ? "（削る）" : "（新設）"));
            } else {
                ClauseText text = targetSide ? row.targetText() : row.baseText();
                List<Span> spans = targetSide ? row.targetSpans() : row.baseSpans();
                for (ClauseText.Line line : text.lines()) {
                    boolean heading = line.kind() == ClauseText.LineKind.HEADING;
                    if (elided && !heading) {
                        continue;
                    }
                    List<Run> runs = new ArrayList<>();
                    for (Reports.Piece p : Reports.pieces(text, line, spans)) {
                        runs.add(new Run(p.text(), false, p.kind() == Span.Kind.CHANGED, null));
                    }
                    cell.add(new Para(heading ? "ReportHeading" : "ReportText", runs, null, Math.min(line.indent(), 6)));
                }
                if (elided) {
                    cell.add(Para.of("ReportText", "（略）"));
                }
            }
            cells.add(cell);
        }
        return cells;
    }
}
