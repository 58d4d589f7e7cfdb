package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.Numbering;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.printed.Printed;
import jp.policygen.printed.PrintedClause;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;
import jp.policygen.render.DocumentText;
import jp.policygen.render.pdf.PdfFixtures.Doc;
import jp.policygen.render.pdf.PdfProbe.Bookmark;
import jp.policygen.render.pdf.PdfProbe.Glyph;
import jp.policygen.render.pdf.PdfProbe.Line;

/**
 * The PDFs of the project's real documents, read back with PDFBox: the text a reader copies is
 * the document's text, the fonts are embedded subsets, the outline and contents point at the
 * right pages, private documents are marked on every page, no line breaks a 禁則 rule, and the
 * same input gives the same bytes.
 */
class PdfWriterTest {

    /** How deep the contents page goes (HtmlWriter's table of contents). */
    private static final int TOC_DEPTH = 2;

    static Stream<Named<Doc>> documents() {
        return PdfFixtures.all().stream();
    }

    // ---- text ----------------------------------------------------------------------------

    /**
     * The text in the order of the tags (what a screen reader reads) and in the order of the
     * page (what copying or pdftotext gives) are both the document's text. The order in which
     * the engine draws is not: it draws the text of inline elements (links, bold) after the
     * rest of their line, which no reader sees.
     */
    @ParameterizedTest
    @MethodSource("documents")
    void coverAndBodyTextEqualTheDocumentTextInTaggedAndInVisualOrder(Doc doc) throws IOException {
        DocumentText expected = DocumentText.of(doc.numbering, PdfWriter.PRIVATE_MARKING);
        try (PdfProbe pdf = new PdfProbe(doc.pdf())) {
            int bodyStart = pdf.bookmarks().get(0).page();
            String pages = " (pages " + (bodyStart + 1) + "–" + pdf.pages() + ")";
            assertSameText("cover, tagged order", expected.coverText(), pdf.tagged(0, 1));
            assertSameText("cover, visual order", expected.coverText(), pdf.visual(0, 1));
            assertSameText("body, tagged order" + pages, expected.bodyText(), pdf.tagged(bodyStart, pdf.pages()));
            String visual = pdf.visual(bodyStart, pdf.pages());
            if (hasTables(doc.numbering)) {
                // Lines of a table with several multi-line cells interleave their columns when
                // read across the page, in any PDF: compare the characters, not their order.
                assertEquals(sortedChars(expected.bodyText()), sortedChars(visual), "body, visual order" + pages
                        + ": not the same characters");
            } else {
                assertSameText("body, visual order" + pages, expected.bodyText(), visual);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyGlyphIsTaggedOrPageFurniture(Doc doc) throws IOException {
        try (PdfProbe pdf = new PdfProbe(doc.pdf())) {
            List<Glyph> untagged = pdf.untagged();
            assertTrue(untagged.isEmpty(), untagged.size() + " glyph(s) outside tags and artifacts, first: "
                    + (untagged.isEmpty() ? "" : untagged.get(0)));
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void contentsListSectionsWithThePagesTheyStartOn(Doc doc) throws IOException {
        PrintedDocument printed = Printer.print(doc.numbering);
        try (PdfProbe pdf = new PdfProbe(doc.pdf())) {
            Map<String, Integer> pages = bookmarkPages(printed, pdf.bookmarks());
            StringBuilder regex = new StringBuilder(Pattern.quote("目次"));
            for (PrintedDocument.Contents.Entry e : printed.contents().entries()) {
                String target = e.clauseId() == null ? PrintedDocument.Frame.SUPPLEMENTARY_ID : e.clauseId();
                regex.append(Pattern.quote(squeeze(e.text()))).append("\\.*").append(pages.get(target) + 1);
            }
            String toc = squeeze(pdf.visual(1, pdf.bookmarks().get(0).page()));
            assertTrue(Pattern.matches(regex.toString(), toc),
                    "contents page(s) do not list every entry with its page:\n" + toc);
        }
    }

    // ---- fonts -----------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("documents")
    void onlyEmbeddedSubsetsOfNotoSerifJpAreUsed(Doc doc) throws IOException {
        try (PdfProbe pdf = new PdfProbe(doc.pdf())) {
            List<String> names = new ArrayList<>();
            for (PDPage page : pdf.document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName() + " is not a Type 0 font");
                    PDType0Font t0 = (PDType0Font) font;
                    assertTrue(t0.getDescendantFont() instanceof PDCIDFontType2, font.getName() + " is not CIDFontType2");
                    assertTrue(font.isEmbedded(), font.getName() + " not embedded");
                    assertNotNull(font.getFontDescriptor().getFontFile2(), font.getName() + " has no TrueType font file");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSerifJP-(Regular|Bold)"),
                            font.getName() + " is not a subset of Noto Serif JP");
                    names.add(font.getName().substring(7));
                }
            }
            assertTrue(names.contains("NotoSerifJP-Regular") && names.contains("NotoSerifJP-Bold"),
                    "regular and bold faces expected, found " + names);
        }
    }

    @Test
    void aCharacterTheFontLacksFailsTheDocumentInsteadOfDrawingABox() {
        Numbering komoro = PdfFixtures.get("komoro-city/basic-policy").numbering;
        PolicyDocument d = komoro.document();
        List<Section> sections = new ArrayList<>(d.sections());
        Section first = sections.get(0);
        List<Block> blocks = new ArrayList<>(first.blocks());
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("絵文字\uD83D\uDE00を含む段落"))));
        sections.set(0, new Section(first.id(), first.title(), blocks, first.children(), first.provenance(), first.found()));
        Numbering broken = NumberingStyle.named(d.info().layout().style()).number(new PolicyDocument(d.info(), sections));

        PolicygenException e = assertThrows(PolicygenException.class, () -> PdfFixtures.WRITER.write(broken));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).message().contains("U+1F600"), e.problems().get(0).message());
        assertEquals(first.id(), e.problems().get(0).key());
    }

    // ---- navigation ------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("documents")
    void bookmarksAreTheSectionsDownToTheThirdLevelAndPointAtTheirHeadings(Doc doc) throws IOException {
        PrintedDocument printed = Printer.print(doc.numbering);
        try (PdfProbe pdf = new PdfProbe(doc.pdf())) {
            List<Bookmark> marks = pdf.bookmarks();
            List<PrintedClause> clauses = clausesToDepth(printed.clauses(), 1, PdfWriter.BOOKMARK_DEPTH);
            assertEquals(clauses.size() + (printed.frame() == null ? 0 : 1), marks.size(), "bookmark count");
            for (int i = 0; i < clauses.size(); i++) {
                PrintedClause c = clauses.get(i);
                Bookmark b = marks.get(i);
                String heading = c.heading().text();
                assertEquals(heading, b.title());
                assertEquals(c.depth(), b.depth(), "depth of " + heading);
                assertTrue(b.page() > 0, heading + " points nowhere");
                // what the reader finds there: the heading, or an article's caption and the number opening its text
                String shown = squeeze(c.caption() != null ? c.caption().text()
                        : ((Printed.Paragraph) c.blocks().get(0)).prefix());
                assertTrue(squeeze(pdf.visual(b.page(), b.page() + 1)).contains(shown),
                        shown + " (" + heading + ") is not on page " + (b.page() + 1));
            }
            if (printed.frame() != null) {
                Bookmark supplementary = marks.get(marks.size() - 1);
                assertEquals("附則", supplementary.title());
                assertTrue(squeeze(pdf.visual(supplementary.page(), supplementary.page() + 1)).contains("附則"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void pageCountIsPlausibleForTheAmountOfText(Doc doc) throws IOException {
        int chars = squeeze(DocumentText.of(doc.numbering, "").bodyText()).length();
        try (PdfProbe pdf = new PdfProbe(doc.pdf())) {
            int min = 2 + (int) Math.ceil(chars / 1800.0);
            int max = 4 + (int) Math.ceil(chars / 450.0);
            assertTrue(pdf.pages() >= min && pdf.pages() <= max,
                    pdf.pages() + " pages for " + chars + " characters; expected " + min + "–" + max);
        }
    }

    // ---- marking ---------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("documents")
    void privateDocumentsAreMarkedOnEveryPageAndPublicOnesNowhere(Doc doc) throws IOException {
        boolean isPrivate = doc.info().visibility() == Visibility.PRIVATE;
        try (PdfProbe pdf = new PdfProbe(doc.pdf())) {
            for (int p = 0; p < pdf.pages(); p++) {
                boolean marked = pdf.pageText(p).contains(PdfWriter.PRIVATE_MARKING);
                assertEquals(isPrivate, marked, "page " + (p + 1) + (isPrivate ? " lacks" : " has") + " the marking");
            }
        }
    }

    // ---- 禁則 ------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("documents")
    void noLineStartsOrEndsAgainstJapaneseLineBreakingRules(Doc doc) throws IOException {
        try (PdfProbe pdf = new PdfProbe(doc.pdf())) {
            List<String> bad = kinsokuViolations(pdf.lines());
            assertTrue(bad.isEmpty(), bad.size() + " line(s) break 禁則:\n" + String.join("\n", bad));
        }
    }

    /**
     * The characters the JDK's line iterator lets start a line (・ ～ … ‥ 〻 ‼ ゕ ㇰ…) placed
     * so that, without the 禁則 breaker, lines start with them: the check above would not
     * notice, since the generated texts rarely put them where a line ends.
     */
    @Test
    void charactersTheJdkWouldPutAtALineStartAreKeptOnThePreviousLine() throws IOException {
        Numbering komoro = PdfFixtures.get("komoro-city/basic-policy").numbering;
        PolicyDocument d = komoro.document();
        List<Block> blocks = new ArrayList<>();
        String[] pieces = {"情報・", "資産・", "第1～3条", "等……", "職員‥", "各々〻", "ㇰ", "ゕ", "本当‼", "管理・運用"};
        for (int n = 3; n < 30; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 120; i++) {
                text.append(pieces[(i * n) % pieces.length]);
                if (i % n == 0) {
                    text.append("あ");
                }
            }
            blocks.add(new Block.Paragraph(List.of(new Inline.Text(text.toString()))));
        }
        Section first = d.sections().get(0);
        List<Section> sections = new ArrayList<>(d.sections());
        sections.set(0, new Section(first.id(), first.title(), blocks, List.of(), first.provenance(), first.found()));
        Numbering tricky = NumberingStyle.named(d.info().layout().style()).number(new PolicyDocument(d.info(), sections));
        try (PdfProbe pdf = new PdfProbe(PdfFixtures.WRITER.write(tricky))) {
            List<String> bad = kinsokuViolations(pdf.lines());
            assertTrue(bad.isEmpty(), bad.size() + " line(s) break 禁則:\n" + String.join("\n", bad));
        }
    }

    /** Lines starting with a 行頭禁則 character (other than a 「・」 item label) or ending with a 行末禁則 one. */
    static List<String> kinsokuViolations(List<Line> lines) {
        List<String> bad = new ArrayList<>();
        for (Line line : lines) {
            List<Glyph> g = line.glyphs();
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            int first = text.codePointAt(0);
            boolean label = g.size() > 1 && first == '・'
                    && g.get(1).x() - (g.get(0).x() + g.get(0).width()) > g.get(0).width() * 0.8f;
            if (KinsokuLineBreaker.NO_START.indexOf(first) >= 0 && !label) {
                bad.add("page " + (line.page() + 1) + " starts with '" + new String(Character.toChars(first)) + "': " + text);
            }
            int last = text.codePointBefore(text.length());
            if (KinsokuLineBreaker.NO_END.indexOf(last) >= 0) {
                bad.add("page " + (line.page() + 1) + " ends with '" + new String(Character.toChars(last)) + "': " + text);
            }
        }
        return bad;
    }

    // ---- metadata, tags, reproducibility ----------------------------------------------------

    @ParameterizedTest
    @MethodSource("documents")
    void metadataNamesTheDocumentAndItsBodyInJapanese(Doc doc) throws IOException {
        try (PdfProbe pdf = new PdfProbe(doc.pdf())) {
            PDDocumentInformation info = pdf.document.getDocumentInformation();
            assertEquals(doc.info().title(), info.getTitle());
            assertEquals(doc.info().bodyName(), info.getAuthor());
            assertEquals(doc.info().kind().japaneseName(), info.getSubject());
            PDDocumentCatalog catalog = pdf.document.getDocumentCatalog();
            assertEquals("ja-JP", catalog.getLanguage());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            Calendar created = info.getCreationDate();
            assertEquals(PdfWriter.creationDate(doc.info()).getTimeInMillis(), created.getTimeInMillis());
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains(doc.info().title()) && xmp.contains("pdfuaid"), "XMP lacks title or PDF/UA id");
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") || xmp.contains("pdfaid:part=\"2\""),
                    "XMP does not claim PDF/A-2: " + xmp);
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void tagsGiveHeadingsListsAndTablesInReadingOrder(Doc doc) throws IOException {
        try (PdfProbe pdf = new PdfProbe(doc.pdf())) {
            PDDocumentCatalog catalog = pdf.document.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo().isMarked(), "not marked as tagged");
            List<String> tags = new ArrayList<>();
            structure(catalog.getStructureTreeRoot(), tags);
            long headings = tags.stream().filter(t -> t.matches("H[1-6]")).count();
            // every clause with a line above its text (a heading, an article's caption, a 号 without
            // text of its own), the cover's h1, the 目次, the chapter line, each 附則
            PrintedDocument printed = Printer.print(doc.numbering);
            long expectedHeadings = printed.all().stream().filter(c -> c.caption() != null).count() + 2
                    + (doc.numbering.documentChapterHeading() == null ? 0 : 1)
                    + (printed.frame() == null ? 0 : printed.frame().supplements().size());
            assertEquals(expectedHeadings, headings, "H1–H6 structure elements");
            boolean hasLists = doc.numbering.document().allSections().stream()
                    .anyMatch(s -> s.blocks().stream().anyMatch(b -> b instanceof Block.ItemList));
            if (hasLists) {
                assertTrue(tags.contains("L") && tags.contains("LI"), "lists not tagged: " + distinct(tags));
            }
            if (hasTables(doc.numbering)) {
                assertTrue(tags.contains("Table") && tags.contains("TR") && tags.contains("TD"),
                        "tables not tagged: " + distinct(tags));
            }
        }
    }

    @Test
    void sameInputGivesTheSameBytesEvenWithFreshlyLoadedFonts() {
        for (String name : List.of("model/basic-policy", "komoro-city/basic-policy(private)")) {
            Doc doc = PdfFixtures.get(name);
            byte[] again = new PdfWriter(PdfFonts::load).write(doc.numbering);
            assertArrayEquals(doc.pdf(), again, name + ": two renderings differ");
        }
    }

    /** Switching off PDFBox's GSUB processing (for speed) changes no byte of these documents. */
    @Test
    void gsubProcessingWouldNotChangeTheOutput() {
        Doc doc = PdfFixtures.get("nagano-prefecture/basic-policy");
        assertArrayEquals(doc.pdf(), new PdfWriter(() -> PdfFonts.load(true)).write(doc.numbering));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static void structure(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.add(e.getStructureType());
                structure(e, tags);
            }
        }
    }

    private static boolean hasTables(Numbering numbering) {
        return numbering.document().allSections().stream()
                .anyMatch(s -> s.blocks().stream().anyMatch(b -> b instanceof Block.Table));
    }

    private static String sortedChars(String text) {
        int[] cps = squeeze(text).codePoints().sorted().toArray();
        return new String(cps, 0, cps.length);
    }

    private static List<String> distinct(List<String> tags) {
        return tags.stream().distinct().sorted().toList();
    }

    private static List<PrintedClause> clausesToDepth(List<PrintedClause> clauses, int depth, int maxDepth) {
        List<PrintedClause> out = new ArrayList<>();
        for (PrintedClause c : clauses) {
            if (depth <= maxDepth) {
                out.add(c);
                out.addAll(clausesToDepth(c.children(), depth + 1, maxDepth));
            }
        }
        return out;
    }

    /** The page each bookmarked clause (and the 附則) starts on, by id. */
    private static Map<String, Integer> bookmarkPages(PrintedDocument printed, List<Bookmark> marks) {
        Map<String, Integer> out = new HashMap<>();
        List<PrintedClause> clauses = clausesToDepth(printed.clauses(), 1, PdfWriter.BOOKMARK_DEPTH);
        for (int i = 0; i < clauses.size(); i++) {
            out.put(clauses.get(i).id(), marks.get(i).page());
        }
        if (printed.frame() != null) {
            out.put(PrintedDocument.Frame.SUPPLEMENTARY_ID, marks.get(marks.size() - 1).page());
        }
        return out;
    }

    private static List<Section> sectionsToDepth(Numbering numbering, int maxDepth) {
        List<Section> out = new ArrayList<>();
        collect(numbering.document().sections(), 1, maxDepth, out);
        return out;
    }

    private static void collect(List<Section> sections, int depth, int maxDepth, List<Section> out) {
        for (Section s : sections) {
            if (depth <= maxDepth) {
                out.add(s);
                collect(s.children(), depth + 1, maxDepth, out);
            }
        }
    }

    private static int depth(Numbering numbering, Section section) {
        return numbering.entry(section.id()).level();
    }

    /** Text without layout whitespace (line breaks, spaces, ideographic spaces). */
    static String squeeze(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static void assertSameText(String what, String expected, String actual) {
        String e = squeeze(expected);
        String a = squeeze(actual);
        if (e.equals(a)) {
            return;
        }
        int i = 0;
        while (i < Math.min(e.length(), a.length()) && e.charAt(i) == a.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 30);
        fail(String.format("%s: text differs at character %d of %d (PDF has %d)%n  document: …%s⟦%s⟧%n  PDF:      …%s⟦%s⟧",
                what, i, e.length(), a.length(), e.substring(from, i), e.substring(i, Math.min(e.length(), i + 30)),
                a.substring(from, Math.min(i, a.length())), a.substring(Math.min(i, a.length()), Math.min(a.length(), i + 30))));
    }
}
