package jp.policygen.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.model.Section;

/**
 * How alike the clauses of two documents are. Titles are compared by their characters and
 * character pairs, text by character 2- and 3-grams (shingles) and its content words whole
 * (Kuromoji's nouns, verbs and adjectives); every gram is weighted by how
 * rare it is among the clauses of both documents (IDF), so 「セキュリティ」 or 「しなければならない」,
 * which every clause has, count for little and 「物理的」「暗号」 for much. A clause is compared by
 * its own text and by the text of its whole subtree, so a clause one side writes as one
 * paragraph still meets the clause the other side divides into sub-clauses. Both sides' words
 * are first rewritten by the {@link Equivalents} (an older text's 「コンピュータウイルス」 is the
 * model's 「不正プログラム」); that rewriting is for this score only.
 */
final class Similarity {

    /** Weight of the title against the text. */
    static final double TITLE_WEIGHT = 0.35;
    /** A subtree against a clause: a little less sure than clause against clause. */
    static final double DISCOUNT = 0.9;
    /** A heading alone against a clause with text: the title is all there is to go by. */
    static final double HEADING_ONLY = 0.6;

    /** Sorted distinct gram hashes with their weights. */
    record Grams(int[] hashes, double[] weights, double total) {
        static final Grams EMPTY = new Grams(new int[0], new double[0], 0);

        boolean isEmpty() {
            return hashes.length == 0;
        }
    }

    private final Grams[][] title = new Grams[2][];
    private final Grams[][] own = new Grams[2][];
    private final Grams[][] subtree = new Grams[2][];
    private final boolean[][] hasChildren = new boolean[2][];

    Similarity(List<Aligner.Clause> target, List<Aligner.Clause> base, Equivalents equivalents) {
        List<List<Aligner.Clause>> sides = List.of(target, base);
        int[][][] titleRaw = new int[2][][];
        int[][][] ownRaw = new int[2][][];
        Map<Integer, Integer> titleDf = new HashMap<>();
        Map<Integer, Integer> bodyDf = new HashMap<>();
        Words words = new Words();
        for (int s = 0; s < 2; s++) {
            List<Aligner.Clause> clauses = sides.get(s);
            titleRaw[s] = new int[clauses.size()][];
            ownRaw[s] = new int[clauses.size()][];
            for (int k = 0; k < clauses.size(); k++) {
                titleRaw[s][k] = grams(subjectless(equivalents.normalise(clauses.get(k).title())), 1, 2);
                String body = equivalents.normalise(clauses.get(k).body());
                ownRaw[s][k] = union(grams(body, 2, 3), CONTENT_WORDS.get(body, words));
                count(titleRaw[s][k], titleDf);
                count(ownRaw[s][k], bodyDf);
            }
        }
        int n = target.size() + base.size();
        for (int s = 0; s < 2; s++) {
            List<Aligner.Clause> clauses = sides.get(s);
            int size = clauses.size();
            title[s] = new Grams[size];
            own[s] = new Grams[size];
            subtree[s] = new Grams[size];
            hasChildren[s] = new boolean[size];
            for (int k = 0; k < size; k++) {
                title[s][k] = weigh(titleRaw[s][k], titleDf, n);
                own[s][k] = weigh(ownRaw[s][k], bodyDf, n);
            }
            // a subtree's grams: its own and every descendant's (descendants follow in pre-order)
            java.util.IdentityHashMap<Section, Integer> index = new java.util.IdentityHashMap<>();
            for (int k = 0; k < size; k++) {
                index.put(clauses.get(k).section(), k);
            }
            for (int k = 0; k < size; k++) {
                Section sec = clauses.get(k).section();
                hasChildren[s][k] = sec.children().stream().anyMatch(index::containsKey);
                if (!hasChildren[s][k]) {
                    subtree[s][k] = own[s][k];
                    continue;
                }
                int[] all = ownRaw[s][k];
                for (Section d : descendants(sec)) {
                    Integer di = index.get(d);
                    if (di != null) {
                        all = union(all, ownRaw[s][di]);
                    }
                }
                subtree[s][k] = weigh(all, bodyDf, n);
            }
        }
    }

    /** The words every policy repeats in its section titles: its own subject. */
    private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile("情報セキュリティポリシー|情報セキュリティ");

    /**
     * A title without the policy's own subject: 「情報セキュリティポリシーの位置付け」 and
     * 「情報セキュリティポリシーの見直し」 are two topics, 「情報セキュリティ管理体制」 is 「組織体制」's. A
     * title that is nothing but the subject (a defined term) stays whole.
     */
    static String subjectless(String title) {
        String rest = SUBJECT.matcher(title).replaceAll("").replaceAll("^(の|における)", "");
        return rest.isBlank() ? title : rest;
    }

    /**
     * How alike target clause {@code i} and base clause {@code j} are, 0..1: title and own text;
     * and where either has sub-clauses, title and the text of the whole subtrees (a little less
     * sure). A heading without text is compared by its title only when it has no sub-clauses
     * either: a chapter heading says little, its sub-clauses say what the chapter is.
     */
    double of(int i, int j) {
        double t = title[0][i].isEmpty() && title[1][j].isEmpty() ? 0 : dice(title[0][i], title[1][j]);
        Grams a = own[0][i];
        Grams b = own[1][j];
        boolean ca = hasChildren[0][i];
        boolean cb = hasChildren[1][j];
        double best;
        if (!a.isEmpty() && !b.isEmpty()) {
            best = TITLE_WEIGHT * t + (1 - TITLE_WEIGHT) * dice(a, b);
        } else if (a.isEmpty() && b.isEmpty()) {
            best = ca || cb ? HEADING_ONLY * t : t;
        } else if (a.isEmpty() && ca || b.isEmpty() && cb) {
            best = 0;
        } else {
            best = HEADING_ONLY * t;
        }
        if (ca || cb) {
            Grams sa = subtree[0][i];
            Grams sb = subtree[1][j];
            if (!sa.isEmpty() && !sb.isEmpty()) {
                best = Math.max(best, DISCOUNT * (TITLE_WEIGHT * t + (1 - TITLE_WEIGHT) * dice(sa, sb)));
            }
        }
        return best;
    }

    /**
     * The content words of the texts compared lately: the model's clauses are compared with every
     * body's, and reading them again each time is a third of the time of a compare. Bounded, so a
     * long run does not keep every text it has read.
     */
    private static final WordCache CONTENT_WORDS = new WordCache(8192);

    private static final class WordCache {
        private final java.util.LinkedHashMap<String, int[]> map;

        WordCache(int size) {
            map = new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
                    return size() > size;
                }
            };
        }

        int[] get(String text, Words words) {
            synchronized (map) {
                int[] hit = map.get(text);
                if (hit != null) {
                    return hit;
                }
            }
            int[] read = contentWords(words, text);
            synchronized (map) {
                map.put(text, read);
            }
            return read;
        }
    }

    /**
     * The content words of a text as features beside its grams (sorted distinct hashes, apart from
     * any gram's): nouns, verbs and adjectives as the analyser reads them, not numbers, pronouns or
     * suffixes. A word shared whole (入力, データ, 執務室) then counts once more than the fragments
     * of characters two unrelated clauses share (情報シ, の管理), weighted by its rarity like a gram.
     */
    static int[] contentWords(Words words, String text) {
        List<Words.Token> tokens = words.tokens(text, 0, text.length());
        int[] out = new int[tokens.size()];
        int w = 0;
        for (Words.Token t : tokens) {
            String p = t.partOfSpeech();
            boolean content = p.startsWith("名詞") && !p.startsWith("名詞-非自立") && !p.startsWith("名詞-代名詞")
                    && !p.startsWith("名詞-数") && !p.startsWith("名詞-接尾")
                    || p.startsWith("動詞-自立") || p.startsWith("形容詞-自立");
            if (content) {
                out[w++] = text.substring(t.start(), t.end()).hashCode() * 0x9E3779B1 + 7; // hashed otherwise than a gram
            }
        }
        return sortedDistinct(out, w);
    }

    /**
     * How alike the texts alone are (title left out), 0..1: own texts, or subtrees where either
     * has sub-clauses; -1 when either side has no text to compare.
     */
    double text(int i, int j) {
        Grams a = own[0][i];
        Grams b = own[1][j];
        double best = a.isEmpty() || b.isEmpty() ? -1 : dice(a, b);
        if (hasChildren[0][i] || hasChildren[1][j]) {
            Grams sa = subtree[0][i];
            Grams sb = subtree[1][j];
            if (!sa.isEmpty() && !sb.isEmpty()) {
                best = Math.max(best, dice(sa, sb));
            }
        }
        return best;
    }

    /** The share (by weight) of target clause {@code i}'s own text found in base clause {@code j}'s, or the reverse. */
    double containment(boolean targetPart, int part, int whole) {
        Grams p = targetPart ? own[0][part] : own[1][part];
        Grams w = targetPart ? own[1][whole] : own[0][whole];
        return p.total() == 0 ? 0 : common(p, w) / p.total();
    }

    /** The share (by weight) of one side's clause's own text found in the subtree of the other side's clause. */
    double containmentInSubtree(boolean targetPart, int part, int whole) {
        Grams p = targetPart ? own[0][part] : own[1][part];
        Grams w = targetPart ? subtree[1][whole] : subtree[0][whole];
        return p.total() == 0 ? 0 : common(p, w) / p.total();
    }

    /** How much text a clause's subtree has (number of distinct grams). */
    int subtreeSize(boolean target, int k) {
        return subtree[target ? 0 : 1][k].hashes().length;
    }

    /** How much own text a clause has (number of distinct grams). */
    int textSize(boolean target, int k) {
        return own[target ? 0 : 1][k].hashes().length;
    }

    boolean hasChildren(boolean target, int k) {
        return hasChildren[target ? 0 : 1][k];
    }

    // ---- grams -------------------------------------------------------------------------------

    /** Sorted distinct hashes of the character n-grams of s for n in [from, to]. */
    static int[] grams(String s, int from, int to) {
        if (s.isEmpty()) {
            return new int[0];
        }
        int[] out = new int[(to - from + 1) * s.length()];
        int w = 0;
        for (int n = from; n <= to; n++) {
            if (s.length() < n) {
                if (n == from) {
                    out[w++] = hash(s, 0, s.length(), n);
                }
                continue;
            }
            for (int i = 0; i + n <= s.length(); i++) {
                out[w++] = hash(s, i, n, n);
            }
        }
        return sortedDistinct(out, w);
    }

    /** The first {@code w} hashes of {@code out}, sorted, each once (the form every comparison here merges). */
    private static int[] sortedDistinct(int[] out, int w) {
        int[] sorted = Arrays.copyOf(out, w);
        Arrays.sort(sorted);
        int d = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[d++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, d);
    }

    private static int hash(String s, int from, int length, int n) {
        int h = 31 * n;
        for (int k = 0; k < length; k++) {
            h = h * 65599 + s.charAt(from + k);
        }
        return h;
    }

    private static void count(int[] grams, Map<Integer, Integer> df) {
        for (int g : grams) {
            df.merge(g, 1, Integer::sum);
        }
    }

    private static Grams weigh(int[] grams, Map<Integer, Integer> df, int n) {
        if (grams.length == 0) {
            return Grams.EMPTY;
        }
        double[] w = new double[grams.length];
        double total = 0;
        for (int k = 0; k < grams.length; k++) {
            w[k] = Math.log(1.0 + (double) n / df.getOrDefault(grams[k], 1));
            total += w[k];
        }
        return new Grams(grams, w, total);
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int w = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                out[w++] = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                out[w++] = b[j++];
            } else {
                out[w++] = a[i++];
                j++;
            }
        }
        return Arrays.copyOf(out, w);
    }

    private static List<Section> descendants(Section s) {
        List<Section> out = new java.util.ArrayList<>();
        for (Section c : s.children()) {
            out.add(c);
            out.addAll(descendants(c));
        }
        return out;
    }

    /** Weighted Dice: twice the weight in common over the weight of both. */
    static double dice(Grams a, Grams b) {
        double sum = a.total() + b.total();
        return sum == 0 ? 0 : 2 * common(a, b) / sum;
    }

    /** The weight of the grams two sets share (the smaller set's weights). */
    static double common(Grams a, Grams b) {
        Grams small = a.hashes().length <= b.hashes().length ? a : b;
        Grams large = small == a ? b : a;
        double c = 0;
        if (large.hashes().length > 8 * small.hashes().length) {
            for (int k = 0; k < small.hashes().length; k++) {
                if (Arrays.binarySearch(large.hashes(), small.hashes()[k]) >= 0) {
                    c += small.weights()[k];
                }
            }
            return c;
        }
        int[] x = a.hashes();
        int[] y = b.hashes();
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                c += a.weights()[i];
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return c;
    }
}
