package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Visibility;

class PdfReportTest {

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        Comparison c = new Comparer(Ignore.all()).compare(Docs.generatedSide(StatusTest.local(), StatusTest.LOCAL, "r7"),
                Docs.generatedSide(StatusTest.model(), StatusTest.MODEL, "r7"));
        pdf = new PdfReport().render(c, ReportOptions.MODEL);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void thePdfHoldsTheTableWithItsMarkers() {
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        for (String s : new String[] {"対照表", "本団体", "標準モデル", "（なし）", "独自の追加", "該当なし", "学校の情報システムは別に定める"}) {
            assertTrue(text.contains(s), s + " in:\n" + text);
        }
    }

    @Test
    void sameComparisonSameBytes() {
        Comparison c = new Comparer(Ignore.all()).compare(Docs.generatedSide(StatusTest.local(), StatusTest.LOCAL, "r7"),
                Docs.generatedSide(StatusTest.model(), StatusTest.MODEL, "r7"));
        assertArrayEquals(pdf, new PdfReport().render(c, ReportOptions.MODEL));
    }

    @Test
    void aReportOfPrivateTextIsPrivate() throws Exception {
        PolicyDocument local = StatusTest.local();
        DocumentInfo i = local.info();
        PolicyDocument privateLocal = new PolicyDocument(new DocumentInfo(i.bodyId(), i.bodyName(), i.title(), i.kind(),
                Visibility.PRIVATE, i.edition(), i.established(), i.revisions(), i.layout()), local.sections());
        Comparison c = new Comparer(Ignore.all()).compare(Docs.generatedSide(privateLocal, StatusTest.LOCAL, "r7"),
                Docs.generatedSide(StatusTest.model(), StatusTest.MODEL, "r7"));
        assertTrue(new HtmlReport().render(c, ReportOptions.MODEL).contains("非公開（取扱注意）"));
        try (PDDocument doc = Loader.loadPDF(new PdfReport().render(c, ReportOptions.MODEL))) {
            String t = new PDFTextStripper().getText(doc);
            assertTrue(t.contains("非公開（取扱注意）"), t);
        }
    }

    @Test
    void aPrivateClauseMakesTheReportPrivate() {
        PolicyDocument local = StatusTest.local();
        List<jp.policygen.model.Section> sections = new java.util.ArrayList<>(local.sections());
        sections.set(1, sections.get(1).asPrivate());
        PolicyDocument withPrivate = new PolicyDocument(local.info(), sections);
        Comparison c = new Comparer(Ignore.all()).compare(Docs.generatedSide(withPrivate, StatusTest.LOCAL, "r7"),
                Docs.generatedSide(StatusTest.model(), StatusTest.MODEL, "r7"));
        assertTrue(new HtmlReport().render(c, ReportOptions.MODEL).contains("非公開（取扱注意）"));
        assertEquals(Visibility.PRIVATE, PdfReport.info(c).visibility());
    }

    @Test
    void isPdfUa1AndPdfA2a() throws Exception {
        for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A}) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
                ValidationResult result = validator.validate(parser);
                Map<String, Integer> failed = new TreeMap<>();
                for (TestAssertion t : result.getTestAssertions()) {
                    if (t.getStatus() == TestAssertion.Status.FAILED) {
                        failed.merge(t.getRuleId().getClause() + " test " + t.getRuleId().getTestNumber() + ": " + t.getMessage(), 1, Integer::sum);
                    }
                }
                assertTrue(result.isCompliant(), "not " + flavour + ": " + failed);
            }
        }
    }
}
