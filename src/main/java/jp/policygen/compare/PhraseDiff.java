package jp.policygen.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;

/**
 * A word-level diff of two comparison texts, mapped back onto the original characters of both
 * sides. Words come from a morphological analyser ({@link Words}), so no underline starts or
 * ends inside a word, and a word the two sides share is never underlined: a particle or a mark
 * (の, を, 、) standing alone between two changes joins them into one phrase, a content word never
 * does. (A character diff of Japanese, even merged by diff-match-patch's semantic cleanup, cuts
 * words — 「〔…実施す〕る」 — and swallows identical words into long changed blocks.)
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

    /** At most this many function words (の, を, 、) standing alone between two changes join them. */
    static final int GLUE_WORDS = 2;

    private final DiffMatchPatch dmp = new DiffMatchPatch();
    private final Words words = new Words();

    PhraseDiff() {
        dmp.diffTimeout = 2.0f;
    }

    /** One side's words: where each stands in the comparison text, and the symbol it is diffed as. */
    private record Side(List<Words.Word> words, String symbols) {
    }

    Result diff(ClauseText targetText, ComparisonText target, ClauseText baseText, ComparisonText base) {
        Map<String, Character> symbols = new HashMap<>();
        Side b = side(base, symbols);
        Side t = side(target, symbols);
        LinkedList<Diff> diffs = dmp.diffMain(b.symbols(), t.symbols(), false);
        List<Op> ops = glue(ops(diffs), b, t);
        List<Span> targetSpans = new ArrayList<>();
        List<Span> baseSpans = new ArrayList<>();
        int equal = 0;
        for (Op op : ops) {
            switch (op.kind) {
                case EQUAL -> {
                    for (int k = 0; k < op.baseTo - op.baseFrom; k++) {
                        Words.Word tw = t.words().get(op.targetFrom + k);
                        Words.Word bw = b.words().get(op.baseFrom + k);
                        for (int c = 0; c < tw.end() - tw.start(); c++) {
                            int ti = tw.start() + c;
                            int bi = bw.start() + c;
                            equal += target.to(ti) - target.from(ti);
                            if (Normaliser.Placeholders.isPlaceholder(target.chars().charAt(ti))) {
                                String tv = targetText.text().substring(target.from(ti), target.to(ti));
                                String bv = baseText.text().substring(base.from(bi), base.to(bi));
                                if (!tv.equals(bv)) {
                                    targetSpans.add(new Span(target.from(ti), target.to(ti), Span.Kind.PARAMETER));
                                    baseSpans.add(new Span(base.from(bi), base.to(bi), Span.Kind.PARAMETER));
                                }
                            }
                        }
                    }
                }
                case CHANGE -> {
                    if (op.targetTo > op.targetFrom) {
                        changed(targetText, target, t.words().get(op.targetFrom).start(), t.words().get(op.targetTo - 1).end(),
                                targetSpans);
                    }
                    if (op.baseTo > op.baseFrom) {
                        changed(baseText, base, b.words().get(op.baseFrom).start(), b.words().get(op.baseTo - 1).end(), baseSpans);
                    }
                }
            }
        }
        return new Result(merge(targetSpans), merge(baseSpans), equal, weight(target), weight(base));
    }

    /**
     * The words of a comparison text. A placeholder (a parameter value) is a word of its own, and
     * so is every run of text between two places where the original skips something (numbering,
     * a line break): words never reach across them.
     */
    private Side side(ComparisonText c, Map<String, Character> symbols) {
        String chars = c.chars();
        List<Words.Word> all = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= chars.length(); i++) {
            boolean cut = i == chars.length() || Normaliser.Placeholders.isPlaceholder(chars.charAt(i))
                    || i > 0 && c.from(i) != c.to(i - 1);
            if (!cut) {
                continue;
            }
            all.addAll(words.split(chars, from, i));
            if (i < chars.length() && Normaliser.Placeholders.isPlaceholder(chars.charAt(i))) {
                all.add(new Words.Word(i, i + 1, false));
                from = i + 1;
            } else {
                from = i;
            }
        }
        StringBuilder out = new StringBuilder(all.size());
        for (Words.Word w : all) {
            String word = chars.substring(w.start(), w.end());
            Character symbol = symbols.get(word);
            if (symbol == null) {
                symbol = (char) (0x100 + symbols.size());
                symbols.put(word, symbol);
            }
            out.append(symbol.charValue());
        }
        return new Side(all, out.toString());
    }

    private enum Kind { EQUAL, CHANGE }

    /** A run of words: equal on both sides, or changed (either side may be empty). Word indexes. */
    private static final class Op {
        final Kind kind;
        int baseFrom;
        int baseTo;
        int targetFrom;
        int targetTo;

        Op(Kind kind, int baseFrom, int baseTo, int targetFrom, int targetTo) {
            this.kind = kind;
            this.baseFrom = baseFrom;
            this.baseTo = baseTo;
            this.targetFrom = targetFrom;
            this.targetTo = targetTo;
        }
    }

    private static List<Op> ops(List<Diff> diffs) {
        List<Op> out = new ArrayList<>();
        int b = 0;
        int t = 0;
        for (Diff d : diffs) {
            int n = d.text.length();
            Op last = out.isEmpty() ? null : out.get(out.size() - 1);
            switch (d.operation) {
                case EQUAL -> {
                    out.add(new Op(Kind.EQUAL, b, b + n, t, t + n));
                    b += n;
                    t += n;
                }
                case DELETE -> {
                    if (last != null && last.kind == Kind.CHANGE) {
                        last.baseTo = b + n;
                    } else {
                        out.add(new Op(Kind.CHANGE, b, b + n, t, t));
                    }
                    b += n;
                }
                case INSERT -> {
                    if (last != null && last.kind == Kind.CHANGE) {
                        last.targetTo = t + n;
                    } else {
                        out.add(new Op(Kind.CHANGE, b, b, t, t + n));
                    }
                    t += n;
                }
            }
        }
        return out;
    }

    /**
     * Joins two changes separated only by a few function words (「〔情報資産〕の〔管理〕」 becomes
     * one phrase 「〔情報資産の管理〕」), so a change reads as a phrase; shared content words stay apart.
     */
    private static List<Op> glue(List<Op> ops, Side b, Side t) {
        List<Op> out = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            Op prev = out.isEmpty() ? null : out.get(out.size() - 1);
            Op next = i + 1 < ops.size() ? ops.get(i + 1) : null;
            if (op.kind == Kind.EQUAL && prev != null && prev.kind == Kind.CHANGE && next != null && next.kind == Kind.CHANGE
                    && op.baseTo - op.baseFrom <= GLUE_WORDS && allFunction(b.words(), op.baseFrom, op.baseTo)
                    && bothSidesChange(prev, next)) {
                prev.baseTo = next.baseTo;
                prev.targetTo = next.targetTo;
                i++;
                continue;
            }
            if (op.kind == Kind.CHANGE && prev != null && prev.kind == Kind.CHANGE) {
                prev.baseTo = op.baseTo;
                prev.targetTo = op.targetTo;
                continue;
            }
            out.add(new Op(op.kind, op.baseFrom, op.baseTo, op.targetFrom, op.targetTo));
        }
        return out;
    }

    /** Glue only where words are replaced on both sides around the function words, not a pure insertion. */
    private static boolean bothSidesChange(Op prev, Op next) {
        boolean base = prev.baseTo > prev.baseFrom || next.baseTo > next.baseFrom;
        boolean target = prev.targetTo > prev.targetFrom || next.targetTo > next.targetFrom;
        return base && target;
    }

    private static boolean allFunction(List<Words.Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!words.get(k).function()) {
                return false;
            }
        }
        return true;
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
