package jp.policygen.compare;

import java.util.List;
import java.util.Map;
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
                   PrintedDocument printed, Map<String, String> moves) {

    /**
     * {@code moves}: for a generated document, the model clauses its body's parameters move
     * (clauses.move), id → where to («before basic.measures.physical»); null for an imported text,
     * whose moves the aligner finds by itself.
     */
    public Side {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(substitutions, "substitutions");
        Objects.requireNonNull(printed, "printed");
        moves = moves == null ? null : Map.copyOf(moves);
    }

    public Side(PolicyDocument document, Numbering numbering, Substitutions substitutions, String templates) {
        this(document, numbering, substitutions, templates,
                numbering != null ? Printer.print(numbering) : Printer.asFound(document), null);
    }

    public Side(PolicyDocument document, Numbering numbering, Substitutions substitutions, String templates,
                Map<String, String> moves) {
        this(document, numbering, substitutions, templates,
                numbering != null ? Printer.print(numbering) : Printer.asFound(document), moves);
    }

    /** The moves a body's parameters make: id → «before basic.measures.physical». */
    public static Map<String, String> moves(BodyParams params) {
        Map<String, String> out = new java.util.HashMap<>();
        for (BodyParams.Move m : params.clauses().move()) {
            out.put(m.id(), m.placement().how() + " " + m.placement().anchor());
        }
        return out;
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
        return new Side(numbering.document(), numbering, Substitutions.of(params), params.templates(), moves(params));
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
