package jp.policygen.amend;

import java.util.List;
import java.util.Objects;

/**
 * How an amendment is drafted: the body's house style and the facts the user gives.
 *
 * @param kind         the instrument (訓令, 告示, 規則 …); null: as the document's frame says, else 訓令
 * @param after        the words for an insertion after quoted words: 「の下に」 (the usual form) or 「の次に」
 * @param before       … before them: 「の上に」 or 「の前に」
 * @param kanjiCounts  counts in kanji (「次の一条」「一条ずつ」, the usual form) or in digits (「次の１条」)
 * @param wholeOver    above this share of changed text a 全部改正 is drafted instead (0..1)
 * @param partial      draft a 一部改正 whatever the share
 * @param effective    the 施行日 (和暦 or ISO); null: from the revision's date
 * @param date         the date of the amending instrument; null: from the revision's date
 * @param number       its number (「第３号」 or 3); null: left blank for the drafter
 * @param transitional 経過措置, each a paragraph of the 附則 after the one that sets the 施行日
 */
public record AmendOptions(String kind, String after, String before, boolean kanjiCounts, double wholeOver, boolean partial,
                           String effective, String date, String number, List<String> transitional) {

    /** The share of changed text above which a 全部改正 is offered, unless told otherwise. */
    public static final double DEFAULT_WHOLE_OVER = 0.5;

    public static final AmendOptions DEFAULT = new AmendOptions(null, "の下に", "の上に", true, DEFAULT_WHOLE_OVER, false,
            null, null, null, List.of());

    public AmendOptions {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(before, "before");
        transitional = List.copyOf(transitional);
        if (wholeOver < 0 || wholeOver > 1) {
            throw new IllegalArgumentException("the share for a 全部改正 is between 0 and 1: " + wholeOver);
        }
    }

    public AmendOptions withKind(String k) {
        return new AmendOptions(k, after, before, kanjiCounts, wholeOver, partial, effective, date, number, transitional);
    }

    /** 「の下に」/「の上に」 (vertical-writing tradition, the default) or 「の次に」/「の前に」. */
    public AmendOptions withInsertionWords(String style) {
        return switch (style) {
            case "shita", "下" -> new AmendOptions(kind, "の下に", "の上に", kanjiCounts, wholeOver, partial, effective, date, number, transitional);
            case "tsugi", "次" -> new AmendOptions(kind, "の次に", "の前に", kanjiCounts, wholeOver, partial, effective, date, number, transitional);
            default -> throw new IllegalArgumentException("insertion words: 下 (「の下に」) or 次 (「の次に」), not '" + style + "'");
        };
    }

    public AmendOptions withKanjiCounts(boolean on) {
        return new AmendOptions(kind, after, before, on, wholeOver, partial, effective, date, number, transitional);
    }

    public AmendOptions withWholeOver(double share) {
        return new AmendOptions(kind, after, before, kanjiCounts, share, partial, effective, date, number, transitional);
    }

    public AmendOptions withPartial(boolean on) {
        return new AmendOptions(kind, after, before, kanjiCounts, wholeOver, on, effective, date, number, transitional);
    }

    public AmendOptions withEffective(String e) {
        return new AmendOptions(kind, after, before, kanjiCounts, wholeOver, partial, e, date, number, transitional);
    }

    public AmendOptions withDate(String d) {
        return new AmendOptions(kind, after, before, kanjiCounts, wholeOver, partial, effective, d, number, transitional);
    }

    public AmendOptions withNumber(String n) {
        return new AmendOptions(kind, after, before, kanjiCounts, wholeOver, partial, effective, date, n, transitional);
    }

    public AmendOptions withTransitional(List<String> t) {
        return new AmendOptions(kind, after, before, kanjiCounts, wholeOver, partial, effective, date, number, t);
    }
}
