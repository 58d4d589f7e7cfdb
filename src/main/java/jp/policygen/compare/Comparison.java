package jp.policygen.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policygen.model.Section;

/**
 * The outcome of comparing two documents: aligned rows with their differences, and a summary;
 * {@code revisions}: the two are revisions of one text (a 新旧対照表 in the vocabulary of an
 * amendment), not a body's text against the model (a 対照表).
 */
public record Comparison(Side target, Side base, Set<Ignore> ignored, List<Row> rows, Summary summary, boolean revisions) {

    public Comparison {
        ignored = Set.copyOf(ignored);
        rows = List.copyOf(rows);
    }

    /**
     * One row of the 新旧対照表: the target's and the base's sections (either may be empty), their
     * text as shown, and the marked spans of each.
     */
    public record Row(int number, AlignKind alignment, double similarity, ClauseStatus status,
                      List<Section> target, List<Section> base, ClauseText targetText, ClauseText baseText,
                      List<Span> targetSpans, List<Span> baseSpans) {
        public Row {
            target = List.copyOf(target);
            base = List.copyOf(base);
            targetSpans = List.copyOf(targetSpans);
            baseSpans = List.copyOf(baseSpans);
        }

        /** Whether the row stands elsewhere on the other side. */
        public boolean moved() {
            return alignment == AlignKind.MOVED;
        }

        /** Whether any text of the row is underlined as changed (a changed number alone is not). */
        public boolean changed() {
            return targetSpans.stream().anyMatch(s -> s.kind() == Span.Kind.CHANGED)
                    || baseSpans.stream().anyMatch(s -> s.kind() == Span.Kind.CHANGED);
        }
    }

    /**
     * Rows per status, and the share of the target's text (in characters, numbering and
     * whitespace left out) that is identical to the base, parameter values counting as identical
     * where they are ignored.
     */
    public record Summary(Map<ClauseStatus, Integer> counts, long identicalChars, long targetChars) {
        public Summary {
            Map<ClauseStatus, Integer> all = new EnumMap<>(ClauseStatus.class);
            for (ClauseStatus s : ClauseStatus.values()) {
                all.put(s, counts.getOrDefault(s, 0));
            }
            counts = java.util.Collections.unmodifiableMap(all);
        }

        public double identicalShare() {
            return targetChars == 0 ? 1.0 : (double) identicalChars / targetChars;
        }

        public int count(ClauseStatus status) {
            return counts.get(status);
        }
    }
}
