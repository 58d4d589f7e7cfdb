package jp.policygen.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.nio.charset.StandardCharsets;

import jp.policygen.PolicygenException;
import jp.policygen.Project;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;
import jp.policygen.render.MarkdownWriter;
import jp.policygen.render.pdf.PdfFonts;
import jp.policygen.render.pdf.PdfWriter;

/**
 * A plain benchmark of PDF generation (not a test): composes the bodies' documents, takes the
 * one with the most text, and reports the first PDF in this JVM (font loading and class loading
 * included), the median of warm PDFs, the PDF's size and the peak heap. Run it in a fresh JVM
 * ({@code ./policygen bench}) for the first-PDF figure to mean anything.
 */
public final class Bench {

    /** What one run measured; times in milliseconds. */
    public record Result(String document, int textChars, int textBytes, int pdfBytes, int pages, double firstMs,
                         double fontLoadMs, double[] warmMs, long peakHeapBytes, long liveHeapBytes) {
        public double median() {
            double[] s = warmMs.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }
    }

    private Bench() {
    }

    /** The document with the most text among the bodies' documents; those that do not compose are listed in {@code skipped}. */
    public static Numbering largest(Project project, List<String> bodies, List<String> skipped) {
        Numbering largest = null;
        int largestChars = -1;
        MarkdownWriter md = new MarkdownWriter();
        for (String id : bodies.isEmpty() ? project.bodyIds() : bodies) {
            BodyParams body = project.params().read(id);
            for (var document : body.documents()) {
                List<Numbering> built;
                try {
                    built = project.build(body, List.of(document.id()));
                } catch (PolicygenException e) {
                    skipped.add(id + "/" + document.id() + " (" + e.getMessage() + ")");
                    continue;
                }
                for (Numbering n : built) {
                    int chars = md.render(n).length();
                    if (chars > largestChars) {
                        largest = n;
                        largestChars = chars;
                    }
                }
            }
        }
        if (largest == null) {
            throw new IllegalArgumentException("no document to render");
        }
        return largest;
    }

    /**
     * The first sections of a document, whole chapters and then sections of the next, until its
     * Markdown reaches {@code bytes} bytes of UTF-8: a document of a given size cut from a real one.
     */
    public static Numbering slice(Numbering document, int bytes) {
        PolicyDocument d = document.document();
        List<Section> kept = new ArrayList<>();
        for (Section chapter : d.sections()) {
            if (size(document, kept, chapter) <= bytes) {
                kept.add(chapter);
                continue;
            }
            List<Section> children = new ArrayList<>();
            for (Section child : chapter.children()) {
                children.add(child);
                if (size(document, kept, chapter.withChildren(children)) >= bytes) {
                    break;
                }
            }
            kept.add(chapter.withChildren(children));
            break;
        }
        return number(document, kept);
    }

    private static int size(Numbering whole, List<Section> kept, Section next) {
        List<Section> all = new ArrayList<>(kept);
        all.add(next);
        return new MarkdownWriter().render(number(whole, all)).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Numbers the kept sections; references to clauses cut off become the words they had. */
    private static Numbering number(Numbering whole, List<Section> sections) {
        PolicyDocument d = whole.document();
        Set<String> kept = new HashSet<>();
        new PolicyDocument(d.info(), sections).allSections().forEach(s -> kept.add(s.id()));
        List<Section> fixed = sections.stream().map(s -> fix(whole, s, kept)).toList();
        return NumberingStyle.named(d.info().layout().style()).number(new PolicyDocument(d.info(), fixed));
    }

    private static Section fix(Numbering whole, Section s, Set<String> kept) {
        return new Section(s.id(), s.title(), blocks(whole, s, s.blocks(), kept),
                s.children().stream().map(c -> fix(whole, c, kept)).toList(), s.provenance(), s.found());
    }

    private static List<Block> blocks(Numbering whole, Section owner, List<Block> blocks, Set<String> kept) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                out.add(new Block.Paragraph(inlines(whole, owner, p.content(), kept)));
            } else if (b instanceof Block.ItemList l) {
                out.add(new Block.ItemList(l.numbered(), l.items().stream().map(i -> new Block.Item(
                        inlines(whole, owner, i.title(), kept), blocks(whole, owner, i.blocks(), kept), i.found())).toList()));
            } else if (b instanceof Block.Table t) {
                out.add(new Block.Table(t.header(), t.rows().stream().map(r -> r.stream()
                        .map(c -> inlines(whole, owner, c, kept)).toList()).toList()));
            } else if (b instanceof Block.Note n) {
                out.add(new Block.Note(blocks(whole, owner, n.blocks(), kept)));
            }
        }
        return out;
    }

    private static List<Inline> inlines(Numbering whole, Section owner, List<Inline> inlines, Set<String> kept) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : inlines) {
            if (i instanceof Inline.Ref r && !kept.containsAll(r.targets())) {
                out.add(new Inline.Text(whole.referenceText(r, owner)));
            } else if (i instanceof Inline.Strong st) {
                out.add(new Inline.Strong(inlines(whole, owner, st.content(), kept)));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    public static Result run(Project project, List<String> bodies, int warmRuns, boolean gsub) {
        return run(largest(project, bodies, new ArrayList<>()), warmRuns, gsub);
    }

    public static Result run(Numbering largest, int warmRuns, boolean gsub) {
        String text = new MarkdownWriter().render(largest);
        int largestChars = text.length();
        int largestBytes = text.getBytes(StandardCharsets.UTF_8).length;
        resetPeaks();
        long t0 = System.nanoTime();
        PdfFonts fonts = gsub ? PdfFonts.load(true) : PdfFonts.shared();
        long t1 = System.nanoTime();
        PdfWriter writer = new PdfWriter(() -> fonts);
        byte[] pdf = writer.write(largest);
        long t2 = System.nanoTime();
        double[] warm = new double[warmRuns];
        for (int i = 0; i < warmRuns; i++) {
            long s = System.nanoTime();
            writer.write(largest);
            warm[i] = (System.nanoTime() - s) / 1e6;
        }
        String name = largest.document().info().bodyId() + "/" + largest.document().info().kind().stem();
        long peak = peakHeap();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long live = rt.totalMemory() - rt.freeMemory();
        return new Result(name, largestChars, largestBytes, pdf.length, pages(pdf), (t2 - t0) / 1e6, (t1 - t0) / 1e6, warm,
                peak, live);
    }

    public static void print(Result r, boolean gsub, PrintStream out) {
        double[] sorted = r.warmMs().clone();
        Arrays.sort(sorted);
        out.printf("document          %s: %,d characters (%,d bytes) of Markdown, %d pages%n", r.document(),
                r.textChars(), r.textBytes(), r.pages());
        out.printf("GSUB processing   %s%n", gsub ? "on (PDFBox default)" : "off (policygen)");
        out.printf("first PDF         %,.0f ms (fresh JVM: fonts %,.0f ms + classes, layout, JIT warm-up)%n",
                r.firstMs(), r.fontLoadMs());
        out.printf("warm PDF          median %,.1f ms, min %,.1f, max %,.1f over %d runs%n", r.median(), sorted[0],
                sorted[sorted.length - 1], sorted.length);
        out.printf("PDF size          %,d bytes%n", r.pdfBytes());
        out.printf("peak heap         %,.0f MB used (sum of heap pool peaks, grows with -Xmx, here %,d MB);"
                + " %,.0f MB live after GC (fonts and caches kept between documents)%n", r.peakHeapBytes() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576, r.liveHeapBytes() / 1048576.0);
        List<String> flags = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        out.printf("JVM               %s %s%n", System.getProperty("java.vm.version"), String.join(" ", flags));
    }

    private static int pages(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
