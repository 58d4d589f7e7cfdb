package jp.policygen.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word of the reference written with one kanji changed, inside a phrase the reference uses:
 * 「電磁的記緑媒体」 where the model writes 「電磁的記録媒体」, 「部外者の浸入」 where it writes
 * 「部外者の侵入」. The reference is the model's wording and the text's own (a word it writes
 * often). Found by the words' shapes (each reference word with one kanji left blank), so any
 * word of the field is covered and nothing is listed by name.
 *
 * <p>Bounded against rewording and the text's own words:
 * <ul>
 * <li>the word meant is one the analyser knows, written {@link #COMMON} times or more in the
 *     reference; the form written occurs nowhere in the reference (not even inside a longer word)
 *     and once in the text;</li>
 * <li>the characters around it are the ones the reference has around the word meant (a phrase of
 *     the reference, not a sentence of the body's own);</li>
 * <li>when the form written is itself a word the analyser knows (浸入, 排気), it must read exactly
 *     as the word meant (a conversion slip); when it is no word (記緑, 維時), the phrase alone is
 *     the evidence, as a reader's would be;</li>
 * <li>never a body's kind (市, 町 …), a kanji numeral, a place name, nor a pair of words both
 *     right in the field ({@link SlipRules#BOTH_RIGHT}).</li>
 * </ul>
 */
final class PhraseSlips {

    private PhraseSlips() {
    }

    /** A reference word written this often (model and text together) is a word the text may have meant. */
    static final int COMMON = 3;

    /** A reference word written this often is the word meant by a word that reads exactly as it does. */
    static final int HOMOPHONE = 2;

    /** Words of two to four kanji are read. */
    static final int LONGEST = 4;

    /** A place found: {@code [start, end)} of a passage, and the word meant there. */
    record Found(Passage passage, int start, int end, String written, String meant, int count, boolean homophone) {
    }

    /** How far the phrase around a run agrees with the reference's around the word meant. */
    static final int NO = 0;
    static final int ONE_SIDE = 1;
    static final int BOTH_SIDES = 2;

    /** How often each run of 2 to {@link #LONGEST} kanji occurs in some texts, inside words or across them. */
    static final class Grams {
        final Map<String, Integer> counts = new HashMap<>();

        void add(String text) {
            for (int i = 0; i < text.length(); i++) {
                for (int n = 1; n <= LONGEST && i + n <= text.length() && JapaneseText.isKanji(text.charAt(i + n - 1)); n++) {
                    if (n >= 2) {
                        counts.merge(text.substring(i, i + n), 1, Integer::sum);
                    }
                }
            }
        }

        int count(String run) {
            return counts.getOrDefault(run, 0);
        }
    }

    private static final Map<ReferenceCorpus, Grams> MODEL_GRAMS = Collections.synchronizedMap(new IdentityHashMap<>());

    static Grams modelGrams(ReferenceCorpus corpus) {
        return MODEL_GRAMS.computeIfAbsent(corpus, c -> {
            Grams grams = new Grams();
            c.texts().forEach(grams::add);
            return grams;
        });
    }

    /** The places of some passages where a reference word stands with one kanji changed. */
    static List<Found> find(List<Passage> passages, Map<Passage, List<Readings.Token>> words, SlipRules.Vocabulary model,
                            SlipRules.Vocabulary own, Grams modelGrams) {
        Grams ownGrams = new Grams();
        passages.forEach(p -> ownGrams.add(p.text()));
        // each common word, by its shapes: 記録 → ?録 and 記?
        Map<String, List<String>> shapes = new HashMap<>();
        Set<String> common = new HashSet<>(model.counts.keySet());
        common.addAll(own.counts.keySet());
        for (String w : common) {
            if (w.length() > LONGEST || model.count(w) + own.count(w) < COMMON) {
                continue;
            }
            for (int j = 0; j < w.length(); j++) {
                shapes.computeIfAbsent(shape(w, j), x -> new ArrayList<>()).add(w);
            }
        }
        for (List<String> ws : shapes.values()) {
            Collections.sort(ws); // the same choice on every run
        }
        List<Found> out = new ArrayList<>();
        for (Passage p : passages) {
            String text = p.text();
            List<Readings.Token> tokens = words.get(p);
            Readings.Token[] tokenAt = new Readings.Token[text.length()];
            for (Readings.Token t : tokens) {
                for (int i = t.start(); i < t.end() && i < text.length(); i++) {
                    tokenAt[i] = t;
                }
            }
            int reportedTo = -1;
            for (int i = 0; i < text.length(); i++) {
                Found best = null;
                for (int n = LONGEST; n >= 2 && best == null; n--) {
                    if (i < reportedTo || i + n > text.length() || !kanjiRun(text, i, n)) {
                        continue;
                    }
                    String written = text.substring(i, i + n);
                    if (modelGrams.count(written) > 0 || ownGrams.count(written) > 1 || excluded(tokenAt, i, i + n)) {
                        continue;
                    }
                    Readings.Token whole = tokenAt[i];
                    boolean word = whole != null && whole.start() == i && whole.end() == i + n && !whole.reading().isEmpty();
                    if (!word && !brokenWord(tokenAt, i, i + n)) {
                        continue; // two words the analyser knows, side by side: no word is broken here
                    }
                    Set<String> candidates = new java.util.TreeSet<>();
                    for (int j = 0; j < n; j++) {
                        candidates.addAll(shapes.getOrDefault(shape(written, j), List.of()));
                    }
                    if (word) { // a word that reads as a word of the reference: 排気 for 廃棄
                        for (SlipRules.Vocabulary v : List.of(model, own)) {
                            for (String m : v.byReading.getOrDefault(whole.reading(), Set.of())) {
                                if (m.length() == n && model.count(m) + own.count(m) >= HOMOPHONE) {
                                    candidates.add(m);
                                }
                            }
                        }
                    }
                    {
                        for (String meant : candidates) {
                            if (meant.equals(written) || !differsOnlyIn(written, meant) || bothRight(written, meant)
                                    || !word && gluedToNeighbour(text, i, i + n, written, meant, modelGrams, ownGrams)) {
                                continue;
                            }
                            String reading = model.readingOf.getOrDefault(meant, own.readingOf.get(meant));
                            if (word && (reading == null || !reading.equals(whole.reading()))) {
                                continue; // another word, not the same word converted wrongly
                            }
                            Set<String> around = new HashSet<>(model.around.getOrDefault(meant, Set.of()));
                            around.addAll(own.around.getOrDefault(meant, Set.of()));
                            int phrase = samePhrase(p, i, i + n, around);
                            boolean enough = phrase == BOTH_SIDES || phrase == ONE_SIDE && (word || !affixed(tokenAt, i, i + n));
                            if (!enough && (word || !isolatedPair(text, tokenAt, i, i + n))) {
                                continue;
                            }
                            int count = model.count(meant) + own.count(meant);
                            if (best == null || count > best.count()) {
                                best = new Found(p, i, i + n, written, meant, count, word);
                            }
                        }
                    }
                }
                if (best != null) {
                    out.add(best);
                    reportedTo = best.end();
                }
            }
        }
        return out;
    }

    /** Where the two differ, no kanji numeral and no body's kind (第三 / 第五, 市長 / 町長 are other words). */
    static boolean differsOnlyIn(String written, String meant) {
        for (int j = 0; j < written.length(); j++) {
            char was = written.charAt(j);
            char is = meant.charAt(j);
            if (was != is && (numeral(was) || numeral(is) || SlipRules.Slip.kind(String.valueOf(was)) || SlipRules.Slip.kind(String.valueOf(is)))) {
                return false;
            }
        }
        return true;
    }

    private static String shape(String w, int j) {
        return w.substring(0, j) + '?' + w.substring(j + 1);
    }

    private static boolean kanjiRun(String text, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (!JapaneseText.isKanji(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two kanji standing alone between kana or punctuation, each its own token and neither a
     * prefix, suffix or number (の障外か, の確忍に): a word of two kanji is broken there whatever
     * the phrase around it, as a reader sees at once.
     */
    private static boolean isolatedPair(String text, Readings.Token[] tokenAt, int from, int to) {
        if (to - from != 2 || from > 0 && JapaneseText.isKanji(text.charAt(from - 1))
                || to < text.length() && JapaneseText.isKanji(text.charAt(to))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Readings.Token t = tokenAt[i];
            if (t == null || t.end() - t.start() != 1 || t.pos().contains("接頭") || t.pos().contains("接尾")
                    || t.pos().startsWith("名詞-数") || t.pos().contains("固有名詞")) {
                return false;
            }
        }
        return from == 0 || !JapaneseText.isDigit(text.charAt(from - 1));
    }

    /** Kanji numerals: 第三 and 第五 are two numbers, never a slip for each other. */
    static boolean numeral(char c) {
        return "〇一二三四五六七八九十百千万".indexOf(c) >= 0;
    }

    /** A place or an organisation's name (小諸, 水戸) is the body's own, never a slip for a word of the model. */
    private static boolean excluded(Readings.Token[] tokenAt, int from, int to) {
        for (int i = from; i < to; i++) {
            Readings.Token t = tokenAt[i];
            if (t != null && t.end() - t.start() >= 2 && (t.pos().contains("固有名詞-地域") || t.pos().contains("固有名詞-組織"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The run is not made of words the analyser knows: some kanji of it stands alone, or is read
     * as nothing (記|緑, 維|時), and it cuts no word the analyser knows in two. A run across two
     * known words (情報|資産), or across the end of one (計算機|等, 規定|外), is left alone.
     */
    private static boolean brokenWord(Readings.Token[] tokenAt, int from, int to) {
        boolean broken = false;
        for (int i = from; i < to; i++) {
            Readings.Token t = tokenAt[i];
            if (t == null || t.end() - t.start() == 1 || t.reading().isEmpty()) {
                broken = true;
            } else if (t.start() < from || t.end() > to) {
                return false;
            }
        }
        return broken;
    }

    /**
     * The kanji that differs from the word meant stands at the run's edge and belongs to the word
     * beside it: the run's first kanji to the word before it, or its last to the word after, as the
     * reference writes that pair of kanji often (教育委員会|外: 「員会」 is common, so 会外 is no
     * broken word but a word and its suffix).
     */
    private static boolean gluedToNeighbour(String text, int from, int to, String written, String meant, Grams model, Grams own) {
        int last = written.length() - 1;
        if (from > 0 && written.charAt(0) != meant.charAt(0) && JapaneseText.isKanji(text.charAt(from - 1))) {
            String pair = text.substring(from - 1, from + 1);
            if (model.count(pair) + own.count(pair) >= COMMON) {
                return true;
            }
        }
        if (to < text.length() && written.charAt(last) != meant.charAt(last) && JapaneseText.isKanji(text.charAt(to))) {
            String pair = text.substring(to - 1, to + 1);
            return model.count(pair) + own.count(pair) >= COMMON;
        }
        return false;
    }

    static boolean bothRight(String written, String meant) {
        for (Set<String> pair : SlipRules.BOTH_RIGHT) {
            for (String w : pair) {
                for (String m : pair) {
                    if (!w.equals(m) && written.contains(w) && meant.contains(m)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The characters around the run are those around the word meant somewhere in the reference:
     * on both sides and three in all, or three on one side only (weaker: enough for a real word
     * that reads as the word meant, or a broken word with no affix in it). A side that opens or closes a line of
     * the text (a heading's number, a space, a caption run into its first sentence) agrees with
     * any, but a word alone on its line is no phrase.
     */
    static int samePhrase(Passage p, int start, int end, Set<String> around) {
        String text = p.text();
        boolean openLeft = start == 0 || !letter(text.charAt(start - 1)) || p.lineAt(start - 1) != p.lineAt(start);
        boolean openRight = end >= text.length() || !letter(text.charAt(end)) || p.lineAt(end) != p.lineAt(end - 1);
        if (openLeft && openRight) {
            return NO;
        }
        String left = text.substring(Math.max(0, start - SlipRules.AROUND), start);
        String right = text.substring(end, Math.min(text.length(), end + SlipRules.AROUND));
        int best = NO;
        for (String a : around) {
            int cut = a.indexOf('\u0000');
            int l = openLeft ? 1 : commonSuffix(left, a.substring(0, cut));
            int r = openRight ? 1 : commonPrefix(right, a.substring(cut + 1));
            if (l >= 1 && r >= 1 && l + r >= 3) {
                return BOTH_SIDES;
            }
            if ((openLeft ? 0 : l) >= SlipRules.AROUND || (openRight ? 0 : r) >= SlipRules.AROUND) {
                best = ONE_SIDE;
            }
        }
        return best;
    }

    /**
     * Some kanji of the run is a prefix or a suffix of its own (計算機|等, 全|庁): a word and an
     * affix make new words freely, so one side of a phrase is not evidence enough there.
     */
    private static boolean affixed(Readings.Token[] tokenAt, int from, int to) {
        for (int i = from; i < to; i++) {
            Readings.Token t = tokenAt[i];
            if (t != null && (t.pos().contains("接頭") || t.pos().contains("接尾"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean letter(char c) {
        return JapaneseText.isKanji(c) || JapaneseText.isKatakana(c) || c >= 'ぁ' && c <= 'ゖ';
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
