package jp.policygen.printed;

import java.util.List;
import java.util.Objects;

/**
 * One run of printed text (a heading, a paragraph, an item's title, a table cell) and what each
 * part of it is: the pieces, in order, cover the text exactly. A piece is the body's or the
 * template's words, a parameter value, or the words of a cross reference; pieces of one
 * emphasised run share its {@code strong} number.
 */
public record Line(String text, List<Piece> pieces) {

    public enum Kind {
        /** Words written in a template or a clause file (or an imported text). */
        TEXT,
        /** A value of the body's parameters, put into the text by a template. */
        VALUE,
        /** The words of a cross reference, chosen by the numbering style. */
        REF,
        /**
         * A number, label or words the numbering style printed: headings' labels, an article's
         * number, the 附則 and the frame's dates and numbers, the words of a deleted article.
         */
        LABEL
    }

    /**
     * {@code [start, end)} of the text. {@code targets} are the clause ids of a reference;
     * {@code strong} numbers emphasised runs (0: not emphasised); {@code origin} is where the
     * words came from, or null when nothing is known (numbers, imported text).
     */
    public record Piece(int start, int end, Kind kind, List<String> targets, int strong, jp.policygen.model.Origin origin) {
        public Piece {
            targets = List.copyOf(targets);
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad piece " + start + ".." + end);
            }
        }
    }

    public static final Line EMPTY = new Line("", List.of());

    public Line {
        Objects.requireNonNull(text, "text");
        pieces = List.copyOf(pieces);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The text of a piece. */
    public String text(Piece p) {
        return text.substring(p.start(), p.end());
    }

    /** The piece at a character offset, or null. */
    public Piece pieceAt(int offset) {
        for (Piece p : pieces) {
            if (offset >= p.start() && offset < p.end()) {
                return p;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
