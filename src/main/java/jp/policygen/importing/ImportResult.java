package jp.policygen.importing;

import java.nio.file.Path;
import java.util.List;

import jp.policygen.Problem;
import jp.policygen.model.PolicyDocument;

/**
 * What the importer made of a text: the documents (a combined policy is split into its basic
 * policy and standards), where every numbered line stood in the source, the table of contents as
 * printed, what was repaired, the encoding it was read in, and the lines (1-based, in order) set
 * aside as the page's own: page numbers, running headers, the gap of a page break in mid-sentence;
 * and the lines it read as going on with the line above (so lint reads the same passages).
 */
public record ImportResult(Path file, String encoding, List<PolicyDocument> documents, List<SourceLine> lines,
                           List<TocEntry> toc, List<Problem> notes, List<Integer> setAside, List<Integer> continued) {

    public ImportResult {
        documents = List.copyOf(documents);
        lines = List.copyOf(lines);
        toc = List.copyOf(toc);
        notes = List.copyOf(notes);
        setAside = List.copyOf(setAside);
        continued = List.copyOf(continued);
    }

    /** A reading with no line set aside (a text that was never printed on pages). */
    public ImportResult(Path file, String encoding, List<PolicyDocument> documents, List<SourceLine> lines,
                        List<TocEntry> toc, List<Problem> notes) {
        this(file, encoding, documents, lines, toc, notes, List.of(), List.of());
    }

    /** Whether the reader read a line (1-based) as going on with the line above, in one paragraph. */
    public boolean continued(int line) {
        return java.util.Collections.binarySearch(continued, line) >= 0;
    }

    /** Whether the reader set a line (1-based) aside as the page's (a page number, a running header). */
    public boolean setAside(int line) {
        return java.util.Collections.binarySearch(setAside, line) >= 0;
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
