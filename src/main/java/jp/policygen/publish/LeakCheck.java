package jp.policygen.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The proof that nothing private is published: every private clause is compared with every file
 * of the public site by overlapping character n-grams, and a run of at least {@code n} characters
 * of private text found in a public file is a leak, unless the words are wording the model itself
 * publishes.
 *
 * <p>Texts are compared after {@link NormalText} (letters and digits only), so markup, line
 * breaks, PDF layout and punctuation variants neither hide nor fake a match. Files are read for
 * what a reader can get out of them ({@link PublicText}): HTML text and attributes, PDF text and
 * metadata, anything else as UTF-8.
 *
 * <p>The legitimate overlap ("shared wording") is the text of the public documents as the
 * project's templates alone produce them for the same body — what the model deliberately says in
 * both the basic policy and the standards (the definitions, the names of the measures, the duties
 * of the roles). Local wording gets no such allowance: a body whose own clause repeats a sentence
 * of the standards is caught.
 *
 * <p>Why n = 32 ({@link #DEFAULT_N}, characters counted after normalisation, about 35 printed):
 * it must be longer than the runs that texts on the same subject share by chance, and shorter than
 * a sentence. Measured on this project's standards against texts written independently of them —
 * the published basic policies of 小諸市 and 水戸市議会 (seeds), with the shared wording taken away —
 * the longest common run is 22 characters (「情報セキュリティ実施手順は公にすることにより」); against
 * 只見町's published text, which also holds standards-level rules, 30; and a basic-policy sentence
 * such as 「職員等は、情報セキュリティポリシー及び情報セキュリティ実施手順の内容を…」 shares 30 with the
 * standards. Those are the stock phrases of the field (long compound terms joined by 及び). At
 * 32 none of them is reported, while 64 % of the standards' sentences (median 46 characters) hold
 * a run of 32 that the model does not publish, so a pasted sentence is usually caught and a pasted
 * paragraph always is.
 */
public final class LeakCheck {

    public static final int DEFAULT_N = 32;

    /** Hashing: a polynomial over the UTF-16 units, mod 2^64; matches are confirmed on the text. */
    private static final long BASE = 0x9E3779B97F4A7C15L;

    private final int n;
    private final long basePower;

    public LeakCheck() {
        this(DEFAULT_N);
    }

    public LeakCheck(int n) {
        if (n < 8) {
            throw new IllegalArgumentException("n-grams shorter than 8 characters match stock phrases: " + n);
        }
        this.n = n;
        long p = 1;
        for (int i = 1; i < n; i++) {
            p *= BASE;
        }
        this.basePower = p;
    }

    public int n() {
        return n;
    }

    /** One clause of a private document: whose it is, where it stands, its text in pieces. */
    public record PrivateClause(String bodyId, String document, String clauseId, String heading, List<String> text) {
        public PrivateClause {
            Objects.requireNonNull(bodyId, "bodyId");
            Objects.requireNonNull(clauseId, "clauseId");
            text = List.copyOf(text);
        }
    }

    /** A run of a private clause's text that a public file holds: the text as the clause has it. */
    public record Leak(PrivateClause clause, String file, String text, int length) {
    }

    /** What was compared and what was found. */
    public record Result(int privateClauses, int publicFiles, long privateGrams, List<Leak> leaks) {
        public Result {
            leaks = List.copyOf(leaks);
        }

        public boolean clean() {
            return leaks.isEmpty();
        }
    }

    /**
     * Compares every private clause with every public file.
     *
     * @param publicFiles   the files of the public site by path ({@code <body id>/…} for a body's
     *                      pages, anything else for pages of the whole site)
     * @param sharedWording per body id, the text the model itself publishes for that body; pages
     *                      of the whole site are allowed the wording of every body
     */
    public Result check(List<PrivateClause> privates, Map<String, byte[]> publicFiles,
                        Map<String, List<String>> sharedWording) {
        List<String> paths = new ArrayList<>(new TreeMap<>(publicFiles).keySet());
        long[][] fileGrams = new long[paths.size()][];
        String[] fileText = new String[paths.size()];
        Grams union = new Grams();
        for (int f = 0; f < paths.size(); f++) {
            Grams g = new Grams();
            StringBuilder all = new StringBuilder();
            for (String piece : PublicText.of(paths.get(f), publicFiles.get(paths.get(f)))) {
                String t = NormalText.of(piece).text;
                add(t, g);
                all.append(t).append('\n');
            }
            fileGrams[f] = g.sorted();
            fileText[f] = all.toString();
            union.addAll(fileGrams[f]);
        }
        long[] publicGrams = union.sorted();

        Map<String, long[]> sharedByBody = new LinkedHashMap<>();
        Grams sharedAll = new Grams();
        for (Map.Entry<String, List<String>> e : sharedWording.entrySet()) {
            Grams g = new Grams();
            for (String piece : e.getValue()) {
                add(NormalText.of(piece).text, g);
            }
            long[] sorted = g.sorted();
            sharedByBody.put(e.getKey(), sorted);
            sharedAll.addAll(sorted);
        }
        long[] sharedEverywhere = sharedAll.sorted();
        long[][] allowed = new long[paths.size()][];
        for (int f = 0; f < paths.size(); f++) {
            String path = paths.get(f);
            int slash = path.indexOf('/');
            long[] own = slash > 0 ? sharedByBody.get(path.substring(0, slash)) : null;
            allowed[f] = own != null ? own : sharedEverywhere;
        }

        List<Leak> found = new ArrayList<>();
        long grams = 0;
        for (PrivateClause clause : privates) {
            for (String piece : clause.text()) {
                NormalText t = NormalText.of(piece);
                int count = t.text.length() - n + 1;
                if (count <= 0) {
                    continue;
                }
                grams += count;
                long[] hashes = hashes(t.text, count);
                Map<Integer, BitSet> hits = new TreeMap<>();
                for (int i = 0; i < count; i++) {
                    if (Arrays.binarySearch(publicGrams, hashes[i]) < 0) {
                        continue;
                    }
                    for (int f = 0; f < paths.size(); f++) {
                        if (Arrays.binarySearch(fileGrams[f], hashes[i]) >= 0
                                && Arrays.binarySearch(allowed[f], hashes[i]) < 0) {
                            hits.computeIfAbsent(f, k -> new BitSet()).set(i);
                        }
                    }
                }
                for (Map.Entry<Integer, BitSet> e : hits.entrySet()) {
                    BitSet bits = e.getValue();
                    for (int start = bits.nextSetBit(0); start >= 0; ) {
                        int end = bits.nextClearBit(start);
                        String run = t.text.substring(start, end - 1 + n);
                        // Confirm on the text itself: a hash collision must not become a report.
                        if (fileText[e.getKey()].contains(run)) {
                            found.add(new Leak(clause, paths.get(e.getKey()), t.original(start, end - 1 + n), run.length()));
                        }
                        start = bits.nextSetBit(end);
                    }
                }
            }
        }
        return new Result(privates.size(), paths.size(), grams, dedupe(found));
    }

    /**
     * One report per text a public file holds: the same standards sentence is in every body's
     * standards, so the longest run is kept, named after the clause of the file's own body.
     */
    private static List<Leak> dedupe(List<Leak> found) {
        List<Leak> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Leak::file).thenComparing(Comparator.comparingInt(Leak::length).reversed())
                .thenComparing(l -> !l.file().startsWith(l.clause().bodyId() + "/")));
        List<Leak> kept = new ArrayList<>();
        List<String> keptText = new ArrayList<>();
        for (Leak leak : sorted) {
            String text = NormalText.of(leak.text()).text;
            boolean seen = false;
            for (int k = 0; k < kept.size() && !seen; k++) {
                seen = kept.get(k).file().equals(leak.file()) && keptText.get(k).contains(text);
            }
            if (!seen) {
                kept.add(leak);
                keptText.add(text);
            }
        }
        return kept;
    }

    private void add(String text, Grams into) {
        int count = text.length() - n + 1;
        if (count > 0) {
            into.addAll(hashes(text, count));
        }
    }

    private long[] hashes(String text, int count) {
        long[] out = new long[count];
        long h = 0;
        for (int i = 0; i < n; i++) {
            h = h * BASE + text.charAt(i);
        }
        out[0] = h;
        for (int i = 1; i < count; i++) {
            h = (h - text.charAt(i - 1) * basePower) * BASE + text.charAt(i - 1 + n);
            out[i] = h;
        }
        return out;
    }

    /** A growable set of hashes, sorted and deduplicated on demand. */
    private static final class Grams {
        private long[] values = new long[1024];
        private int size;

        void addAll(long[] more) {
            if (size + more.length > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, values, size, more.length);
            size += more.length;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            int w = 0;
            for (int i = 0; i < out.length; i++) {
                if (w == 0 || out[i] != out[w - 1]) {
                    out[w++] = out[i];
                }
            }
            return Arrays.copyOf(out, w);
        }
    }
}
