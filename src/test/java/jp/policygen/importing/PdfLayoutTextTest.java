package jp.policygen.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.policygen.model.Inline;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;

/**
 * Policies are mostly published as PDF, and the text a policy office has is what a PDF gives up:
 * lines wrapped at the page's width, a running header and a page number on every page, a contents
 * page with dot leaders, 「第30条に定める」 at the start of a line. Each fixture here is one of our
 * own correct documents twice: its Markdown as generated, and its PDF as `pdftotext -layout`
 * extracts it. Read from the page, it must give the same outline as read from the Markdown (lint's
 * side: PrintedPageLintTest).
 */
class PdfLayoutTextTest {

    static final Path FIXTURES = Path.of("src/test/resources/jp/policygen/importing/pdf-layout");

    @ParameterizedTest
    @ValueSource(strings = {"bunkyo-ward-basic-policy", "nagano-prefecture-standards", "komoro-city-standards"})
    void theTextOfAPrintedPageReadsAsItsMarkdownDoes(String name) {
        ImportResult fromPage = new TextImporter().read(FIXTURES.resolve(name + ".txt"));
        ImportResult fromMarkdown = new TextImporter().read(FIXTURES.resolve(name + ".md"));
        assertEquals(outline(fromMarkdown), outline(fromPage));
        assertFalse(fromPage.setAside().isEmpty(), "page numbers and running headers are set aside");
        for (PolicyDocument d : fromPage.documents()) {
            for (Section s : d.allSections()) {
                String text = Inline.plainText(s.title()) + s.blocks();
                assertFalse(text.matches("(?s).*―\\s*[0-9０-９]+\\s*―.*"), "a page number in 「" + text + "」");
                assertFalse(text.contains("非公開（取扱注意）"), "a running header in 「" + text + "」");
            }
        }
    }

    private static List<String> outline(ImportResult r) {
        List<String> out = new ArrayList<>();
        for (PolicyDocument d : r.documents()) {
            out.add(d.info().kind() + " " + d.info().title());
            for (Section s : d.allSections()) {
                String found = s.found() == null ? "" : s.found();
                out.add((found + Inline.plainText(s.title())).replaceAll("[ \u3000]", ""));
            }
        }
        return out;
    }
}
