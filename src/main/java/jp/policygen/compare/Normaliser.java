package jp.policygen.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link ClauseText} of one side into its {@link ComparisonText}. One instance per side:
 * it holds that side's parameter values; the placeholders are shared by both sides.
 */
final class Normaliser {

    /** Placeholders by key, shared by the two sides of a comparison: U+E000 onwards (private use). */
    static final class Placeholders {
        private final Map<String, Character> byKey = new HashMap<>();
        private final Map<Character, String> keys = new HashMap<>();

        synchronized char of(String key) {
            Character c = byKey.get(key);
            if (c == null) {
                c = (char) (0xE000 + byKey.size());
                if (c > 0xF8FF) {
                    throw new IllegalStateException("too many parameter keys");
                }
                byKey.put(key, c);
                keys.put(c, key);
            }
            return c;
        }

        static boolean isPlaceholder(char c) {
            return c >= 0xE000 && c <= 0xF8FF;
        }

        String key(char c) {
            return keys.get(c);
        }
    }

    private record Value(String folded, char placeholder) {
    }

    private final boolean notation;
    private final Map<Character, List<Value>> byFirstChar = new HashMap<>();
    /** The placeholder of each ignored key, for values the printed text marks (keys as compared). */
    private final Map<String, Character> markedKeys = new HashMap<>();

    /** Whether the words of cross references are compared (between revisions: they are printed text). */
    private final boolean references;

    /**
     * {@code references}: compare the words of cross references even where numbering is ignored.
     * Between revisions a reference that now reads 「第７条」 for 「第６条」 is an amendment (the 改め文
     * amends it); against the model the numbers are the house style's.
     */
    Normaliser(Set<Ignore> ignored, Substitutions substitutions, Placeholders placeholders, boolean references) {
        this.references = references;
        this.notation = ignored.contains(Ignore.NOTATION);
        for (Substitutions.Entry e : substitutions.only(ignored).entries()) {
            markedKeys.putIfAbsent(e.key(), placeholders.of(e.key()));
        }
        for (Substitutions.Entry e : substitutions.only(ignored).entries()) {
            String folded = notation ? Notation.foldAll(e.value()) : e.value();
            if (folded.length() < 2) {
                continue;
            }
            byFirstChar.computeIfAbsent(folded.charAt(0), k -> new ArrayList<>())
                    .add(new Value(folded, placeholders.of(e.key())));
        }
        for (List<Value> values : byFirstChar.values()) {
            values.sort(Comparator.comparingInt((Value v) -> v.folded().length()).reversed()
                    .thenComparing(Value::folded));
        }
    }

    /** The comparison form of a text, with or without its heading lines. */
    ComparisonText of(ClauseText text, boolean headings) {
        String s = text.text();
        StringBuilder chars = new StringBuilder(s.length());
        int[] from = new int[s.length()];
        int[] to = new int[s.length()];
        int n = 0;
        // values the printed text marks stand as their key's placeholder where that key is ignored
        java.util.Map<Integer, ClauseText.Value> valueAt = new HashMap<>();
        if (text.valuesMarked()) {
            for (ClauseText.Value v : text.values()) {
                if (markedKeys.containsKey(Substitutions.comparable(v.key())) && v.end() > v.start()) {
                    valueAt.put(v.start(), v);
                }
            }
        }
        for (ClauseText.Line line : text.lines()) {
            if (!headings && line.kind() == ClauseText.LineKind.HEADING) {
                continue;
            }
            for (int i = line.start(); i < line.end(); i++) {
                ClauseText.Value value = valueAt.get(i);
                if (value != null) {
                    chars.append(markedKeys.get(Substitutions.comparable(value.key())));
                    from[n] = value.start();
                    to[n] = value.end();
                    n++;
                    i = value.end() - 1;
                    continue;
                }
                char c = s.charAt(i);
                if (notation && (text.isStructural(i) && !(references && text.isReference(i)) || Notation.isSpace(c))) {
                    continue;
                }
                int end = i + 1;
                if (notation) {
                    char composed = i + 1 < line.end() ? Notation.composeHalfWidth(c, s.charAt(i + 1)) : 0;
                    if (composed != 0) {
                        c = composed;
                        end = i + 2;
                    } else {
                        c = Notation.fold(c);
                    }
                }
                chars.append(c);
                from[n] = i;
                to[n] = end;
                n++;
                i = end - 1;
            }
        }
        if (text.valuesMarked()) {
            // a generated text: its values are where the printed text says, not searched for
            return new ComparisonText(chars.toString(), trim(from, n), trim(to, n));
        }
        return substitute(chars, from, to, n);
    }

    /** The comparison form of a title alone. */
    String title(String title) {
        StringBuilder chars = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (notation && Notation.isSpace(c)) {
                continue;
            }
            chars.append(notation ? Notation.fold(c) : c);
        }
        int[] dummy = new int[chars.length()];
        return substitute(chars, dummy, dummy, chars.length()).chars();
    }

    private ComparisonText substitute(StringBuilder chars, int[] from, int[] to, int n) {
        if (byFirstChar.isEmpty()) {
            return new ComparisonText(chars.toString(), trim(from, n), trim(to, n));
        }
        String cs = chars.toString();
        StringBuilder out = new StringBuilder(n);
        int[] outFrom = new int[n];
        int[] outTo = new int[n];
        int m = 0;
        int p = 0;
        while (p < n) {
            Value match = null;
            List<Value> candidates = byFirstChar.get(cs.charAt(p));
            if (candidates != null) {
                for (Value v : candidates) {
                    int len = v.folded().length();
                    if (p + len <= n && cs.regionMatches(p, v.folded(), 0, len)) {
                        match = v;
                        break;
                    }
                }
            }
            if (match != null) {
                int len = match.folded().length();
                out.append(match.placeholder());
                outFrom[m] = from[p];
                outTo[m] = to[p + len - 1];
                p += len;
            } else {
                out.append(cs.charAt(p));
                outFrom[m] = from[p];
                outTo[m] = to[p];
                p++;
            }
            m++;
        }
        return new ComparisonText(out.toString(), trim(outFrom, m), trim(outTo, m));
    }

    private static int[] trim(int[] a, int n) {
        return a.length == n ? a : java.util.Arrays.copyOf(a, n);
    }
}
