package jp.policygen.compare;


import jp.policygen.text.Resources;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Visibility;
import jp.policygen.render.pdf.PdfFonts;
import jp.policygen.render.pdf.PdfWriter;

/**
 * The 新旧対照表 as PDF: the HTML report laid out on A4 landscape by the policy's PDF writer
 * (same fonts, PDF/A-2a and PDF/UA tagging, reproducible bytes), with page numbers and, where
 * either side is private (the standards), the 非公開 marking on every page.
 */
public final class PdfReport {

    private static final String CSS = Resources.text(PdfReport.class, "compare-pdf.css");

    private final PdfWriter writer;

    public PdfReport() {
        this(new PdfWriter());
    }

    public PdfReport(PdfWriter writer) {
        this.writer = writer;
    }

    public byte[] render(Comparison c, ReportOptions o) {
        DocumentInfo info = info(c);
        StringBuilder css = new StringBuilder(CSS).append("@page {\n  @top-left { content: ")
                .append(PdfWriter.cssString(info.title())).append("; font-family: \"").append(PdfFonts.FAMILY)
                .append("\"; font-size: 8pt; color: #333; }\n");
        if (info.visibility() == Visibility.PRIVATE) {
            css.append("  @top-right { content: ").append(PdfWriter.cssString(PdfWriter.PRIVATE_MARKING))
                    .append("; font-family: \"").append(PdfFonts.FAMILY)
                    .append("\"; font-size: 8.5pt; font-weight: bold; color: #a00; }\n");
        }
        css.append("}\n");
        return writer.writePage(new HtmlReport().render(c, o, css.toString()), info);
    }

    /** The report's metadata: the target's body and dates, private when it shows private text. */
    static DocumentInfo info(Comparison c) {
        DocumentInfo t = c.target().document().info();
        boolean isPrivate = HtmlReport.isPrivate(c);
        return new DocumentInfo(t.bodyId(), t.bodyName(), ReportTable.title(c) + "\u3000" + t.title(), t.kind(),
                isPrivate ? Visibility.PRIVATE : Visibility.PUBLIC, t.edition(), t.established(), t.revisions(), t.layout());
    }


}
