package jp.policygen.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A phrase of the reference written with one small edit of its kana or one of its words written
 * twice: 「職員等等は」 where the model writes 「職員等は」, 「速かに」 for 「速やかに」, 「管理者を報告し」
 * for 「管理者に報告し」. The reference is the model's wording and the text's own (a phrase it writes
 * twice or more elsewhere). Nothing is listed by name: the edits are of a few general kinds, and
 * the phrase around them is the evidence, as it is for a reader who knows the model.
 *
 * <p>An edit at a place is read as a slip only when
 * <ul>
 * <li>the text with the edit undone has, around it, {@link #SIDE} characters either side exactly as
 *     the reference writes them (one phrase of the reference, not words that meet by chance);</li>
 * <li>the text as written, with the same characters around, occurs nowhere in the reference and
 *     nowhere else in the text (a phrase the text chose, written more than once, is its own);</li>
 * <li>the edit is one of: a run of one to {@link #LONGEST_DOUBLE} letters written twice; one kana
 *     of 送り仮名 added or left out after a kanji (速かに, 従がって, 取扱わ); one particle for another.</li>
 * </ul>
 */
final class EditSlips {

    private EditSlips() {
    }

    /** Characters either side of the edit that must be the reference's. */
    static final int SIDE = 4;

    /** The longest run (in characters) read as written twice. */
    static final int LONGEST_DOUBLE = 6;

    /** The particles one may be written for another. */
    static final String PARTICLES = "をにがはでとのへも";

    /**
     * Swaps that are grammar, not slips: は and も stand for any case particle (topic, "also"); の
     * before a noun alternates with any (情報資産の機密性 / 情報資産を機密性…の観点から分類, 管理者の報告 /
     * 管理者に報告: the noun then heads a phrase of its own); に and へ both mark where to
     * (責任者に報告 / 責任者へ報告).
     */
    static boolean interchangeable(char a, char b) {
        return "はもの".indexOf(a) >= 0 || "はもの".indexOf(b) >= 0 || pair(a, b, 'に', 'へ');
    }

    private static boolean pair(char a, char b, char x, char y) {
        return a == x && b == y || a == y && b == x;
    }

    /** What kind of edit was undone. */
    enum Kind {
        DOUBLED, OKURIGANA, PARTICLE, KANJI
    }

    /** A place found: {@code [start, end)} of a passage and what to write there instead, the phrase meant, and whose it is. */
    record Found(Passage passage, int start, int end, String replacement, String meant, Kind kind, boolean model) {
    }

    /** The phrases (every {@code 2 SIDE} and {@code 2 SIDE + 1} characters) of some texts, by hash, with how often. */
    static final class Phrases {
        final Map<Long, Integer> counts = new HashMap<>();
        /** The letters (kanji, kana) seen between each {@code SIDE} characters and the next {@code SIDE}, by the hash of those. */
        final Map<Long, String> between = new HashMap<>();
        final List<String> texts = new ArrayList<>();

        void add(String text) {
            texts.add(text);
            for (int n = 2 * SIDE; n <= 2 * SIDE + 1; n++) {
                for (int i = 0; i + n <= text.length(); i++) {
                    counts.merge(hash(text, i, i + n), 1, Integer::sum);
                }
            }
            for (int i = SIDE; i + 1 + SIDE <= text.length(); i++) {
                char c = text.charAt(i);
                if (JapaneseText.isKanji(c) || JapaneseText.isHiragana(c)) {
                    between.merge(skeleton(text, i - SIDE, i + 1), String.valueOf(c), (a, b) -> a.indexOf(c) >= 0 ? a : a + c);
                }
            }
        }

        /**
         * The letters written between {@code t[left - SIDE, left)} and {@code t[right, right + SIDE)}
         * (in place of {@code t[left, right)}, which may be empty).
         */
        String between(String t, int left, int right) {
            return between.getOrDefault(skeleton(t, left - SIDE, right), "");
        }

        private static long skeleton(String t, int from, int right) {
            return hash(t, from, from + SIDE) * 31 + hash(t, right, right + SIDE);
        }

        int count(CharSequence phrase) {
            return counts.getOrDefault(hash(phrase, 0, phrase.length()), 0);
        }

        /** How often a string of any length occurs in the texts (read rarely: for a place already suspected). */
        int occurrences(String s) {
            int n = 0;
            for (String t : texts) {
                for (int k = t.indexOf(s); k >= 0; k = t.indexOf(s, k + 1)) {
                    n++;
                }
            }
            return n;
        }
    }

    private static final Map<ReferenceCorpus, Phrases> MODEL = Collections.synchronizedMap(new IdentityHashMap<>());

    static Phrases modelPhrases(ReferenceCorpus corpus) {
        return MODEL.computeIfAbsent(corpus, c -> {
            Phrases phrases = new Phrases();
            c.texts().forEach(phrases::add);
            return phrases;
        });
    }

    /**
     * The places of some passages written with one edit from a phrase of the reference.
     * {@code doubledChars}: characters whose doubling chars.doubled already reports.
     */
    static List<Found> find(List<Passage> passages, Phrases model, String doubledChars, Readings readings) {
        Phrases own = new Phrases();
        passages.forEach(p -> own.add(p.text() + "\n"));
        List<Found> out = new ArrayList<>();
        for (Passage p : passages) {
            String t = p.text() + "\n"; // a passage ends its line, as the reference's lines do
            int reportedTo = -1;
            for (int i = SIDE; i + SIDE <= t.length(); i++) {
                if (i < reportedTo) {
                    continue;
                }
                Found f = at(p, t, i, model, own, doubledChars, readings);
                if (f != null) {
                    out.add(f);
                    reportedTo = f.end() + SIDE;
                }
            }
        }
        return out;
    }

    /** The first edit at {@code i} that makes the place a phrase of the reference, or null. */
    private static Found at(Passage p, String t, int i, Phrases model, Phrases own, String doubledChars, Readings readings) {
        String left = t.substring(i - SIDE, i);
        // a run written twice: t[i, i + n) repeats t[i - n, i)
        for (int n = 1; n <= LONGEST_DOUBLE && i + n + SIDE <= t.length() && i - n >= 0; n++) {
            if (!t.regionMatches(i - n, t, i, n) || !letters(t, i, i + n) || n == 1 && doubledChars.indexOf(t.charAt(i)) >= 0
                    || n == 1 && t.charAt(i) == '々') {
                continue;
            }
            Found f = judge(p, t, i, i + n, "", left + t.substring(i + n, i + n + SIDE), model, own, Kind.DOUBLED, readings);
            if (f != null) {
                return f;
            }
        }
        char c = t.charAt(i);
        boolean afterKanji = JapaneseText.isKanji(t.charAt(i - 1));
        if (afterKanji && i + 1 + SIDE <= t.length() && JapaneseText.isHiragana(c)
                && (PARTICLES.indexOf(c) < 0 || JapaneseText.isHiragana(t.charAt(i + 1)))) {
            // a kana of 送り仮名 added: 従|が|って
            Found f = judge(p, t, i, i + 1, "", left + t.substring(i + 1, i + 1 + SIDE), model, own, Kind.OKURIGANA, readings);
            if (f != null) {
                return f;
            }
        }
        if (afterKanji && (JapaneseText.isHiragana(c) || JapaneseText.isKanji(c))) {
            // a kana of 送り仮名 left out: 速|か|に for 速|やか|に, 取|扱 for 取|り|扱
            String right = t.substring(i, i + SIDE);
            String seen = model.between(t, i, i) + own.between(t, i, i);
            for (int j = 0; j < seen.length(); j++) {
                char k = seen.charAt(j);
                if (!JapaneseText.isHiragana(k) || PARTICLES.indexOf(k) >= 0 && JapaneseText.isKanji(c)) {
                    continue; // a particle between two kanji is another phrase (情報の資産), not 送り仮名
                }
                Found f = judge(p, t, i, i, String.valueOf(k), left + k + right, model, own, Kind.OKURIGANA, readings);
                if (f != null) {
                    return f;
                }
            }
        }
        if (JapaneseText.isKanji(c) && i + 1 + SIDE <= t.length()) {
            // one kanji for another: 庶冒 for 庶務, 遅帯 for 遅滞
            String right = t.substring(i + 1, i + 1 + SIDE);
            String seen = model.between(t, i, i + 1) + own.between(t, i, i + 1);
            for (int k = 0; k < seen.length(); k++) {
                char q = seen.charAt(k);
                if (q != c && JapaneseText.isKanji(q) && otherKanji(readings, t, i, q)) {
                    Found f = judge(p, t, i, i + 1, String.valueOf(q), left + q + right, model, own, Kind.KANJI, readings);
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        if (PARTICLES.indexOf(c) >= 0 && i + 1 + SIDE <= t.length() && !JapaneseText.isHiragana(t.charAt(i + 1))) {
            String right = t.substring(i + 1, i + 1 + SIDE);
            for (int k = 0; k < PARTICLES.length(); k++) {
                char q = PARTICLES.charAt(k);
                if (q == c || interchangeable(c, q)) {
                    continue;
                }
                Found f = judge(p, t, i, i + 1, String.valueOf(q), left + q + right, model, own, Kind.PARTICLE, readings);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * Whether the text's {@code [from, to)}, written where the reference's phrase {@code meant}
     * stands ({@code SIDE} characters either side of what differs, {@code instead} in their
     * middle), is a slip of it.
     */
    private static Found judge(Passage p, String t, int from, int to, String instead, String meant, Phrases model, Phrases own,
                               Kind kind, Readings readings) {
        int inModel = model.count(meant);
        if (inModel == 0 && own.count(meant) < 2) {
            return null;
        }
        String written = t.substring(from - SIDE, to + SIDE);
        if (p.lineAt(from - SIDE) != p.lineAt(Math.min(to + SIDE - 1, p.text().length() - 1)) || model.occurrences(written) > 0 || own.occurrences(written) > 1) {
            return null;
        }
        if (kind == Kind.OKURIGANA && !inflected(readings, meant)) {
            return null;
        }
        // a kana left out is shown on the kanji before it
        return from == to ? new Found(p, from - 1, to, t.charAt(from - 1) + instead, meant, kind, inModel > 0)
                : new Found(p, from, to, instead, meant, kind, inModel > 0);
    }

    /**
     * 送り仮名 belong to a word that inflects (取り扱う, 速やかだ) or an adverb or conjunction written
     * with them (直ちに, 従って): in the phrase as the reference writes it, the kanji before the edit
     * and the kana after it are one such word. A noun and a particle (場合|に|は) or a suffix and
     * an auxiliary (技術的|な) are two words, and two ways of writing a phrase, not a slip.
     */
    private static boolean inflected(Readings readings, String meant) {
        for (Readings.Token tk : readings.tokens(meant)) {
            if (tk.start() <= SIDE - 1 && tk.end() > SIDE - 1) {
                String pos = tk.pos();
                return tk.end() > SIDE && (pos.startsWith("動詞") || pos.startsWith("形容詞") || pos.startsWith("副詞")
                        || pos.startsWith("接続詞") || pos.startsWith("連体詞") || pos.contains("形容動詞語幹")
                        || pos.contains("連語")); // に従って, に基づいて: a verb inside a compound particle
            }
        }
        return false;
    }

    /**
     * Whether {@code q} for the kanji at {@code t[i]} reads as a slip within the word the kanji
     * stands in (its run of kanji): no numeral nor body's kind changed (第三 / 第五, 市長 / 町長),
     * not two words both right (規定 / 規程); and the word written is no word the analyser knows
     * (nor an affix), or one that reads exactly as the word meant (a conversion slip): 前項 and
     * 次項 are two words.
     */
    private static boolean otherKanji(Readings readings, String t, int i, char q) {
        int from = i;
        int to = i + 1;
        while (from > 0 && JapaneseText.isKanji(t.charAt(from - 1))) {
            from--;
        }
        while (to < t.length() && JapaneseText.isKanji(t.charAt(to))) {
            to++;
        }
        String written = t.substring(from, to);
        String meant = t.substring(from, i) + q + t.substring(i + 1, to);
        if (!PhraseSlips.differsOnlyIn(written, meant) || PhraseSlips.bothRight(written, meant)) {
            return false;
        }
        // the word the kanji stands in, as the analyser reads the phrase
        int w0 = Math.max(0, i - SIDE);
        String window = t.substring(w0, Math.min(t.length(), i + 1 + SIDE));
        for (Readings.Token tk : readings.tokens(window)) {
            if (tk.start() <= i - w0 && tk.end() > i - w0) {
                if (tk.end() - tk.start() == 1) {
                    // a kanji standing alone: a broken word when the kanji meant makes a word the analyser
                    // knows (庶|冒 → 庶務); not an affix (重要|度, 全|庁), which makes words freely, nor a word
                    // of one kanji in a series (分類甲 / 分類丙, 可用性高 / 可用性低)
                    return !tk.pos().contains("接尾") && !tk.pos().contains("接頭") && knownWordAt(readings, window, i - w0, q);
                }
                if (tk.reading().isEmpty() || tk.pos().contains("未知")) {
                    return true;
                }
                String surface = window.substring(tk.start(), tk.end());
                int at = i - w0 - tk.start();
                String other = surface.substring(0, at) + q + surface.substring(at + 1);
                return readings.of(surface).equals(readings.of(other)); // 設ける and 受ける are two verbs
            }
        }
        return true;
    }

    /** Whether {@code q} at {@code window[at]} stands in a word of two characters or more that the analyser knows. */
    private static boolean knownWordAt(Readings readings, String window, int at, char q) {
        String meant = window.substring(0, at) + q + window.substring(at + 1);
        for (Readings.Token tk : readings.tokens(meant)) {
            if (tk.start() <= at && tk.end() > at) {
                return tk.end() - tk.start() >= 2 && !tk.reading().isEmpty() && !tk.pos().contains("未知");
            }
        }
        return false;
    }

    private static boolean letters(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (!JapaneseText.isKanji(c) && !JapaneseText.isHiragana(c) && !JapaneseText.isKatakana(c)) {
                return false;
            }
        }
        return true;
    }

    private static long hash(CharSequence s, int from, int to) {
        long h = 1125899906842597L;
        for (int k = from; k < to; k++) {
            h = 31 * h + s.charAt(k);
        }
        return h * 0x9E3779B97F4A7C15L + (to - from);
    }
}
