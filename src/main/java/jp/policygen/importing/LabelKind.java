package jp.policygen.importing;

/**
 * The kinds of number Japanese policies print, with their rank on the usual ladder
 * (第1章 → 第1節 → 第1条 → 1 or 1.1 → (1) → ① → ア → (ア) → a → ・). A lower rank is a higher level.
 * Dotted and plain numbers share a rank: both stand directly under a chapter.
 */
public enum LabelKind {
    PREFACE(0),
    CHAPTER(0),
    SECTION(1),
    ARTICLE(2),
    DOTTED(3),
    PLAIN(3),
    PAREN_NUMBER(4),
    CIRCLED(5),
    KATAKANA(6),
    PAREN_KATAKANA(7),
    LATIN(8),
    BULLET(9),
    /** 「1. 」 left by a conversion to Markdown: a numbered item below whatever precedes it. */
    MARKDOWN_NUMBER(10);

    private final int rank;

    LabelKind(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
