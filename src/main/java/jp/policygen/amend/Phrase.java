package jp.policygen.amend;

import java.util.List;

/**
 * One operation of an amendment, before it is worded into sentences: what it does and the
 * provision it names, cited with the numbers the text has when the operation applies. The
 * {@link Composer} joins phrases into the sentences of the 本則.
 */
sealed interface Phrase {

    /** The provision the phrase names (for 同条 and for grouping into sentences). */
    Citation target();

    /** Where words are changed: the text of a provision, its 見出し, a chapter's 章名, the title. */
    enum Where { TEXT, CAPTION, CHAPTER_NAME, TITLE }

    /** 「第５条第２項中「A」を「B」に改め、「C」を削る」. */
    record Words(Citation target, Where where, List<Edit> edits) implements Phrase {
        public Words {
            edits = List.copyOf(edits);
        }
    }

    /**
     * A 見出し set whole: 「第５条の見出しを「（B）」に改める」, added 「第５条に見出しとして「（B）」を付する」,
     * or removed 「第５条の見出しを削る」 ({@code caption} null). {@code quoted} is the 見出し as quoted
     * (an article's in its brackets).
     */
    record Caption(Citation target, String quoted, boolean had) implements Phrase {
    }

    /** 「第５条を次のように改める。」 and the provision as it now reads; also 題名 and 章名 lines. */
    record Rewrite(Citation target, Where where, Provision replacement) implements Phrase {
    }

    /** 「第５条を削る」. */
    record Remove(Citation target) implements Phrase {
    }

    /** 「第13号及び第14号を削る」「第５条から第７条までを削る」: {@code count} neighbours from {@code target} to {@code last}. */
    record RemoveRange(Citation target, Citation last, int count) implements Phrase {
    }

    /** 「第10条を第11条とする」: {@code to} names the new number as its parent's list does (「第11条」「第４項」). */
    record Renumber(Citation target, String to) implements Phrase {
    }

    /**
     * 「第６条から第９条までを一条ずつ繰り下げる」 ({@code count} provisions from {@code target} to
     * {@code last}; two are 「第６条及び第７条を」), moved by {@code by} ({@code down}: to higher numbers).
     */
    record Shift(Citation target, Citation last, int count, int by, boolean down, String counter) implements Phrase {
    }

    /**
     * 「(3)から(6)までを(4)から(7)までとし」「1.6から1.9までを1.7から1.10までとする」: a run of
     * {@code count} neighbours whose numbers have no counter to move them 「一条ずつ」 by, given their
     * new numbers as a range ({@code firstTo} to {@code lastTo}, named as {@link Renumber#to} is).
     */
    record RenumberRange(Citation target, Citation last, int count, String firstTo, String lastTo) implements Phrase {
    }

    /** Where added provisions go relative to the provision named. */
    enum Position {
        /** 「第５条の次に」. */
        AFTER,
        /** 「第１条の前に」. */
        BEFORE,
        /** 「第５条に」: at the end of it (at the end of its text, before any articles, for a chapter). */
        INTO
    }

    /**
     * 「第５条の次に次の一条を加える」 and the provisions added; {@code counter} (条, 項, 号) or null for
     * 「次のように加える」. An empty target with INTO is the text itself (本則).
     */
    record Add(Citation target, Position position, List<Provision> added, String counter) implements Phrase {
        public Add {
            added = List.copyOf(added);
        }
    }
}
