package jp.policygen.printed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.PolicyDocument;
import jp.policygen.numbering.Numbering;

/**
 * A document exactly as it is printed: every heading, label, paragraph number, cross reference
 * and parameter value in place, each piece of text with where it came from. {@code numbering} is
 * null for an imported text printed with the numbers it was found with. Made by one walk
 * over a numbered document ({@link Printer}); every writer, the leak check and lint read this,
 * so all of them see the same text.
 */
public record PrintedDocument(PolicyDocument document, Numbering numbering, String chapterHeading,
                              List<PrintedClause> clauses) {

    public PrintedDocument {
        clauses = List.copyOf(clauses);
    }

    public DocumentInfo info() {
        return document.info();
    }

    /** Whether the numbers are a style's (a generated document), not those an imported text carried. */
    public boolean numbered() {
        return numbering != null;
    }

    /** Every clause in document order. */
    public List<PrintedClause> all() {
        List<PrintedClause> out = new ArrayList<>();
        clauses.forEach(c -> out.addAll(c.all()));
        return out;
    }

    public Optional<PrintedClause> find(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
