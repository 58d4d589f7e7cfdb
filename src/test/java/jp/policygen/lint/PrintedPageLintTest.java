package jp.policygen.lint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lint on the text a PDF gives up (`pdftotext -layout` of our own correct documents, fixtures of
 * importing.PdfLayoutTextTest): wrapped lines, running headers, page numbers, a contents page
 * listing 「第１条（目的）」. The documents are correct, so every finding is a false alarm.
 */
class PrintedPageLintTest {

    static final Path FIXTURES = Path.of("src/test/resources/jp/policygen/importing/pdf-layout");

    static final ReferenceCorpus MODEL = ReferenceCorpus.model(new jp.policygen.Project(jp.policygen.TestProjects.real()));

    @ParameterizedTest
    @ValueSource(strings = {"bunkyo-ward-basic-policy", "nagano-prefecture-standards", "komoro-city-standards"})
    void lintFindsNothingWrongInTheTextOfACorrectPrintedDocument(String name) {
        Path file = FIXTURES.resolve(name + ".txt");
        // as `policygen lint FILE` reads an existing text: against the model's wording
        LintReport report = Linter.run(Lint.file(file, name + ".txt", LintTesting.DICTIONARY, null, null).withReference(MODEL));
        List<String> wrong = new ArrayList<>();
        for (Finding f : report.findings()) {
            // a table's cell wrapped over two lines is reported as a join to check (import.debris): not a
            // defect of the text, and not a claim that it is one
            if (!f.rule().equals("import.debris")) {
                wrong.add(f.line() + ":" + f.column() + " " + f.rule() + " " + f.message());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

}
