package jp.policygen.amend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the old and new provisions of one list in order: by clause id where both texts were
 * generated (ids are stable there), by identical words, then by the most alike words between
 * those anchors (a Needleman–Wunsch alignment). Pairs never cross: a provision that moved is
 * deleted where it was and added where it is, as an amendment writes a move.
 */
final class Align {

    /** Below this similarity of their words two provisions are a deletion and an addition, not a change. */
    static final double MIN_SIMILARITY = 0.34;

    private final Map<Provision, int[]> bigrams = new IdentityHashMap<>();

    /**
     * For each old provision the index of its new counterpart, or -1; increasing where set.
     * {@code byId}: both texts carry clause ids (generated), so ids decide where both have one.
     */
    int[] match(List<Provision> olds, List<Provision> news, boolean byId) {
        int n = olds.size();
        int m = news.size();
        int[] match = new int[n];
        Arrays.fill(match, -1);
        // anchors: the same id, or the same words and label — kept where they stand in order
        List<int[]> anchors = new ArrayList<>();
        Map<String, List<Integer>> newByKey = new HashMap<>();
        for (int j = 0; j < m; j++) {
            newByKey.computeIfAbsent(key(news.get(j), byId), k -> new ArrayList<>()).add(j);
        }
        Map<String, Integer> used = new HashMap<>();
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String k = key(olds.get(i), byId);
            List<Integer> js = newByKey.get(k);
            if (js == null) {
                continue;
            }
            int u = used.merge(k, 1, Integer::sum) - 1;
            if (u < js.size()) {
                candidates.add(new int[] {i, js.get(u)});
            }
        }
        anchors = increasing(candidates);
        int pi = 0;
        int pj = 0;
        for (int[] a : anchors) {
            between(olds, news, pi, a[0], pj, a[1], match, byId);
            match[a[0]] = a[1];
            pi = a[0] + 1;
            pj = a[1] + 1;
        }
        between(olds, news, pi, n, pj, m, match, byId);
        return match;
    }

    private static String key(Provision p, boolean byId) {
        if (byId && p.id() != null) {
            return p.kind() + "#" + p.id();
        }
        return p.kind() + "|" + p.fullText();
    }

    /** The longest run of candidate pairs increasing on both sides. */
    private static List<int[]> increasing(List<int[]> pairs) {
        int k = pairs.size();
        int[] len = new int[k];
        int[] prev = new int[k];
        int best = -1;
        for (int a = 0; a < k; a++) {
            len[a] = 1;
            prev[a] = -1;
            for (int b = Math.max(0, a - 400); b < a; b++) {
                if (pairs.get(b)[0] < pairs.get(a)[0] && pairs.get(b)[1] < pairs.get(a)[1] && len[b] + 1 > len[a]) {
                    len[a] = len[b] + 1;
                    prev[a] = b;
                }
            }
            if (best < 0 || len[a] > len[best]) {
                best = a;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int a = best; a >= 0; a = prev[a]) {
            out.add(0, pairs.get(a));
        }
        return out;
    }

    /** Pairs {@code olds[i0, i1)} with {@code news[j0, j1)} by similarity, in order. */
    private void between(List<Provision> olds, List<Provision> news, int i0, int i1, int j0, int j1, int[] match, boolean byId) {
        int n = i1 - i0;
        int m = j1 - j0;
        if (n == 0 || m == 0) {
            return;
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double skip = Math.max(best[i + 1][j], best[i][j + 1]);
                double s = score(olds.get(i0 + i), news.get(j0 + j), byId);
                best[i][j] = s > 0 ? Math.max(skip, s + best[i + 1][j + 1]) : skip;
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            double s = score(olds.get(i0 + i), news.get(j0 + j), byId);
            if (s > 0 && Math.abs(best[i][j] - (s + best[i + 1][j + 1])) < 1e-9) {
                match[i0 + i] = j0 + j;
                i++;
                j++;
            } else if (Math.abs(best[i][j] - best[i + 1][j]) < 1e-9) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** How well two provisions pair: 0 (never) or their similarity, a little more for the same label. */
    private double score(Provision a, Provision b, boolean byId) {
        if (a.kind() != b.kind()) {
            return 0;
        }
        if (byId && a.id() != null && b.id() != null) {
            return a.id().equals(b.id()) ? 2 : 0;
        }
        double sim = similarity(a, b);
        if (sim < MIN_SIMILARITY) {
            return 0;
        }
        return sim + (a.label().equals(b.label()) ? 0.01 : 0);
    }

    /** Dice coefficient of the character bigrams of two provisions' words (labels left out). */
    double similarity(Provision a, Provision b) {
        int[] x = bigrams(a);
        int[] y = bigrams(b);
        if (x.length == 0 && y.length == 0) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (x.length + y.length);
    }

    private int[] bigrams(Provision p) {
        return bigrams.computeIfAbsent(p, q -> {
            String w = q.words();
            if (w.length() < 2) {
                return w.isEmpty() ? new int[0] : new int[] {w.charAt(0)};
            }
            int[] out = new int[w.length() - 1];
            for (int k = 0; k + 1 < w.length(); k++) {
                out[k] = (w.charAt(k) << 16) | w.charAt(k + 1);
            }
            Arrays.sort(out);
            return out;
        });
    }
}
