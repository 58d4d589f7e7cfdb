package jp.policygen.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import jp.policygen.model.PageSetup;

/**
 * A Word file being written (Apache POI's XWPF): the page from a body's house style, the styles
 * of {@link WordStyles}, a running header and page numbers, and paragraphs and tables of runs of
 * text. Numbers are text, never Word's automatic numbering, so the file reads exactly as the
 * other formats. Documents and reports (新旧対照表, 改め文) are written through it; {@link #bytes}
 * gives the same bytes for the same content every time.
 *
 * <p>POI makes the package (parts, relationships, content types, properties), the header and
 * footer and the section's page setup; the paragraphs and tables of the body, which are nearly all
 * of the file, and the styles are written here as WordprocessingML text and put in their parts
 * when the package is rewritten ({@link StableZip}): building them as XMLBeans objects, and
 * parsing the styles into them, cost more than the rest of a DOCX, first and warm, for the same
 * XML. The tests validate both parts against the schema.
 */
public final class WordDocument {

    /** A run of text: bold, underlined (傍線), a link to a bookmark in the file (null: none). */
    public record Run(String text, boolean bold, boolean underline, String anchor) {
        public Run {
            Objects.requireNonNull(text, "text");
        }

        public static Run of(String text) {
            return new Run(text, false, false, null);
        }

        /** A tab: between an item's label and its text. */
        public static final Run TAB = new Run("\t", false, false, null);
    }

    /**
     * A paragraph: its style id ({@link WordStyles}), its runs, a bookmark name it carries (a
     * heading that references and the contents point to; null: none), an indent in characters
     * that overrides the style's (0: the style's), and a hanging indent in characters (a line that
     * opens with a label: its next lines stand under its text; 0: none).
     */
    public record Para(String style, List<Run> runs, String bookmark, double indentChars, double hangingChars) {
        public Para {
            Objects.requireNonNull(style, "style");
            runs = List.copyOf(runs);
        }

        public Para(String style, List<Run> runs, String bookmark, double indentChars) {
            this(style, runs, bookmark, indentChars, 0);
        }

        public static Para of(String style, String text) {
            return new Para(style, List.of(Run.of(text)), null, 0);
        }

        public static Para of(String style, List<Run> runs) {
            return new Para(style, runs, null, 0);
        }

        /** The paragraph's text as a reader copies it. */
        public String text() {
            StringBuilder s = new StringBuilder();
            runs.forEach(r -> s.append(r.text()));
            return s.toString();
        }
    }

    /** An entry of the contents: its level (1–3), text and the bookmark of its heading. */
    public record ContentsEntry(int level, String text, String bookmark) {
    }

    /** What the file says about itself (core properties); {@code date} is when its text took effect. */
    public record Properties(String title, String subject, String author, String keywords, LocalDate date,
                             boolean isPrivate) {
    }

    private static final double TWIPS_PER_MM = 1440 / 25.4;

    /** Where the body's paragraphs go in the document part as POI writes it. */
    private static final String MARK = "policygen-body-3f9c7e";

    private final XWPFDocument doc = new XWPFDocument();
    private final CTBody body;
    /** The body's paragraphs and tables as WordprocessingML. */
    private final StringBuilder xml = new StringBuilder(256 * 1024);
    private final int charTwips;
    private final int textTwips;
    private String styles;
    private int bookmarkIds;

    /**
     * A new file on the house style's page; {@code landscape} turns the paper (reports), and
     * {@code grid} lays the text on the 字数×行数 grid (documents; a report's table has its own
     * columns).
     */
    public WordDocument(PageSetup setup, boolean landscape, boolean grid) {
        this.body = doc.getDocument().getBody();
        body.addNewP().addNewR().addNewT().setStringValue(MARK);
        PageSetup.Margins m = setup.margins();
        double widthMm = landscape ? setup.paper().heightMm : setup.paper().widthMm;
        double heightMm = landscape ? setup.paper().widthMm : setup.paper().heightMm;
        this.textTwips = twips(widthMm - m.left() - m.right());
        int textHeight = twips(heightMm - m.top() - m.bottom());
        double size = setup.font().size();
        int characters = grid ? setup.grid().characters() : 0;
        // one character on the grid: the text width shared by the characters per line, or the font size
        this.charTwips = characters > 0 ? textTwips / characters : (int) Math.round(size * 20);
        styles(setup.font());
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size0 = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size0.setW(BigInteger.valueOf(twips(widthMm)));
        size0.setH(BigInteger.valueOf(twips(heightMm)));
        if (landscape) {
            size0.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(twips(m.top())));
        mar.setBottom(BigInteger.valueOf(twips(m.bottom())));
        mar.setLeft(BigInteger.valueOf(twips(m.left())));
        mar.setRight(BigInteger.valueOf(twips(m.right())));
        // header and footer half way into the top and bottom margins
        mar.setHeader(BigInteger.valueOf(twips(m.top() / 2)));
        mar.setFooter(BigInteger.valueOf(twips(m.bottom() / 2)));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid docGrid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        if (grid) {
            // 行数: the text height shared by the lines; 字数: charSpace is how much wider than the
            // Normal font's size each character's pitch is, in 4096ths of a point (ECMA-376 17.6.5)
            docGrid.setLinePitch(BigInteger.valueOf(textHeight / setup.grid().lines()));
            if (characters > 0) {
                docGrid.setType(STDocGrid.LINES_AND_CHARS);
                double pitch = textTwips / 20.0 / characters;
                docGrid.setCharSpace(BigInteger.valueOf(Math.round((pitch - size) * 4096)));
            } else {
                docGrid.setType(STDocGrid.LINES);
            }
        } else {
            docGrid.setType(STDocGrid.DEFAULT);
            docGrid.setLinePitch(BigInteger.valueOf(Math.round(size * 20 * 1.5)));
        }
    }

    private static int twips(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    /** The width of one character on this page, in twips. */
    public int charTwips() {
        return charTwips;
    }

    /** The width of the text column, in twips. */
    public int textTwips() {
        return textTwips;
    }

    /** An empty styles part, filled with {@link WordStyles} when the file is written (not parsed into objects). */
    private void styles(PageSetup.Font font) {
        doc.createStyles();
        this.styles = WordStyles.xml(font, charTwips, textTwips);
    }

    /** The core properties: title, subject, author, keywords, and the text's date as created and modified. */
    public void properties(Properties p) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(p.title());
        core.setSubjectProperty(p.subject());
        core.setCreator(p.author());
        core.setLastModifiedByUser(p.author());
        core.setKeywords(p.keywords());
        if (p.isPrivate()) {
            core.setContentStatus("非公開（取扱注意）");
        }
        core.setRevision("1");
        // the date the text took effect (not the time of the run): the same input, the same bytes
        Date date = Date.from((p.date() != null ? p.date() : LocalDate.of(2000, 1, 1)).atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        POIXMLProperties.ExtendedProperties app = doc.getProperties().getExtendedProperties();
        app.getUnderlyingProperties().setApplication("policygen");
    }

    /**
     * The running header (the document's title on the left, {@code marking} — 非公開（取扱注意）
     * — on the right) and the page number centred in the footer.
     */
    public void headerAndFooter(String title, String marking) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        CTP hp = header.createParagraph().getCTP();
        style(hp, "Header");
        text(hp, title, false, false);
        if (marking != null) {
            text(hp, "\t\t", false, false);
            text(hp, marking, true, false);
        }
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        CTP fp = footer.createParagraph().getCTP();
        style(fp, "Footer");
        CTSimpleField page = fp.addNewFldSimple();
        page.setInstr(" PAGE ");
        page.addNewR().addNewT().setStringValue("1");
    }

    /** A paragraph of runs. */
    public void paragraph(Para para) {
        paragraph(xml, para);
    }

    private void paragraph(StringBuilder out, Para para) {
        pPr(out, para.style(), para.indentChars(), para.hangingChars());
        if (para.bookmark() != null) {
            out.append("<w:bookmarkStart w:id=\"").append(++bookmarkIds).append("\" w:name=\"").append(esc(para.bookmark()))
                    .append("\"/>");
        }
        for (Run r : para.runs()) {
            if (r.anchor() != null) {
                out.append("<w:hyperlink w:anchor=\"").append(esc(r.anchor())).append("\">");
                runs(out, r);
                out.append("</w:hyperlink>");
            } else {
                runs(out, r);
            }
        }
        if (para.bookmark() != null) {
            out.append("<w:bookmarkEnd w:id=\"").append(bookmarkIds).append("\"/>");
        }
        out.append("</w:p>");
    }

    /** Opens a paragraph with its properties: the style, and an indent that overrides the style's. */
    private void pPr(StringBuilder out, String style, double indentChars, double hangingChars) {
        out.append("<w:p><w:pPr><w:pStyle w:val=\"").append(esc(style)).append("\"/>");
        if (hangingChars > 0) {
            // the label stands out at the indent, the lines after it under the text
            double left = indentChars + hangingChars;
            out.append("<w:ind w:leftChars=\"").append(Math.round(left * 100)).append("\" w:left=\"")
                    .append(Math.round(left * charTwips)).append("\" w:hangingChars=\"").append(Math.round(hangingChars * 100))
                    .append("\" w:hanging=\"").append(Math.round(hangingChars * charTwips)).append("\"/>");
        } else if (indentChars > 0) {
            out.append("<w:ind w:leftChars=\"").append(Math.round(indentChars * 100)).append("\" w:left=\"")
                    .append(Math.round(indentChars * charTwips)).append("\"/>");
        }
        out.append("</w:pPr>");
    }

    /**
     * The contents: a heading, then Word's contents field ({@code TOC \o "1-levels" \h}) holding
     * the entries as their text and links, so the file shows them before Word has laid it out;
     * Word fills in the page numbers when it updates the field.
     */
    public void contents(String heading, int levels, List<ContentsEntry> entries) {
        paragraph(Para.of("TOCHeading", heading));
        for (int i = 0; i < entries.size(); i++) {
            ContentsEntry e = entries.get(i);
            pPr(xml, "TOC" + Math.max(1, Math.min(3, e.level())), 0, 0);
            if (i == 0) {
                xml.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-")
                        .append(levels).append("\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
            }
            xml.append("<w:hyperlink w:anchor=\"").append(esc(e.bookmark())).append("\" w:history=\"1\">");
            runs(xml, Run.of(e.text()));
            xml.append("</w:hyperlink>");
            if (i == entries.size() - 1) {
                xml.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            }
            xml.append("</w:p>");
        }
    }

    /**
     * A table across the text column: {@code widths} are the columns' shares (any unit),
     * the first {@code headerRows} rows repeat at the top of every page; each cell holds
     * paragraphs.
     */
    public void table(List<List<List<Para>>> rows, int headerRows, double[] widths) {
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        int[] twips = new int[widths.length];
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"").append(textTwips)
                .append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0420\"/></w:tblPr><w:tblGrid>");
        for (int i = 0; i < widths.length; i++) {
            twips[i] = (int) Math.round(textTwips * widths[i] / total);
            xml.append("<w:gridCol w:w=\"").append(twips[i]).append("\"/>");
        }
        xml.append("</w:tblGrid>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<w:tr>");
            if (r < headerRows) {
                xml.append("<w:trPr><w:tblHeader/></w:trPr>");
            }
            List<List<Para>> cells = rows.get(r);
            for (int c = 0; c < widths.length; c++) {
                xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(twips[c]).append("\" w:type=\"dxa\"/></w:tcPr>");
                List<Para> content = c < cells.size() ? cells.get(c) : List.of();
                if (content.isEmpty()) {
                    // a cell holds at least one paragraph
                    pPr(xml, r < headerRows ? "TableHeading" : "TableText", 0, 0);
                    xml.append("</w:p>");
                }
                for (Para para : content) {
                    paragraph(xml, para);
                }
                xml.append("</w:tc>");
            }
            xml.append("</w:tr>");
        }
        // Word needs a paragraph between two tables; an empty one after each table keeps them apart
        xml.append("</w:tbl>");
        pPr(xml, "Normal", 0, 0);
        xml.append("</w:p>");
    }

    /**
     * A run of text as Word runs: one per stretch of text, tab or line break, each with the
     * run's formatting.
     */
    private static void runs(StringBuilder out, Run run) {
        String format = run.bold() || run.underline()
                ? "<w:rPr>" + (run.bold() ? "<w:b/><w:bCs/>" : "") + (run.underline() ? "<w:u w:val=\"single\"/>" : "") + "</w:rPr>"
                : "";
        String text = run.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\t' || text.charAt(i) == '\n') {
                if (i > start) {
                    out.append("<w:r>").append(format).append("<w:t xml:space=\"preserve\">")
                            .append(esc(text.substring(start, i))).append("</w:t></w:r>");
                }
                if (i < text.length()) {
                    out.append("<w:r>").append(format).append(text.charAt(i) == '\t' ? "<w:tab/>" : "<w:br/>").append("</w:r>");
                }
                start = i + 1;
            }
        }
    }

    private static String esc(String text) {
        return jp.policygen.text.Xml.escape(text);
    }

    private static void style(CTP p, String style) {
        CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        ppr.addNewPStyle().setVal(style);
    }

    /** Text in the header: a run per stretch of text or tab. */
    private static void text(CTP p, String text, boolean bold, boolean underline) {
        for (String part : text.split("(?<=\t)|(?=\t)")) {
            CTR r = p.addNewR();
            if (bold) {
                r.addNewRPr().addNewB();
            }
            if (part.equals("\t")) {
                r.addNewTab();
            } else {
                r.addNewT().setStringValue(part);
            }
        }
    }

    /** The document part as POI wrote it, the body's paragraphs put in place of the marker's paragraph. */
    private byte[] withBody(byte[] written) {
        String part = new String(written, StandardCharsets.UTF_8);
        int mark = part.indexOf(MARK);
        int start = mark < 0 ? -1 : part.lastIndexOf("<w:p>", mark);
        if (start < 0) {
            throw new IllegalStateException("the body's place is not in the document part");
        }
        int end = part.indexOf("</w:p>", mark) + "</w:p>".length();
        return (part.substring(0, start) + xml + part.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /** The file: a zip with fixed timestamps and entries in a fixed order (see {@link StableZip}). */
    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            doc.write(out);
            doc.close();
            return StableZip.of(out.toByteArray(), Map.of("word/document.xml", this::withBody,
                    "word/styles.xml", part -> styles.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word file", e);
        }
    }
}
