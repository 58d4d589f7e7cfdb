package jp.policygen.model;

import java.util.Objects;

/**
 * How a document is laid out in print: the numbering style's name, the chapter number the
 * document takes when the policy is printed as one book (0: none), the level whose sections
 * become articles in the article style, and for the article style the body's house style (how
 * 号 are numbered, how wide digits are, whether article numbers stay put across revisions) and
 * the legal frame it is adopted in (null: printed without one).
 */
public record Layout(String style, int documentChapter, int articleLevel, Items items, Digits digits,
                     ArticleHistory articles, Instrument instrument) {

    /** How 号 and what stands below them are numbered in the article style. */
    public enum Items {
        /** 号 (1), then ア, (ｱ): the usual form of municipal 例規. */
        PAREN,
        /** 号 一, then イ (イロハ order), (ｱ): the form of 法令 and some 例規. */
        KANJI
    }

    /** The width of the digits the article style prints (条, 項, 号, references, and the text's numbers). */
    public enum Digits {
        /** Every digit full-width: 第１２条. */
        FULL,
        /** A number of one digit full-width, longer numbers half-width: 第１条, 第12条 (a common 例規 rule). */
        MIXED,
        /**
         * No house style: the text's numbers stay as written and labels are as they always were
         * (第1条, 項 ２); for imported texts, which keep the numbers they were printed with.
         */
        AS_WRITTEN
    }

    public Layout {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(digits, "digits");
        if (documentChapter < 0 || articleLevel < 1) {
            throw new IllegalArgumentException("documentChapter >= 0 and articleLevel >= 1 required");
        }
    }

    /** A layout without a house style of its own: 号 (1), digits as written, articles renumbered, no frame. */
    public Layout(String style, int documentChapter, int articleLevel) {
        this(style, documentChapter, articleLevel, Items.PAREN, Digits.AS_WRITTEN, null, null);
    }

    /** Whether article numbers stay put across revisions (numbering.stable). */
    public boolean stable() {
        return articles != null;
    }
}
