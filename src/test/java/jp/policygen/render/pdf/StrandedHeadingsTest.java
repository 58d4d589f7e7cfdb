package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.policygen.render.pdf.PdfFixtures.Doc;
import jp.policygen.render.pdf.PdfProbe.Glyph;
import jp.policygen.render.pdf.PdfProbe.Line;

/**
 * No heading is left at the foot of a page: every PDF of every shipped body is read back and each
 * heading line (tagged H1–H6, or a caption line set wholly in bold, such as a titled item's
 * title) must have at least two lines of what follows it on its own page, unless what follows
 * ends on that page. A heading that is a page's last line, or is followed there by a single line
 * whose block goes on over the page, is stranded.
 */
class StrandedHeadingsTest {

    /** Lines of what follows a heading that must stand on its page with it. */
    static final int KEEP_WITH = 2;

    private static final Map<String, List<String>> FOUND = new ConcurrentHashMap<>();

    static Stream<Named<Doc>> documents() {
        return PdfFixtures.all().stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void noHeadingStandsAtTheFootOfAPage(Doc doc) throws IOException {
        List<String> stranded;
        try (PdfProbe pdf = new PdfProbe(doc.pdf())) {
            stranded = stranded(pdf);
        }
        FOUND.put(doc.name, stranded);
        assertEquals(List.of(), stranded, doc.name + ": headings stranded at the foot of a page");
    }

    @AfterAll
    static void report() {
        int total = FOUND.values().stream().mapToInt(List::size).sum();
        System.out.println("stranded headings: " + total + " in " + FOUND.size() + " PDFs");
        FOUND.forEach((name, list) -> list.forEach(l -> System.out.println("  " + name + ": " + l)));
    }

    /** Each stranded heading as 「p.N: heading text」. */
    static List<String> stranded(PdfProbe pdf) {
        Map<Long, String> types = pdf.structureTypes();
        int bodyStart = pdf.bookmarks().isEmpty() ? 0 : pdf.bookmarks().get(0).page();
        List<Line> lines = pdf.lines().stream().filter(l -> l.page() >= bodyStart).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!heading(line, types)) {
                continue;
            }
            int following = 0;
            int j = i + 1;
            while (j < lines.size() && lines.get(j).page() == line.page() && !heading(lines.get(j), types)) {
                following++;
                j++;
            }
            boolean anotherHeadingOnPage = j < lines.size() && lines.get(j).page() == line.page();
            if (anotherHeadingOnPage || j >= lines.size()) {
                continue; // what follows ends on this page (a heading right above another is judged by that one)
            }
            boolean followingEndsHere = following > 0 && heading(lines.get(j), types);
            if (following < KEEP_WITH && !followingEndsHere) {
                out.add("p." + (line.page() + 1) + ": " + line.text()
                        + (following == 0 ? " (last line)" : " (" + following + " line after it)"));
            }
        }
        return out;
    }

    /** A line of a heading: tagged as one, or (a titled item's caption) set wholly in bold. */
    static boolean heading(Line line, Map<Long, String> types) {
        boolean allBold = true;
        boolean allHeading = true;
        for (Glyph g : line.glyphs()) {
            String type = PdfProbe.typeOf(g, types);
            allHeading &= type != null && type.matches("H[1-6]");
            allBold &= g.bold();
        }
        return allHeading || allBold;
    }
}
