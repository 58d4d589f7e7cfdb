package jp.policygen.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF shows, read back with PDFBox: every glyph in content-stream order with its page,
 * position and whether it is page furniture (an /Artifact: running header, page number, the
 * private marking), plus the outline. Text comes through the fonts' ToUnicode maps, exactly as
 * a reader copying it would get it.
 */
final class PdfProbe implements AutoCloseable {

    /** One drawn glyph. */
    record Glyph(int page, float x, float y, float width, float height, String text, boolean artifact, int mcid,
                 boolean bold) {
    }

    /** A visual line: glyphs of one page sharing a baseline, left to right. */
    record Line(int page, float y, List<Glyph> glyphs) {
        String text() {
            StringBuilder sb = new StringBuilder();
            glyphs.forEach(g -> sb.append(g.text()));
            return sb.toString();
        }
    }

    /** An outline entry with its depth (1 = top) and 0-based target page. */
    record Bookmark(int depth, String title, int page) {
    }

    final PDDocument document;
    final List<Glyph> glyphs = new ArrayList<>();

    PdfProbe(byte[] pdf) {
        try {
            document = Loader.loadPDF(pdf);
            new Collector().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /**
     * Content text of pages [from, to) (0-based), furniture left out, in the reading order of
     * the tags: the structure tree walked depth first, each marked-content reference replaced
     * by the glyphs drawn in it. This is what assistive technology reads.
     */
    String tagged(int from, int to) {
        Map<Long, StringBuilder> byMcid = new HashMap<>();
        for (Glyph g : glyphs) {
            if (!g.artifact() && g.mcid() >= 0) {
                byMcid.computeIfAbsent(key(g.page(), g.mcid()), k -> new StringBuilder()).append(g.text());
            }
        }
        StringBuilder out = new StringBuilder();
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        walk(root, null, byMcid, from, to, out);
        return out.toString();
    }

    private void walk(PDStructureNode node, PDPage inherited, Map<Long, StringBuilder> byMcid, int from, int to,
                      StringBuilder out) {
        PDPage page = inherited;
        if (node instanceof PDStructureElement e && e.getPage() != null) {
            page = e.getPage();
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                walk(e, page, byMcid, from, to, out);
            } else if (kid instanceof Integer mcid) {
                append(page, mcid, byMcid, from, to, out);
            } else if (kid instanceof PDMarkedContentReference ref) {
                append(ref.getPage() != null ? ref.getPage() : page, ref.getMCID(), byMcid, from, to, out);
            }
        }
    }

    private void append(PDPage page, int mcid, Map<Long, StringBuilder> byMcid, int from, int to, StringBuilder out) {
        int index = document.getPages().indexOf(page);
        StringBuilder text = byMcid.get(key(index, mcid));
        if (index >= from && index < to && text != null) {
            out.append(text);
        }
    }

    private static long key(int page, int mcid) {
        return ((long) page << 32) | mcid;
    }

    /** Content glyphs (not furniture) that no structure element refers to. */
    List<Glyph> untagged() {
        Map<Long, StringBuilder> byMcid = new HashMap<>();
        for (Glyph g : glyphs) {
            if (!g.artifact() && g.mcid() >= 0) {
                byMcid.computeIfAbsent(key(g.page(), g.mcid()), k -> new StringBuilder()).append(g.text());
            }
        }
        Set<Long> referenced = new HashSet<>();
        collectRefs(document.getDocumentCatalog().getStructureTreeRoot(), null, referenced);
        List<Glyph> out = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!g.artifact() && (g.mcid() < 0 || !referenced.contains(key(g.page(), g.mcid())))) {
                out.add(g);
            }
        }
        return out;
    }

    private void collectRefs(PDStructureNode node, PDPage inherited, Set<Long> out) {
        PDPage page = inherited;
        if (node instanceof PDStructureElement e && e.getPage() != null) {
            page = e.getPage();
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                collectRefs(e, page, out);
            } else if (kid instanceof Integer mcid) {
                out.add(key(document.getPages().indexOf(page), mcid));
            } else if (kid instanceof PDMarkedContentReference ref) {
                out.add(key(document.getPages().indexOf(ref.getPage() != null ? ref.getPage() : page), ref.getMCID()));
            }
        }
    }

    /**
     * The structure type (H2, P, LI, Lbl, TD …) of the element that holds each marked-content
     * sequence, keyed by page and MCID: what the tags say a glyph is.
     */
    Map<Long, String> structureTypes() {
        Map<Long, String> out = new HashMap<>();
        types(document.getDocumentCatalog().getStructureTreeRoot(), null, null, out);
        return out;
    }

    private void types(PDStructureNode node, PDPage inherited, String type, Map<Long, String> out) {
        PDPage page = inherited;
        String own = type;
        if (node instanceof PDStructureElement e) {
            if (e.getPage() != null) {
                page = e.getPage();
            }
            own = e.getStructureType();
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types(e, page, own, out);
            } else if (kid instanceof Integer mcid) {
                out.put(key(document.getPages().indexOf(page), mcid), own);
            } else if (kid instanceof PDMarkedContentReference ref) {
                out.put(key(document.getPages().indexOf(ref.getPage() != null ? ref.getPage() : page), ref.getMCID()), own);
            }
        }
    }

    /** The structure type of the element a glyph was drawn in, or null. */
    static String typeOf(Glyph g, Map<Long, String> types) {
        return g.mcid() < 0 ? null : types.get(key(g.page(), g.mcid()));
    }

    /** Content text of pages [from, to), furniture left out, as laid out: lines top to bottom, left to right. */
    String visual(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (Line line : lines()) {
            if (line.page() >= from && line.page() < to) {
                sb.append(line.text()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Content text of pages [from, to), furniture left out, in drawing order. */
    String drawn(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : glyphs) {
            if (!g.artifact() && g.page() >= from && g.page() < to) {
                sb.append(g.text());
            }
        }
        return sb.toString();
    }

    /** All text of one page, furniture included. */
    String pageText(int page) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : glyphs) {
            if (g.page() == page) {
                sb.append(g.text());
            }
        }
        return sb.toString();
    }

    /**
     * Visual lines of content (no furniture), page by page, top to bottom: glyphs whose
     * baselines lie within 2 pt of each other, sorted left to right.
     */
    List<Line> lines() {
        List<Line> out = new ArrayList<>();
        for (int p = 0; p < pages(); p++) {
            List<Glyph> page = new ArrayList<>();
            for (Glyph g : glyphs) {
                if (!g.artifact() && g.page() == p && !g.text().isBlank()) {
                    page.add(g);
                }
            }
            page.sort(Comparator.comparingDouble(Glyph::y));
            List<Glyph> current = new ArrayList<>();
            for (Glyph g : page) {
                if (!current.isEmpty() && g.y() - current.get(0).y() > 2f) {
                    out.add(line(current));
                    current = new ArrayList<>();
                }
                current.add(g);
            }
            if (!current.isEmpty()) {
                out.add(line(current));
            }
        }
        return out;
    }

    private static Line line(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        return new Line(glyphs.get(0).page(), glyphs.get(0).y(), sorted);
    }

    List<Bookmark> bookmarks() {
        List<Bookmark> out = new ArrayList<>();
        PDOutlineNode root = document.getDocumentCatalog().getDocumentOutline();
        if (root != null) {
            collect(root, 1, out);
        }
        return out;
    }

    private void collect(PDOutlineNode node, int depth, List<Bookmark> out) {
        for (PDOutlineItem item : node.children()) {
            try {
                PDPage page = item.findDestinationPage(document);
                out.add(new Bookmark(depth, item.getTitle(), page == null ? -1 : document.getPages().indexOf(page)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            collect(item, depth + 1, out);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private final class Collector extends PDFTextStripper {
        private final Deque<Boolean> marked = new ArrayDeque<>();
        private final Deque<Integer> mcids = new ArrayDeque<>();
        private int artifactDepth;
        private int page = -1;

        Collector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage p) throws IOException {
            page++;
            super.startPage(p);
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            boolean artifact = COSName.ARTIFACT.equals(tag);
            marked.push(artifact);
            mcids.push(properties != null && properties.containsKey(COSName.MCID) ? properties.getInt(COSName.MCID)
                    : (mcids.isEmpty() ? -1 : mcids.peek()));
            if (artifact) {
                artifactDepth++;
            }
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            if (!marked.isEmpty() && marked.pop()) {
                artifactDepth--;
            }
            if (!mcids.isEmpty()) {
                mcids.pop();
            }
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String font = t.getFont() == null || t.getFont().getName() == null ? "" : t.getFont().getName();
            glyphs.add(new Glyph(page, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir(),
                    t.getUnicode(), artifactDepth > 0, mcids.isEmpty() ? -1 : mcids.peek(), font.contains("Bold")));
        }
    }
}
