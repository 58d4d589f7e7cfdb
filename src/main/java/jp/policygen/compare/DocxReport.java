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
        String title = ReportTable.title(c);
        WordDocument doc = new WordDocument(page, true, false);
        doc.properties(new WordDocument.Properties(info.title(), title, info.bodyName(), title,
                Wareki.toDate(info.currentDate()).orElse(null), isPrivate));
        doc.headerAndFooter(info.title(), isPrivate ? "非公開（取扱注意）" : null);
        doc.paragraph(Para.of("Title", title));
        if (isPrivate) {
            doc.paragraph(Para.of("Marking", "非公開（取扱注意）"));
        }
        doc.paragraph(Para.of("BodyText", o.targetLabel() + "：" + Reports.sideName(c.target(), c.revisions())));
        doc.paragraph(Para.of("BodyText", o.baseLabel() + "：" + Reports.sideName(c.base(), c.revisions())));
        summary(doc, c, o);
        List<List<List<Para>>> rows = new ArrayList<>();
        List<List<Para>> header = new ArrayList<>();
        for (boolean targetSide : order(o)) {
            header.add(List.of(Para.of("TableHeading", Reports.columnHeading(c, o, targetSide))));
        }
        header.add(List.of(Para.of("TableHeading", ReportTable.noteHeading(o))));
        rows.add(header);
        for (ReportTable.Entry e : ReportTable.of(c, o)) {
            rows.add(row(e, o));
        }
        // the status in a narrow column of its own, so the two texts start at the same height
        doc.table(rows, 1, new double[] {1, 1, 0.2});
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
            if (!status.applies(c.revisions())) {
                continue;
            }
            rows.add(List.of(List.of(Para.of("TableText", status.label(c.revisions()))),
                    List.of(Para.of("TableText", String.valueOf(s.count(status))))));
        }
        rows.add(List.of(List.of(Para.of("TableText", "計")), List.of(Para.of("TableText", String.valueOf(c.rows().size())))));
        doc.table(rows, 1, new double[] {3, 1});
        doc.paragraph(Para.of("BodyText", o.targetLabel() + "の文言のうち" + o.baseLabel() + "と同一の部分："
                + Reports.percent(s.identicalShare()) + "（" + s.identicalChars() + "／" + s.targetChars() + "字）"));
        doc.paragraph(Para.of("BodyText", Reports.legend(c, o)));
    }

    private static List<List<Para>> row(ReportTable.Entry e, ReportOptions o) {
        List<List<Para>> cells = new ArrayList<>();
        for (boolean targetSide : order(o)) {
            ReportTable.Cell cell = e.cell(targetSide);
            List<Para> paras = new ArrayList<>();
            if (cell.marker() != null) {
                paras.add(Para.of("ReportText", cell.marker()));
            }
            for (ReportTable.Line line : cell.lines()) {
                List<Run> runs = new ArrayList<>();
                for (Reports.Piece p : line.pieces()) {
                    runs.add(new Run(p.text(), false, Reports.underlined(p), null));
                }
                // a line opening with a 項 or 号 label hangs: its next lines stand under its text, as in the HTML
                paras.add(new Para(line.heading() ? "ReportHeading" : "ReportText", runs, null, Math.min(line.indent(), 6),
                        line.hanging() ? 1 : 0));
            }
            cells.add(paras);
        }
        cells.add(List.of(Para.of("ReportStatus", e.note(o))));
        return cells;
    }
}
