package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.policygen.compare.Words;

/**
 * The units of meaning of a line, the smallest pieces a quotation of an amendment may start or
 * end between: words of the morphological analyser (Kuromoji), with a prefix joined to the word
 * after it and a suffix to the word before it, a number kept with 第 before it, its counter after
 * it and its branch numbers (「第５条の２」), an era with its year and a date whole
 * (「令和８年４月１日」). Every character of the line belongs to exactly one unit. Not thread-safe.
 */
final class Units {

    /** What a unit is, for the rule that a quotation must carry meaning. */
    enum Type {
        /** A word that means something by itself: a noun, a verb, a conjunction … */
        CONTENT,
        /** A number with whatever belongs to it (第, counter, branch, era). */
        NUMBER,
        /** A particle: の, を, は, に, から … (it belongs to the word before it: a quotation never starts with one). */
        PARTICLE,
        /** An auxiliary verb: ない, た, れる … */
        FUNCTION,
        /** A mark or a space: 、 。 「 」 （ ） 　 */
        MARK
    }

    /** A unit {@code [start, end)} of a line; {@code noun}: a noun that may be part of a compound. */
    record Unit(int start, int end, Type type, boolean noun) {
        boolean meaningful() {
            return type == Type.CONTENT || type == Type.NUMBER;
        }
    }

    private static final Set<String> ERAS = Set.of("明治", "大正", "昭和", "平成", "令和");
    /** Counters that belong to the number before them, besides those the analyser tags 助数詞. */
    private static final Set<String> COUNTERS = Set.of("条", "項", "号", "章", "節", "款", "目", "年", "月", "日", "時", "分",
            "円", "人", "回", "件", "箇所", "か所", "か月", "カ月", "ヶ月", "歳", "名", "部", "台", "種", "次", "版", "期",
            "年度", "時間", "日間", "週間", "月間", "パーセント", "％", "%");

    private final Words words = new Words();

    /** The units of {@code text}, in order, covering it. */
    List<Unit> of(String text) {
        List<Words.Token> tokens = words.tokens(text, 0, text.length());
        // fill gaps the analyser left (it keeps every character in practice; be safe)
        List<Words.Token> all = new ArrayList<>(tokens.size() + 4);
        int at = 0;
        for (Words.Token t : tokens) {
            if (t.start() > at) {
                all.add(new Words.Token(at, t.start(), "記号-一般"));
            }
            all.add(t);
            at = Math.max(at, t.end());
        }
        if (at < text.length()) {
            all.add(new Words.Token(at, text.length(), "記号-一般"));
        }

        List<Unit> out = new ArrayList<>(all.size());
        int i = 0;
        while (i < all.size()) {
            int j = numberGroup(text, all, i);
            if (j > i) {
                out.add(new Unit(all.get(i).start(), all.get(j - 1).end(), Type.NUMBER, false));
                i = j;
                continue;
            }
            Words.Token t = all.get(i);
            String pos = t.partOfSpeech();
            Type type = type(pos, text.substring(t.start(), t.end()));
            int end = t.end();
            int k = i + 1;
            // a prefix joins what follows it; a suffix (者, 的, 等; not 中, 時 …) joins the word before it
            if (pos.startsWith("接頭詞") && k < all.size() && all.get(k).start() == end && !mark(all.get(k))) {
                end = all.get(k).end();
                type = Type.CONTENT;
                k++;
            }
            // a verbal noun and する are one verb: 「保有する」「管理し」 (never quote 「保有」 and add 「し、又は管理」)
            if (pos.startsWith("名詞-サ変接続") && k < all.size() && all.get(k).start() == end
                    && all.get(k).partOfSpeech().startsWith("動詞") && "しすさせ".indexOf(text.charAt(all.get(k).start())) >= 0) {
                end = all.get(k).end();
                k++;
            }
            while (k < all.size() && all.get(k).start() == end && joinsAsSuffix(all.get(k), text) && type == Type.CONTENT) {
                end = all.get(k).end();
                k++;
            }
            out.add(new Unit(t.start(), end, type, type == Type.CONTENT && nouny(pos)));
            i = k;
        }
        return compounds(text, out);
    }

    /**
     * Nouns written together are one compound (非常勤職員, 会計年度任用職員, 情報システム管理者): a
     * quotation never cuts one. A citation is one unit too: 第５条第２項, 別表第１.
     */
    private static List<Unit> compounds(String text, List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size());
        for (Unit u : units) {
            Unit last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() == u.start()) {
                boolean nouns = last.noun() && u.noun();
                boolean citation = u.type() == Type.NUMBER && text.startsWith("第", u.start())
                        && (last.type() == Type.NUMBER || last.noun());
                if (nouns || citation) {
                    Type type = citation ? Type.NUMBER : Type.CONTENT;
                    out.set(out.size() - 1, new Unit(last.start(), u.end(), type, nouns));
                    continue;
                }
            }
            out.add(u);
        }
        return out;
    }

    private static boolean nouny(String pos) {
        return pos.startsWith("名詞-一般") || pos.startsWith("名詞-固有名詞") || pos.startsWith("名詞-サ変接続")
                || pos.startsWith("名詞-形容動詞語幹") || pos.startsWith("名詞-ナイ形容詞語幹") || pos.startsWith("名詞-接尾")
                || pos.startsWith("接頭詞");
    }

    private static boolean mark(Words.Token t) {
        return t.partOfSpeech().startsWith("記号");
    }

    /**
     * A suffix joins the word before it (責任+者, 定期+的, 情報資産+等), a counter too where no number
     * took it (毎年+度: 「度最高…」 would cut 「毎年度」); 中, 時 (接尾-副詞可能) stay words of their own.
     */
    private static boolean joinsAsSuffix(Words.Token t, String text) {
        String pos = t.partOfSpeech();
        return pos.startsWith("名詞-接尾") && !pos.startsWith("名詞-接尾-副詞可能");
    }

    private static Type type(String pos, String surface) {
        if (pos.startsWith("助詞")) {
            return Type.PARTICLE;
        }
        if (pos.startsWith("助動詞")) {
            return Type.FUNCTION;
        }
        if (pos.startsWith("記号") || surface.isBlank()) {
            return Type.MARK;
        }
        return Type.CONTENT;
    }

    /**
     * The end (exclusive token index) of a number group starting at token {@code i}, or {@code i}
     * when none starts there: [era] [第] digits [counter] ([の] digits [counter])* and dates
     * (年 月 日 in a row), with the digit separators 「，」「．」 between digits.
     */
    private static int numberGroup(String text, List<Words.Token> t, int i) {
        int k = i;
        if (ERAS.contains(surface(text, t.get(k)))) {
            if (k + 1 < t.size() && surface(text, t.get(k + 1)).startsWith("元")) {
                k += 2; // 令和元年: 元 (or 元年) is a token of its own
            } else {
                int n = digits(text, t, k + 1);
                if (n == k + 1) {
                    return i;
                }
                k = n;
            }
        } else if (surface(text, t.get(k)).equals("第") && t.get(k).partOfSpeech().startsWith("接頭詞")) {
            int n = digits(text, t, k + 1);
            if (n == k + 1) {
                return i;
            }
            k = n;
        } else {
            int n = digits(text, t, k);
            if (n == k) {
                return i;
            }
            k = n;
        }
        k = counter(text, t, k);
        // branch numbers and dates continue the group: 第５条の２, 令和８年４月１日, ４月１日
        while (k < t.size()) {
            String s = surface(text, t.get(k));
            if (s.equals("の") && k + 1 < t.size() && isDigits(surface(text, t.get(k + 1))) && isBranchCounter(text, t, k - 1)) {
                k = counter(text, t, digits(text, t, k + 1));
                continue;
            }
            if (dateCounter(surface(text, t.get(k - 1))) && k < t.size()) {
                int n = digits(text, t, k);
                if (n > k) {
                    int c = counter(text, t, n);
                    if (c > n) {
                        k = c;
                        continue;
                    }
                }
                if (surface(text, t.get(k)).matches("[0-9０-９]{1,2}月")) {
                    k = counter(text, t, k + 1);
                    continue;
                }
            }
            break;
        }
        return k;
    }

    private static boolean isBranchCounter(String text, List<Words.Token> t, int k) {
        if (k < 0) {
            return false;
        }
        String s = surface(text, t.get(k));
        return s.equals("条") || s.equals("号") || s.equals("章") || s.equals("節") || s.equals("款") || isDigits(s);
    }

    private static boolean dateCounter(String s) {
        return s.equals("年") || s.endsWith("月") || s.equals("年度");
    }

    private static int digits(String text, List<Words.Token> t, int k) {
        int j = k;
        while (j < t.size()) {
            String s = surface(text, t.get(j));
            boolean digitToken = isDigits(s) || t.get(j).partOfSpeech().startsWith("名詞-数") && s.chars().allMatch(Units::digitLike);
            if (digitToken) {
                j++;
                continue;
            }
            // a separator between digits: 100,000 / 1.5
            if (j > k && (s.equals(",") || s.equals("，") || s.equals(".") || s.equals("．")) && j + 1 < t.size()
                    && isDigits(surface(text, t.get(j + 1)))) {
                j++;
                continue;
            }
            break;
        }
        // 「４月」 is one token of the analyser: a month is a number group of its own
        if (j == k && k < t.size() && surface(text, t.get(k)).matches("[0-9０-９]{1,2}月")) {
            return k + 1;
        }
        return j;
    }

    private static int counter(String text, List<Words.Token> t, int k) {
        if (k < t.size() && t.get(k).start() == t.get(k - 1).end()) {
            String s = surface(text, t.get(k));
            if (t.get(k).partOfSpeech().startsWith("名詞-接尾-助数詞") || COUNTERS.contains(s)) {
                return k + 1;
            }
        }
        return k;
    }

    private static boolean digitLike(int c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || "〇一二三四五六七八九十百千万".indexOf(c) >= 0;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= '０' && c <= '９')) {
                return false;
            }
        }
        return true;
    }

    private static String surface(String text, Words.Token t) {
        return text.substring(t.start(), t.end());
    }
}
