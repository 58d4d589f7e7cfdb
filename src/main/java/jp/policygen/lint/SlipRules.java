package jp.policygen.lint;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.policygen.i18n.Texts;

/**
 * Slips found by reading, not by remembering: where a text follows the model's wording (or its
 * own, repeated elsewhere) except for one or two kanji, and the kanji written read as the ones
 * the wording has (an input method's slip: 避難 → 非難, 流出 → 流失, 度合い → 日合い), the wording
 * is reported with the expected kanji as the fix. Bounded against rewording: the three characters
 * either side must agree exactly, the text's form must not occur in that context in the model nor
 * elsewhere in the text, and the two forms must read alike (Kuromoji readings at most one kana
 * apart for one kanji, the same for two). Pairs of words that read alike and are both right in
 * the field (規定 / 規程, 改定 / 改訂) are left alone. A word of the model's or the text's
 * written with one kanji changed, or as a word that reads the same, inside the phrase the
 * reference has around it, is read by {@link PhraseSlips}.
 */
final class SlipRules {

    private SlipRules() {
    }

    static final int CONTEXT = 3;

    /** Homophones that are both words of the field, each right in its place. */
    static final List<Set<String>> BOTH_RIGHT = List.of(Set.of("規定", "規程"), Set.of("改定", "改訂"),
            Set.of("保障", "保証", "補償"), Set.of("基準", "規準"), Set.of("作成", "作製"), Set.of("適用", "適応"),
            Set.of("対象", "対照"), Set.of("意思", "意志"), Set.of("機械", "機会"), Set.of("制定", "策定"),
            Set.of("管理", "監理"), Set.of("所管", "所感"), Set.of("移動", "異動"), Set.of("追求", "追及", "追究"),
            Set.of("回答", "解答"), Set.of("原則", "減速"), Set.of("開示", "解除"), Set.of("同時", "当時"));

    /** The skeletons of a set of texts: the CONTEXT characters either side of a kanji run of 1 or 2, and the runs seen there. */
    static final class Index {
        final Map<String, Map<String, Integer>> centres = new HashMap<>();

        void add(String text) {
            for (int k = 1; k <= 2; k++) {
                for (int p = CONTEXT; p + k + CONTEXT <= text.length(); p++) {
                    String key = key(text, p, k);
                    if (key != null) {
                        centres.computeIfAbsent(key, x -> new HashMap<>()).merge(text.substring(p, p + k), 1, Integer::sum);
                    }
                }
            }
        }

        Map<String, Integer> at(String key) {
            return centres.getOrDefault(key, Map.of());
        }
    }

    /** The skeleton of the run {@code [p, p + k)}: its context with the run left out, or null when it is no kanji run. */
    static String key(String text, int p, int k) {
        for (int i = p; i < p + k; i++) {
            if (!JapaneseText.isKanji(text.charAt(i))) {
                return null;
            }
        }
        for (int i = p - CONTEXT; i < p + k + CONTEXT; i++) {
            char c = text.charAt(i);
            if (JapaneseText.isSpace(c) || c == '\n' || JapaneseText.isDigit(c)) {
                return null;
            }
        }
        return text.substring(p - CONTEXT, p) + "\u0000" + k + text.substring(p + k, p + k + CONTEXT);
    }

    /** How many characters either side of a word are kept to compare a phrase with the reference's. */
    static final int AROUND = 3;

    /** The kanji words of some texts (two kanji or more): how often each, by reading, and with the characters around them. */
    static final class Vocabulary {
        final Map<String, Integer> counts = new HashMap<>();
        final Map<String, Set<String>> byReading = new HashMap<>();
        final Map<String, String> readingOf = new HashMap<>();
        final Set<String> contexts = new java.util.HashSet<>();
        /** Each word's surroundings: the up to {@link #AROUND} characters before it, a NUL, and those after. */
        final Map<String, Set<String>> around = new HashMap<>();

        void add(Readings readings, String text) {
            add(text, readings.tokens(text));
        }

        void add(String text, List<Readings.Token> tokens) {
            for (Readings.Token t : tokens) {
                String w = text.substring(t.start(), t.end());
                if (!word(w) || t.reading().isEmpty()) {
                    continue;
                }
                counts.merge(w, 1, Integer::sum);
                byReading.computeIfAbsent(t.reading(), x -> new java.util.TreeSet<>()).add(w);
                readingOf.putIfAbsent(w, t.reading());
                char before = t.start() > 0 ? text.charAt(t.start() - 1) : '\n';
                char after = t.end() < text.length() ? text.charAt(t.end()) : '\n';
                contexts.add(before + w + after);
                around.computeIfAbsent(w, x -> new java.util.HashSet<>())
                        .add(text.substring(Math.max(0, t.start() - AROUND), t.start()) + "\u0000"
                                + text.substring(t.end(), Math.min(text.length(), t.end() + AROUND)));
            }
        }

        int count(String w) {
            return counts.getOrDefault(w, 0);
        }

        static boolean word(String w) {
            if (w.length() < 2) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                if (!JapaneseText.isKanji(w.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Map<ReferenceCorpus, Vocabulary> MODEL_WORDS = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    static Vocabulary modelWords(ReferenceCorpus corpus, Readings readings) {
        return MODEL_WORDS.computeIfAbsent(corpus, c -> {
            Vocabulary v = new Vocabulary();
            for (String t : c.texts()) {
                for (String line : t.split("\n")) {
                    v.add(readings, line.replace("**", ""));
                }
            }
            return v;
        });
    }

    private static final Map<ReferenceCorpus, Index> MODEL_INDEXES = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    static Index modelIndex(ReferenceCorpus corpus) {
        return MODEL_INDEXES.computeIfAbsent(corpus, c -> {
            Index index = new Index();
            for (String t : c.texts()) {
                for (String line : t.split("\n")) {
                    index.add(line.replace("**", ""));
                }
            }
            return index;
        });
    }

    /** Whether the dictionary's terms.misspelling already reports a word covering {@code [at, at + length)}. */
    static boolean dictionaryHas(LintContext context, String text, int at, int length) {
        for (Dictionary.Misspelling m : context.dictionary().misspellings()) {
            for (int s = Math.max(0, at + length - m.wrong().length()); s <= at; s++) {
                if (text.startsWith(m.wrong(), s)) {
                    return true;
                }
            }
        }
        return false;
    }

    static final class Slip implements Rule {
        @Override
        public String id() {
            return "terms.slip";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public void check(LintContext context, Findings out) {
            Index model = context.reference() == ReferenceCorpus.NONE ? new Index() : modelIndex(context.reference());
            Index own = new Index();
            List<Passage> passages = context.textPassages().stream().filter(p -> !p.table()).toList();
            for (Passage p : passages) {
                own.add(p.text());
            }
            Readings readings = null;
            readings = new Readings();
            Map<Passage, List<Readings.Token>> words = new IdentityHashMap<>();
            Vocabulary ownWords = new Vocabulary();
            for (Passage p : passages) {
                List<Readings.Token> tokens = readings.tokens(p.text()); // once per passage, for both reads below
                words.put(p, tokens);
                ownWords.add(p.text(), tokens);
            }
            Vocabulary modelWords = context.reference() == ReferenceCorpus.NONE ? new Vocabulary() : modelWords(context.reference(), readings);
            PhraseSlips.Grams modelGrams = context.reference() == ReferenceCorpus.NONE ? new PhraseSlips.Grams()
                    : PhraseSlips.modelGrams(context.reference());
            Map<Passage, java.util.BitSet> reported = new IdentityHashMap<>();
            for (PhraseSlips.Found f : PhraseSlips.find(passages, words, modelWords, ownWords, modelGrams)) {
                if (dictionaryHas(context, f.passage().text(), f.start(), f.end() - f.start())) {
                    continue;
                }
                reported.computeIfAbsent(f.passage(), x -> new java.util.BitSet()).set(f.start(), f.end());
                String text = f.passage().text();
                out.at(f.passage(), f.start(), f.end() - f.start(), Texts.get(f.homophone() ? "lint.terms.slip.reading" : "lint.terms.slip.noWord",
                        f.written(), TermRules.around(text, f.start(), f.end()), f.meant(), f.count()), Texts.get("lint.write", f.meant()), f.meant());
            }
            EditSlips.Phrases modelPhrases = context.reference() == ReferenceCorpus.NONE ? new EditSlips.Phrases()
                    : EditSlips.modelPhrases(context.reference());
            for (EditSlips.Found f : EditSlips.find(passages, modelPhrases, context.dictionary().doubledChars(), readings)) {
                java.util.BitSet done = reported.get(f.passage());
                if (done != null && !done.get(f.start(), f.end()).isEmpty()
                        || dictionaryHas(context, f.passage().text(), f.start(), f.end() - f.start())) {
                    continue;
                }
                reported.computeIfAbsent(f.passage(), x -> new java.util.BitSet()).set(f.start(), f.end());
                String text = f.passage().text();
                out.at(f.passage(), f.start(), f.end() - f.start(), Texts.get("lint.terms.slip.edit", text.substring(f.start(), f.end()),
                        TermRules.around(text, f.start(), f.end()), Texts.get(f.model() ? "lint.terms.slip.edit.model" : "lint.terms.slip.edit.text"),
                        f.meant(), Texts.get(switch (f.kind()) {
                            case DOUBLED -> "lint.terms.slip.edit.doubled";
                            case OKURIGANA -> "lint.terms.slip.edit.okurigana";
                            case PARTICLE -> "lint.terms.slip.edit.particle";
                            case KANJI -> "lint.terms.slip.edit.kanji";
                        })),
                        Texts.get("lint.write", f.meant()), f.replacement());
            }
            for (Passage p : passages) {
                String text = p.text();
                int reportedTo = -1;
                for (int k = 1; k <= 2; k++) {
                    for (int at = CONTEXT; at + k + CONTEXT <= text.length(); at++) {
                        if (at < reportedTo || reported.containsKey(p) && !reported.get(p).get(at, at + k).isEmpty()) {
                            continue;
                        }
                        String key = key(text, at, k);
                        if (key == null) {
                            continue;
                        }
                        String written = text.substring(at, at + k);
                        Map<String, Integer> inModel = model.at(key);
                        Map<String, Integer> inText = own.at(key);
                        if (inModel.containsKey(written) || inText.getOrDefault(written, 0) > 1) {
                            continue; // the form is the model's, or the text's own choice
                        }
                        String best = null;
                        int bestCount = 0;
                        boolean fromModel = false;
                        for (Map.Entry<String, Integer> e : inModel.entrySet()) {
                            if (differsEverywhere(e.getKey(), written) && e.getValue() > bestCount) {
                                best = e.getKey();
                                bestCount = e.getValue();
                                fromModel = true;
                            }
                        }
                        if (best == null) {
                            for (Map.Entry<String, Integer> e : inText.entrySet()) {
                                if (differsEverywhere(e.getKey(), written) && e.getValue() >= 2 && e.getValue() > bestCount) {
                                    best = e.getKey();
                                    bestCount = e.getValue();
                                }
                            }
                        }
                        if (best == null || bothRight(text, at, k, best) || dictionaryHas(context, text, at, k)
                                || ownWord(passages, text, at, k)) {
                            continue;
                        }
                        if (readings == null) {
                            readings = new Readings();
                        }
                        String window = text.substring(at - CONTEXT, at + k + CONTEXT);
                        String meant = text.substring(at - CONTEXT, at) + best + text.substring(at + k, at + k + CONTEXT);
                        String r1 = readings.of(window);
                        String r2 = readings.of(meant);
                        int d = Readings.distance(r1, r2);
                        if (d > 1 || d == 1 && !nearHomophone(r1, r2) || k == 2 && d > 0 || kind(written) || kind(best)) {
                            continue;
                        }
                        out.at(p, at, k, Texts.get("lint.terms.slip.homophone", written, TermRules.around(text, at, at + k),
                                fromModel ? Texts.get("lint.terms.slip.model", meant) : Texts.get("lint.terms.slip.text", meant, bestCount),
                                Texts.get(d == 0 ? "lint.terms.slip.same" : "lint.terms.slip.almost")),
                                Texts.get("lint.write", best), best);
                        reportedTo = at + k;
                    }
                }
            }
        }

        /**
         * The text writes the kanji with the characters after them (or before) more than once:
         * 「総括情報管理者」 throughout is the text's own title, not a slip for the model's 統括.
         */
        private static boolean ownWord(List<Passage> passages, String text, int at, int k) {
            String after = text.substring(at, at + k + CONTEXT);
            String before = text.substring(at - CONTEXT, at + k);
            int times = 0;
            for (Passage q : passages) {
                times += count(q.text(), after) + count(q.text(), before);
            }
            return times > 2; // this occurrence counts twice
        }

        private static int count(String text, String part) {
            int n = 0;
            for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
                n++;
            }
            return n;
        }

        /** The kinds of body (市, 町, 区 …) and 議 (議長, 議会): a body's own word, never a slip for the model's 市. */
        static boolean kind(String kanji) {
            for (char c : kanji.toCharArray()) {
                if ("市町村区県都道府議".indexOf(c) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Readings one kana apart that an input method confuses: a small kana more or less
         * (リユウシツ / リユウシユツ, 流失 for 流出). Not one kana for another (クミン / シミン, ソウカツ /
         * トウカツ are other words, each right in its text), not a mora more (モウケ / ウケ).
         */
        private static boolean nearHomophone(String a, String b) {
            if (a.length() == b.length()) {
                return false;
            }
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            for (int i = 0; i < longer.length(); i++) {
                if ("ヤユヨツ".indexOf(longer.charAt(i)) >= 0
                        && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                    return true;
                }
            }
            return false;
        }

        /** Two runs of kanji of one length that differ in every position (one kanji, or a pair). */
        private static boolean differsEverywhere(String a, String b) {
            if (a.length() != b.length() || a.equals(b)) {
                return false;
            }
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) == b.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The written and the meant word form a pair of homophones that are both right (規定 / 規程). */
        private static boolean bothRight(String text, int at, int k, String best) {
            for (Set<String> pair : BOTH_RIGHT) {
                for (String w : pair) {
                    for (int s = Math.max(0, at + k - w.length()); s <= at && s + w.length() <= text.length(); s++) {
                        if (text.startsWith(w, s)) {
                            String meant = text.substring(s, at) + best + text.substring(at + k, s + w.length());
                            if (pair.contains(meant)) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }
    }
}
