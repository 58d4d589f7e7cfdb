package jp.policygen.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Supplier;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;

import jp.policygen.text.Resources;
import jp.policygen.text.Xml;
import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.model.Origin;
import jp.policygen.printed.Line;
import jp.policygen.printed.PrintedClause;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.HtmlWriter;
import jp.policygen.text.Wareki;
import jp.policygen.i18n.Texts;

/**
 * The printable policy: the page of {@link HtmlWriter} laid out on A4 by openhtmltopdf, with the
 * Japanese font embedded as subsets, a cover, contents with page numbers, a running header,
 * page numbers, bookmarks down to the third level, document metadata, PDF/UA tags, 禁則 line
 * breaking and, for private documents, a 「非公開（取扱注意）」 marking on every page.
 *
 * <p>The files conform to PDF/A-2a and PDF/UA-1 (checked by the tests with veraPDF).
 *
 * <p>Output is reproducible: the creation date is the date the current text took effect and the
 * document id is a hash of the file itself, so the same inputs give the same bytes.
 *
 * <p>Fails (exit code 2) rather than draw a character the font does not have.
 */
public final class PdfWriter implements DocumentWriter {

    /** Sections down to this level get a bookmark. */
    public static final int BOOKMARK_DEPTH = 3;

    /** The text of the private marking, on the cover and in the header of every other page. */
    public static final String PRIVATE_MARKING = "非公開（取扱注意）";

    private static final String CSS = Resources.text(PdfWriter.class, "pdf.css");

    /**
     * A placeholder written as the document id and replaced in the saved bytes by a hash of
     * those bytes: both have 16 bytes, so no offset moves.
     */
    private static final byte[] ID_PLACEHOLDER = "policygen-pdf-id".getBytes(StandardCharsets.US_ASCII);

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** The output intent PDF/A asks for: the JDK's sRGB profile. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        QuietLog.install();
    }

    private final HtmlWriter html = new HtmlWriter();
    private final Supplier<PdfFonts> fonts;

    /** A writer using the fonts of the thread that renders, read when its first PDF is made. */
    public PdfWriter() {
        this(PdfFonts::forThisThread);
    }

    public PdfWriter(Supplier<PdfFonts> fonts) {
        this.fonts = fonts;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public byte[] write(PrintedDocument printed) {
        String page = html(printed);
        PdfFonts f = fonts.get();
        checkFontCoverage(printed, page, f);
        synchronized (f) {
            try {
                return render(printed.info(), page, f);
            } catch (IOException e) {
                throw new UncheckedIOException("PDF rendering failed for " + printed.info().title(), e);
            }
        }
    }

    /**
     * A PDF of another policygen page (compare's 新旧対照表) by the same engine, fonts, conformance
     * and reproducibility as the policy. {@code page} is well-formed XHTML whose CSS names the
     * font family {@link PdfFonts#FAMILY}; {@code info} gives the metadata (title, author, date).
     */
    public byte[] writePage(String page, DocumentInfo info) {
        PdfFonts f = fonts.get();
        List<Integer> missing = f.missing(page);
        if (!missing.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            for (int cp : missing) {
                problems.add(new Problem(null, 0, 0, info.bodyId(), Texts.get("render.notInFont.page", info.title(),
                        new String(Character.toChars(cp)), String.format("U+%04X", cp)), Texts.get("render.notInFont.page.fix")));
            }
            throw PolicygenException.badInput(Texts.get("compose.template.notInFont", problems.size()), problems);
        }
        synchronized (f) {
            try {
                return render(info, page, f);
            } catch (IOException e) {
                throw new UncheckedIOException("PDF rendering failed for " + info.title(), e);
            }
        }
    }

    /** The XHTML the PDF is made from: the HTML page with print rules and bookmarks. */
    public String html(PrintedDocument printed) {
        return html.render(printed, CSS + pageCss(printed.info()), bookmarks(printed));
    }

    private static String pageCss(DocumentInfo info) {
        StringBuilder css = new StringBuilder("\n/* this document */\n@page {\n");
        css.append("  @top-left { content: ").append(cssString(runningHeader(info)))
                .append("; font-family: \"").append(PdfFonts.FAMILY)
                .append("\"; font-size: 8.5pt; color: #333; vertical-align: bottom; padding-bottom: 5mm; }\n");
        if (info.visibility() == Visibility.PRIVATE) {
            css.append("  @top-right { content: ").append(cssString(PRIVATE_MARKING))
                    .append("; font-family: \"").append(PdfFonts.FAMILY)
                    .append("\"; font-size: 9pt; font-weight: bold; color: #a00; vertical-align: bottom; padding-bottom: 4mm; }\n");
        }
        css.append("}\n");
        // The cover's title on one line where it fits the 168 mm measure (476 pt): long names of
        // unions would otherwise wrap inside a word (福島県…情報セキュ／リティ基本方針).
        int length = info.title().codePointCount(0, info.title().length());
        double titlePt = Math.max(16, Math.min(24, Math.floor(470.0 / (length + 1) * 2) / 2));
        css.append(".cover h1 { font-size: ").append(titlePt).append("pt; }\n");
        if (info.visibility() == Visibility.PRIVATE) {
            css.append(".marking { display: block; text-align: right; border: 0; padding: 0; font-size: 11pt; }\n");
        }
        return css.toString();
    }

    /**
     * The running header's text, cut to one line: the engine lays the page's margin boxes out as
     * a table on every page, at a cost that grows faster than the text, so a long name made a
     * 200,000-character body name take minutes. 44 characters of 8.5 pt fill the left box beside
     * the private marking; the longest shipped header has 41.
     */
    static String runningHeader(DocumentInfo info) {
        String text = info.bodyName() + "\u3000" + info.title();
        if (text.codePointCount(0, text.length()) <= HEADER_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, HEADER_LENGTH - 1)) + "…";
    }

    /** Longest running header, in characters. */
    static final int HEADER_LENGTH = 44;

    /** A CSS string literal that is also safe inside XHTML character data. */
    public static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\' || cp == '<' || cp == '&' || cp < 0x20) {
                out.append('\\').append(Integer.toHexString(cp)).append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }

    /** openhtmltopdf's outline: one bookmark per section down to {@link #BOOKMARK_DEPTH}. */
    private static String bookmarks(PrintedDocument printed) {
        StringBuilder out = new StringBuilder("<bookmarks>\n");
        bookmarkList(printed.clauses(), 1, out);
        if (printed.frame() != null) {
            out.append("<bookmark name=\"附則\" href=\"#").append(PrintedDocument.Frame.SUPPLEMENTARY_ID).append("\"></bookmark>\n");
        }
        return out.append("</bookmarks>\n").toString();
    }

    private static void bookmarkList(List<PrintedClause> clauses, int depth, StringBuilder out) {
        for (PrintedClause c : clauses) {
            out.append("<bookmark name=\"").append(Xml.escape(c.heading().text())).append("\" href=\"#")
                    .append(Xml.escape(c.id())).append("\">");
            if (depth < BOOKMARK_DEPTH && !c.children().isEmpty()) {
                out.append('\n');
                bookmarkList(c.children(), depth + 1, out);
            }
            out.append("</bookmark>\n");
        }
    }


    /**
     * Every character of the page must be in both faces; otherwise the PDF would show # or boxes.
     * Each missing character is reported where it was written: the template or clause file and
     * line, or the parameter that holds it.
     */
    private static void checkFontCoverage(PrintedDocument printed, String page, PdfFonts fonts) {
        List<Integer> missing = fonts.missing(page);
        if (missing.isEmpty()) {
            return;
        }
        DocumentInfo info = printed.info();
        List<Problem> problems = new ArrayList<>();
        for (int cp : missing) {
            String ch = new String(Character.toChars(cp));
            Located at = locate(printed, ch);
            String what = Texts.get("params.value.notInFont", ch, String.format("U+%04X", cp));
            if (at.origin() != null && at.origin().isParameter()) {
                what += Texts.get("render.inValue", at.origin().parameter());
            }
            problems.add(new Problem(at.file(), at.line(), at.column(), at.clause(),
                    Texts.get("render.inDocument", info.bodyId(), info.kind().stem(), what),
                    Texts.get("params.value.notInFont.fix")));
        }
        throw PolicygenException.badInput(Texts.get("compose.template.notInFont", problems.size()), problems);
    }

    /** Where a character first stands in the printed text: the clause, and the file and line that wrote it. */
    private record Located(String clause, java.nio.file.Path file, int line, int column, Origin origin) {
    }

    private static Located locate(PrintedDocument printed, String ch) {
        for (PrintedClause c : printed.all()) {
            for (Line l : c.lines()) {
                int at = l.text().indexOf(ch);
                if (at < 0) {
                    continue;
                }
                Line.Piece piece = l.pieceAt(at);
                Origin o = piece == null ? null : piece.origin();
                if (o == null || o.file() == null) {
                    return new Located(c.id(), null, 0, 0, o);
                }
                boolean literal = !o.isParameter() && o.line() > 0;
                int column = literal && o.column() > 0 ? o.column() + (at - piece.start()) : o.column();
                return new Located(c.id(), java.nio.file.Path.of(o.file()), o.line(), column, o);
            }
        }
        return new Located("the cover or metadata", null, 0, 0, null);
    }

    private static byte[] render(DocumentInfo info, String page, PdfFonts fonts) throws IOException {
        List<Diagnostic> errors = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .withHtmlContent(page, null)
                    .useUnicodeLineBreaker(new KinsokuLineBreaker())
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A)
                    .useColorProfile(SRGB)
                    .withProducer("policygen")
                    .withDiagnosticConsumer(d -> {
                        if (d.hasError()) {
                            errors.add(d);
                        }
                    });
            fonts.register(builder, document);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            if (!errors.isEmpty()) {
                Diagnostic d = errors.get(0);
                throw new PolicygenException(ExitCode.INTERNAL, Texts.get("render.pdfEngine", d.getFormattedMessage()),
                        List.of(), d.getError());
            }
            finish(document, info);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            document.save(out);
            return withContentId(out.toByteArray());
        }
    }

    /** Metadata the engine does not set, and the fixed values that make the bytes reproducible. */
    private static void finish(PDDocument document, DocumentInfo info) {
        PDDocumentInformation meta = document.getDocumentInformation();
        Calendar date = creationDate(info);
        meta.setCreationDate(date);
        meta.setModificationDate(date);
        meta.setTitle(info.title());
        meta.setAuthor(info.bodyName());
        meta.setSubject(info.kind().japaneseName());
        meta.setCreator("policygen");
        // the engine copies every <meta> (viewport, generator, robots) into the information dictionary
        List<COSName> standard = List.of(COSName.TITLE, COSName.AUTHOR, COSName.SUBJECT, COSName.KEYWORDS,
                COSName.CREATOR, COSName.PRODUCER, COSName.CREATION_DATE, COSName.MOD_DATE);
        for (COSName key : List.copyOf(meta.getCOSObject().keySet())) {
            if (!standard.contains(key)) {
                meta.getCOSObject().removeItem(key);
            }
        }
        document.getDocumentCatalog().setLanguage("ja-JP");
        rewriteXmp(document, date);
        COSArray id = new COSArray();
        for (int i = 0; i < 2; i++) {
            COSString part = new COSString(ID_PLACEHOLDER);
            part.setForceHexForm(true);
            id.add(part);
        }
        document.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    /**
     * The XMP packet the engine wrote carries the time of rendering; PDF/A wants it to agree with
     * the document information, which now holds the fixed date and policygen as creator.
     */
    private static void rewriteXmp(PDDocument document, Calendar date) {
        try {
            PDMetadata stream = document.getDocumentCatalog().getMetadata();
            XMPMetadata xmp = new DomXmpParser().parse(stream.toByteArray());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setCreatorTool("policygen");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            stream.importXMPMetadata(out.toByteArray());
        } catch (IOException | XmpParsingException | TransformerException e) {
            throw new IllegalStateException("cannot rewrite the PDF's XMP metadata", e);
        }
    }

    /** The date the current text took effect, midnight in Japan; 2000-01-01 if it cannot be read. */
    static Calendar creationDate(DocumentInfo info) {
        LocalDate day = Wareki.toDate(info.currentDate()).orElse(LocalDate.of(2000, 1, 1));
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(JAPAN));
        c.clear();
        c.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    /** Replaces the placeholder id (written as hex twice in the trailer) by the file's hash. */
    static byte[] withContentId(byte[] pdf) {
        String placeholder = "<" + HexFormat.of().withUpperCase().formatHex(ID_PLACEHOLDER) + ">";
        byte[] needle = placeholder.getBytes(StandardCharsets.US_ASCII);
        List<Integer> at = new ArrayList<>();
        for (int i = pdf.length - needle.length; i >= 0 && at.size() < 3; i--) {
            if (pdf[i] == '<' && matches(pdf, i, needle)) {
                at.add(i);
            }
        }
        if (at.size() != 2) {
            throw new IllegalStateException("document id placeholder found " + at.size() + " times, expected 2");
        }
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(pdf);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String hex = "<" + HexFormat.of().withUpperCase().formatHex(digest, 0, ID_PLACEHOLDER.length) + ">";
        byte[] replacement = hex.getBytes(StandardCharsets.US_ASCII);
        byte[] out = pdf.clone();
        for (int i : at) {
            System.arraycopy(replacement, 0, out, i, replacement.length);
        }
        return out;
    }

    private static boolean matches(byte[] data, int at, byte[] needle) {
        for (int j = 0; j < needle.length; j++) {
            if (data[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

}
