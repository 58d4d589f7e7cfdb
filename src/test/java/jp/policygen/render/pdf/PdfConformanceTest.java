package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import jp.policygen.render.pdf.PdfFixtures.Doc;

/**
 * Every PDF passes veraPDF's machine-checkable rules of PDF/UA-1 (ISO 14289-1: tagged, every
 * piece of content tagged or an artifact, headings, lists and tables structured, language and
 * title set, fonts embedded with Unicode maps) and of PDF/A-2a (ISO 19005-2 level A: archivable,
 * self-contained, output intent, XMP agreeing with the document information). The rules a person
 * must judge, such as whether the tags make sense, are the other tests' and the reviewer's.
 */
class PdfConformanceTest {

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Named<Doc>> documents() {
        return PdfFixtures.all().stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void isPdfUa1(Doc doc) throws Exception {
        assertConforms(doc, PDFAFlavour.PDFUA_1);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void isPdfA2a(Doc doc) throws Exception {
        assertConforms(doc, PDFAFlavour.PDFA_2_A);
    }

    private static void assertConforms(Doc doc, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(doc.pdf()), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            for (TestAssertion t : result.getTestAssertions()) {
                if (t.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(t.getRuleId().getSpecification() + " " + t.getRuleId().getClause() + " test "
                            + t.getRuleId().getTestNumber() + ": " + t.getMessage(), 1, Integer::sum);
                }
            }
            assertTrue(result.isCompliant(), "not " + flavour + ": " + failed);
        }
    }
}
