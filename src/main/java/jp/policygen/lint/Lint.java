package jp.policygen.lint;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.importing.ImportResult;
import jp.policygen.importing.TextImporter;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.params.BodyParams;
import jp.policygen.render.MarkdownWriter;
import jp.policygen.text.TextFiles;
import jp.policygen.i18n.Texts;

/** The two ways into lint: an existing text, or a body's generated documents. */
public final class Lint {

    private Lint() {
    }

    /**
     * An existing text, read as {@code policygen import} reads it. {@code shownAs} is how findings
     * name the file; {@code body} and {@code config} may be null.
     */
    public static LintContext file(Path file, String shownAs, Dictionary dictionary, BodyParams body, LintConfig config) {
        ImportResult structure = new TextImporter().read(file);
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            String encoding = structure.encoding();
            Charset charset = Charset.forName(encoding.startsWith("UTF-8") ? "UTF-8"
                    : encoding.equals("Shift_JIS") ? "windows-31j" : encoding);
            text = TextFiles.stripBom(TextFiles.normaliseLineEnds(new String(bytes, charset)));
        } catch (IOException e) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, null, Texts.get("lint.cannotRead", e.getMessage())));
        }
        return new LintContext(List.of(SourceFile.imported(shownAs, text, structure)), dictionary, body, config);
    }

    /** A text given as a string (tests, and texts that are not files). */
    public static LintContext text(String shownAs, String text, Dictionary dictionary, BodyParams body, LintConfig config) {
        ImportResult structure = new TextImporter().read(Path.of(shownAs), text, "UTF-8");
        return new LintContext(List.of(SourceFile.imported(shownAs, TextFiles.normaliseLineEnds(text), structure)),
                dictionary, body, config);
    }

    /**
     * A body's generated documents, as their Markdown reads; findings point at
     * {@code <outputPrefix>/<body>/<document>.md}.
     */
    public static LintContext generated(String outputPrefix, BodyParams body, List<PrintedDocument> documents,
                                        Dictionary dictionary, LintConfig config) {
        List<SourceFile> files = new ArrayList<>();
        MarkdownWriter writer = new MarkdownWriter();
        for (PrintedDocument d : documents) {
            String path = outputPrefix + "/" + body.id() + "/" + d.info().kind().stem() + ".md";
            files.add(SourceFile.generated(path, writer.layout(d), d));
        }
        return new LintContext(files, dictionary, body, config);
    }
}
