package jp.policygen.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import jp.policygen.model.PageSetup;

/**
 * A Word file being written (Apache POI's XWPF): the page from a body's house style, the styles
 * of {@link WordStyles}, a running header and page numbers, and paragraphs and tables of runs of
 * text. Numbers are text, never Word's automatic numbering, so the file reads exactly as the
 * other formats. Documents and reports (新旧対照表, 改め文) are written through it; {@link #bytes}
 * gives the same bytes for the same content every time.
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
     * heading that references and the contents point to; null: none), and an indent in
     * characters that overrides the style's (0: the style's).
     */
    public record Para(String style, List<Run> runs, String bookmark, double indentChars) {
        public Para {
            Objects.requireNonNull(style, "style");
            runs = List.copyOf(runs);
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

    private final XWPFDocument doc = new XWPFDocument();
    private final CTBody body;
    private final int charTwips;
    private final int textTwips;
    private int bookmarkIds;

    /**
     * A new file on the house style's page; {@code landscape} turns the paper (reports), and
     * {@code grid} lays the text on the 字数×行数 grid (documents; a report's table has its own
     * columns).
     */
    public WordDocument(PageSetup setup, boolean landscape, boolean grid) {
        this.body = doc.getDocument().getBody();
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

    private void styles(PageSetup.Font font) {
        try {
            XWPFStyles styles = doc.createStyles();
            styles.setStyles(StylesDocument.Factory.parse(WordStyles.xml(font, charTwips, textTwips)).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in styles do not parse", e);
        }
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
        paragraph(body.addNewP(), para);
    }

    private void paragraph(CTP p, Para para) {
        style(p, para.style());
        if (para.indentChars() > 0) {
            CTPPr ppr = p.getPPr();
            var ind = ppr.addNewInd();
            ind.setLeftChars(BigInteger.valueOf(Math.round(para.indentChars() * 100)));
            ind.setLeft(BigInteger.valueOf(Math.round(para.indentChars() * charTwips)));
        }
        if (para.bookmark() != null) {
            CTBookmark start = p.addNewBookmarkStart();
            start.setId(BigInteger.valueOf(++bookmarkIds));
            start.setName(para.bookmark());
        }
        for (Run r : para.runs()) {
            if (r.anchor() != null) {
                CTHyperlink link = p.addNewHyperlink();
                link.setAnchor(r.anchor());
                run(link::addNewR, r);
            } else {
                run(p::addNewR, r);
            }
        }
        if (para.bookmark() != null) {
            p.addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarkIds));
        }
    }

    /**
     * The contents: a heading, then Word's contents field ({@code TOC \o "1-levels" \h}) holding
     * the entries as their text and links, so the file shows them before Word has laid it out;
     * Word fills in the page numbers when it updates the field.
     */
    public void contents(String heading, int levels, List<ContentsEntry> entries) {
        paragraph(Para.of("TOCHeading", heading));
        if (entries.isEmpty()) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            ContentsEntry e = entries.get(i);
            CTP p = body.addNewP();
            style(p, "TOC" + Math.max(1, Math.min(3, e.level())));
            if (i == 0) {
                fieldChar(p, STFldCharType.BEGIN);
                CTText instr = p.addNewR().addNewInstrText();
                instr.setStringValue(" TOC \\o \"1-" + levels + "\" \\h \\z \\u ");
                instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                fieldChar(p, STFldCharType.SEPARATE);
            }
            CTHyperlink link = p.addNewHyperlink();
            link.setAnchor(e.bookmark());
            link.setHistory(Boolean.TRUE);
            run(link::addNewR, Run.of(e.text()));
            if (i == entries.size() - 1) {
                fieldChar(p, STFldCharType.END);
            }
        }
    }

    private static void fieldChar(CTP p, STFldCharType.Enum type) {
        p.addNewR().addNewFldChar().setFldCharType(type);
    }

    /**
     * A table across the text column: {@code widths} are the columns' shares (any unit),
     * the first {@code headerRows} rows repeat at the top of every page; each cell holds
     * paragraphs.
     */
    public void table(List<List<List<Para>>> rows, int headerRows, double[] widths) {
        CTTbl tbl = body.addNewTbl();
        CTTblPr pr = tbl.addNewTblPr();
        pr.addNewTblStyle().setVal("TableGrid");
        pr.addNewTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(textTwips));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var look = pr.addNewTblLook();
        look.setVal(new byte[] {0x04, 0x20});
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        int[] twips = new int[widths.length];
        CTTblGrid grid = tbl.addNewTblGrid();
        for (int i = 0; i < widths.length; i++) {
            twips[i] = (int) Math.round(textTwips * widths[i] / total);
            grid.addNewGridCol().setW(BigInteger.valueOf(twips[i]));
        }
        for (int r = 0; r < rows.size(); r++) {
            CTRow tr = tbl.addNewTr();
            var trPr = tr.addNewTrPr();
            if (r < headerRows) {
                trPr.addNewTblHeader();
            }
            List<List<Para>> cells = rows.get(r);
            for (int c = 0; c < widths.length; c++) {
                CTTc tc = tr.addNewTc();
                var w = tc.addNewTcPr().addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(twips[c]));
                List<Para> content = c < cells.size() ? cells.get(c) : List.of();
                if (content.isEmpty()) {
                    style(tc.addNewP(), r < headerRows ? "TableHeading" : "TableText");
                }
                for (Para para : content) {
                    paragraph(tc.addNewP(), para);
                }
            }
        }
        // Word needs a paragraph between two tables and after a table at the end of a cell; an
        // empty one after each table keeps them apart
        style(body.addNewP(), "Normal");
    }

    private static void style(CTP p, String style) {
        CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        ppr.addNewPStyle().setVal(style);
    }

    /**
     * A run of text as Word runs: one per stretch of text, tab or line break, each with the
     * run's formatting (a run of one child each keeps their order whatever the XML binding does).
     */
    private static void run(java.util.function.Supplier<CTR> newRun, Run run) {
        String text = run.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\t' || text.charAt(i) == '\n') {
                if (i > start) {
                    CTText t = formatted(newRun.get(), run).addNewT();
                    t.setStringValue(text.substring(start, i));
                    if (text.charAt(start) == ' ' || text.charAt(i - 1) == ' ' || text.charAt(start) == '\u3000') {
                        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                    }
                }
                if (i < text.length()) {
                    CTR r = formatted(newRun.get(), run);
                    if (text.charAt(i) == '\t') {
                        r.addNewTab();
                    } else {
                        r.addNewBr();
                    }
                }
                start = i + 1;
            }
        }
    }

    private static CTR formatted(CTR r, Run run) {
        if (run.bold() || run.underline()) {
            CTRPr rpr = r.addNewRPr();
            if (run.bold()) {
                rpr.addNewB();
                rpr.addNewBCs();
            }
            if (run.underline()) {
                rpr.addNewU().setVal(STUnderline.SINGLE);
            }
        }
        return r;
    }

    private static void text(CTP p, String text, boolean bold, boolean underline) {
        run(p::addNewR, new Run(text, bold, underline, null));
    }

    /** The file: a zip with fixed timestamps and entries in a fixed order (see {@link StableZip}). */
    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            doc.write(out);
            doc.close();
            return StableZip.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word file", e);
        }
    }
}
