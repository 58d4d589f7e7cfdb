package jp.policygen.compare;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;

/**
 * A character-level diff of two comparison texts, merged into readable phrases by
 * diff-match-patch's semantic cleanup (a raw character diff of Japanese is a scatter of
 * one-character matches), and mapped back onto the original characters of both sides.
 */
final class PhraseDiff {

    /** The outcome for one aligned row: spans on each side, and how much of the target is equal. */
    record Result(List<Span> target, List<Span> base, int equalWeight, int targetWeight, int baseWeight) {
        boolean changed() {
            return target.stream().anyMatch(s -> s.kind() == Span.Kind.CHANGED)
                    || base.stream().anyMatch(s -> s.kind() == Span.Kind.CHANGED);
        }

        boolean parameters() {
            return !target.isEmpty() || !base.isEmpty();
        }
    }

    private final DiffMatchPatch dmp = new DiffMatchPatch();

    PhraseDiff() {
        dmp.diffTimeout = 2.0f;
    }

    Result diff(ClauseText targetText, ComparisonText target, ClauseText baseText, ComparisonText base) {
        LinkedList<Diff> diffs = dmp.diffMain(base.chars(), target.chars(), false);
        dmp.diffCleanupSemantic(diffs);
        List<Span> targetSpans = new ArrayList<>();
        List<Span> baseSpans = new ArrayList<>();
        int tp = 0;
        int bp = 0;
        int equal = 0;
        for (Diff d : diffs) {
            int len = d.text.length();
            switch (d.operation) {
                case EQUAL -> {
                    for (int k = 0; k < len; k++) {
                        int t = tp + k;
                        int b = bp + k;
                        equal += target.to(t) - target.from(t);
                        if (Normaliser.Placeholders.isPlaceholder(target.chars().charAt(t))) {
                            String tv = targetText.text().substring(target.from(t), target.to(t));
                            String bv = baseText.text().substring(base.from(b), base.to(b));
                            if (!tv.equals(bv)) {
                                targetSpans.add(new Span(target.from(t), target.to(t), Span.Kind.PARAMETER));
                                baseSpans.add(new Span(base.from(b), base.to(b), Span.Kind.PARAMETER));
                            }
                        }
                    }
                    tp += len;
                    bp += len;
                }
                case INSERT -> {
                    changed(targetText, target, tp, tp + len, targetSpans);
                    tp += len;
                }
                case DELETE -> {
                    changed(baseText, base, bp, bp + len, baseSpans);
                    bp += len;
                }
            }
        }
        return new Result(merge(targetSpans), merge(baseSpans), equal, weight(target), weight(base));
    }

    /** The whole text of one side as changed: a clause with no counterpart ((新設), (削る)). */
    static List<Span> whole(ClauseText text, ComparisonText comparison) {
        List<Span> out = new ArrayList<>();
        changed(text, comparison, 0, comparison.length(), out);
        return merge(out);
    }

    static int weight(ComparisonText c) {
        int w = 0;
        for (int i = 0; i < c.length(); i++) {
            w += c.to(i) - c.from(i);
        }
        return w;
    }

    /** Original ranges of comparison characters {@code [a, b)}, joined across skipped spaces. */
    private static void changed(ClauseText text, ComparisonText c, int a, int b, List<Span> out) {
        int start = -1;
        int end = -1;
        for (int i = a; i < b; i++) {
            int f = c.from(i);
            int t = c.to(i);
            if (start >= 0 && onlySpaces(text.text(), end, f)) {
                end = t;
            } else {
                if (start >= 0) {
                    out.add(new Span(start, end, Span.Kind.CHANGED));
                }
                start = f;
                end = t;
            }
        }
        if (start >= 0) {
            out.add(new Span(start, end, Span.Kind.CHANGED));
        }
    }

    private static boolean onlySpaces(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == '\n' || !Notation.isSpace(ch)) {
                return false;
            }
        }
        return true;
    }

    /** Sorted, with touching spans of the same kind joined. */
    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(x.end(), y.end()));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (last.kind() == s.kind() && s.start() <= last.end()) {
                    out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end()), s.kind()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }
}
