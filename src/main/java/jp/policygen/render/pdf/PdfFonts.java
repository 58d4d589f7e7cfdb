package jp.policygen.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The Japanese font of every PDF: Noto Serif JP, Regular and Bold, TrueType outlines, shipped in
 * the jar (fonts/README.md). Read and parsed once per process ({@link #shared()}); each document
 * embeds a subset of it.
 *
 * <p>GSUB processing is switched off: PDFBox runs every shown string through the font's GSUB
 * table, which for this font only holds vertical forms, ruby and alternate glyphs that
 * horizontal Japanese text never asks for, and costs about a third of the rendering time.
 *
 * <p>The parsed fonts read their glyphs lazily and are not safe to use from two threads at
 * once: {@link PdfWriter} renders under this object's lock, and each thread that makes PDFs has
 * its own copy ({@link #forThisThread()}), parsed from bytes read once per process, so that
 * bodies are rendered in parallel.
 */
public final class PdfFonts {

    /** The CSS family name the PDF's style sheet uses; no other family is registered. */
    public static final String FAMILY = "policygen-serif";

    private static final String RESOURCE_DIR = "/jp/policygen/fonts/";

    /** One face of the family. */
    public record Face(String file, int weight, TrueTypeFont font, CmapLookup cmap) {
    }

    private final Face regular;
    private final Face bold;

    private PdfFonts(Face regular, Face bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The process's fonts, read on first use. */
    public static PdfFonts shared() {
        return Holder.INSTANCE;
    }

    /** This thread's own copy of the fonts, parsed on its first PDF. */
    public static PdfFonts forThisThread() {
        return PER_THREAD.get();
    }

    private static final ThreadLocal<PdfFonts> PER_THREAD = ThreadLocal.withInitial(
            () -> new PdfFonts(parse(Bytes.REGULAR, "NotoSerifJP-Regular.ttf", 400, false),
                    parse(Bytes.BOLD, "NotoSerifJP-Bold.ttf", 700, false)));

    private static final class Holder {
        static final PdfFonts INSTANCE = load();
    }

    /** The font files' bytes, read from the class path once. */
    private static final class Bytes {
        static final byte[] REGULAR = read("NotoSerifJP-Regular.ttf");
        static final byte[] BOLD = read("NotoSerifJP-Bold.ttf");
    }

    /** Reads the faces from the class path. Prefer {@link #shared()}: this costs ~0.2 s. */
    public static PdfFonts load() {
        return load(false);
    }

    /**
     * Reads the faces; {@code gsub} true leaves PDFBox's GSUB processing on, as it is by
     * default (for the benchmark's comparison: the output is the same, only slower).
     */
    public static PdfFonts load(boolean gsub) {
        return new PdfFonts(face("NotoSerifJP-Regular.ttf", 400, gsub), face("NotoSerifJP-Bold.ttf", 700, gsub));
    }

    private static Face face(String file, int weight, boolean gsub) {
        return parse(read(file), file, weight, gsub);
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the class path (fonts/ is packed into the jar)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    private static Face parse(byte[] bytes, String file, int weight, boolean gsub) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            if (ttf.getTableMap().get("glyf") == null) {
                throw new IllegalStateException("font " + file + " has no TrueType outlines (glyf); PDFBox cannot embed it");
            }
            ttf.setEnableGsub(gsub);
            return new Face(file, weight, ttf, ttf.getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    public Face regular() {
        return regular;
    }

    public Face bold() {
        return bold;
    }

    public List<Face> faces() {
        return List.of(regular, bold);
    }

    /** Whether every face has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return regular.cmap().getGlyphId(codePoint) > 0 && bold.cmap().getGlyphId(codePoint) > 0;
    }

    /** The distinct code points of {@code text} that some face cannot draw, in order of appearance. */
    public List<Integer> missing(CharSequence text) {
        List<Integer> out = new ArrayList<>();
        text.codePoints().distinct().forEach(cp -> {
            if (!Character.isISOControl(cp) && !covers(cp)) {
                out.add(cp);
            }
        });
        return out;
    }

    /** Registers both faces, to be embedded as subsets into {@code document}. */
    void register(PdfRendererBuilder builder, PDDocument document) throws IOException {
        for (Face face : faces()) {
            PDType0Font font = PDType0Font.load(document, face.font(), true);
            builder.useFont(new PDFontSupplier(font), FAMILY, face.weight(), FontStyle.NORMAL, true);
        }
    }
}
