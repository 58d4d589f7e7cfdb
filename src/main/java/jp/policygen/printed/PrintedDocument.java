package jp.policygen.printed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;
import jp.policygen.numbering.Numbering;

/**
 * A document exactly as it is printed: every heading, label, paragraph number, cross reference
 * and parameter value in place, each piece of text with where it came from. {@code numbering} is
 * null for an imported text printed with the numbers it was found with. Made by one walk
 * over a numbered document ({@link Printer}); every writer, the leak check and lint read this,
 * so all of them see the same text.
 *
 * <p>Besides the clauses: the chapter line of a book-form policy ({@code chapterHeading}, or
 * null), the contents ({@link Contents}: what a 目次 lists), what stands between a label and its
 * text ({@code labelGap}: 「　」 in the form of 例規, a space elsewhere) and, for a document adopted
 * as a 例規, its legal frame ({@link Frame}, or null).
 */
public record PrintedDocument(PolicyDocument document, Numbering numbering, String chapterHeading,
                              List<PrintedClause> clauses, Contents contents, Frame frame) {

    public PrintedDocument {
        clauses = List.copyOf(clauses);
    }

    /**
     * What a table of contents lists, in order: each entry's clause (null: the 附則, anchored at
     * {@link Frame#SUPPLEMENTARY_ID}), its text and its depth (1: top). {@code inText}: the
     * contents are part of the text itself (the 目次 of a 例規 with chapters, 「第１章　組織体制
     * （第１条―第11条）」), not only a reader's navigation.
     */
    public record Contents(List<Entry> entries, boolean inText) {
        public Contents {
            entries = List.copyOf(entries);
        }

        public record Entry(String clauseId, String text, int depth) {
        }
    }

    /**
     * The legal frame of a 例規: under the title, the date and number of the instrument
     * (「令和８年３月31日　訓令第５号」), one line per revision (「改正　令和９年３月31日訓令第３号」),
     * the 制定文 (null: none); after the last article, a 附則 for the original and one for each
     * revision, oldest first.
     */
    public record Frame(Line promulgation, List<Line> amendments, Line enactment, List<Supplement> supplements) {

        /** The anchor of the 附則 (a clause id can never hold '_'). */
        public static final String SUPPLEMENTARY_ID = "_supplementary";

        public Frame {
            amendments = List.copyOf(amendments);
            supplements = List.copyOf(supplements);
        }

        /** One 附則: its heading 「附　則」 or 「附　則（令和８年３月31日訓令第５号）」 and its paragraphs. */
        public record Supplement(Line heading, List<Line> paragraphs) {
            public Supplement {
                paragraphs = List.copyOf(paragraphs);
            }
        }
    }

    public DocumentInfo info() {
        return document.info();
    }

    /** Whether the numbers are a style's (a generated document), not those an imported text carried. */
    public boolean numbered() {
        return numbering != null;
    }

    /** What stands between a label and its text: 「　」 in the form of 例規, a space elsewhere. */
    public String labelGap() {
        return numbering == null ? " " : numbering.labelGap();
    }

    /** Text with its numbers in the document's digits (the article style's house style; unchanged elsewhere). */
    public String digits(String text) {
        return numbering == null ? text : numbering.digits(text);
    }

    /** Whether the document is printed in the form of 例規 (the article style). */
    public boolean articleForm() {
        return numbering != null && numbering.articleForm();
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

    /**
     * The document's sections in the order and shape they are printed: deleted articles stand
     * where they were, as sections without text (for readers that outline the printed text).
     */
    public List<Section> printedSections() {
        List<Section> out = new ArrayList<>();
        for (PrintedClause c : clauses) {
            out.add(printed(c));
        }
        return out;
    }

    private static Section printed(PrintedClause c) {
        List<Section> children = new ArrayList<>();
        c.children().forEach(child -> children.add(printed(child)));
        return c.section().withChildren(children);
    }
}
