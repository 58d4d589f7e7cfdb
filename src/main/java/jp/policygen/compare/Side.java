package jp.policygen.compare;

import java.util.List;
import java.util.Objects;

import jp.policygen.model.PolicyDocument;
import jp.policygen.numbering.Numbering;
import jp.policygen.printed.PrintedClause;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;
import jp.policygen.params.BodyParams;

/**
 * One side of a comparison: a document, the numbering it is shown with (null for an imported
 * text, which shows the numbers it carried), the parameter values in its text, and whether
 * policygen generated it from the project's templates.
 */
public record Side(PolicyDocument document, Numbering numbering, Substitutions substitutions, String templates,
                   PrintedDocument printed) {

    public Side {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(substitutions, "substitutions");
        Objects.requireNonNull(printed, "printed");
    }

    public Side(PolicyDocument document, Numbering numbering, Substitutions substitutions, String templates) {
        this(document, numbering, substitutions, templates,
                numbering != null ? Printer.print(numbering) : Printer.asFound(document));
    }

    /** Every clause as printed, in document order (the order of {@code document().allSections()}). */
    List<PrintedClause> clauses() {
        return printed.all();
    }

    /**
     * Whether the printed text marks this side's parameter values (a document generated here):
     * then they are known by where they stand, not searched for.
     */
    boolean valuesMarked() {
        return printed.numbered() && templates != null;
    }

    /** A document policygen generated for a body. */
    public static Side generated(Numbering numbering, BodyParams params) {
        return new Side(numbering.document(), numbering, Substitutions.of(params), params.templates());
    }

    /** A text policygen did not generate; {@code params} may be null when the body has none here. */
    public static Side imported(PolicyDocument document, BodyParams params) {
        Substitutions guessed = Substitutions.guess(document);
        return new Side(document, null, params == null ? guessed : Substitutions.of(params).with(guessed), null);
    }

    /** A short description: 「小諸市情報セキュリティ基本方針」. */
    public String title() {
        return document.info().title();
    }
}
