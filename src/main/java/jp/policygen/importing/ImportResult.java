package jp.policygen.importing;

import java.nio.file.Path;
import java.util.List;

import jp.policygen.Problem;
import jp.policygen.model.PolicyDocument;

/**
 * What the importer made of a text: the documents (a combined policy is split into its basic
 * policy and standards), where every numbered line stood in the source, the table of contents as
 * printed, what was repaired, and the encoding it was read in.
 */
public record ImportResult(Path file, String encoding, List<PolicyDocument> documents, List<SourceLine> lines,
                           List<TocEntry> toc, List<Problem> notes) {

    public ImportResult {
        documents = List.copyOf(documents);
        lines = List.copyOf(lines);
        toc = List.copyOf(toc);
        notes = List.copyOf(notes);
    }

    /**
     * A numbered line of the source: the section it opened (or the section holding the item),
     * whether it is a heading or an item, its label as printed, its text, its line and the
     * Markdown heading level it was written with (0: none).
     */
    public record SourceLine(String sectionId, boolean heading, Label label, String text, int line,
                             int markdownLevel) {
    }

    /**
     * An entry of a printed table of contents: label, title and page as printed ("" when the
     * contents page has none), and the articles it lists (「第３条―第13条」, or "").
     */
    public record TocEntry(String label, String title, String page, String articles, int line) {
    }
}
