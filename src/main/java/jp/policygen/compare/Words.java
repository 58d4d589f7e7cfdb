package jp.policygen.compare;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Where the words of a Japanese text begin and end, from Lucene's Kuromoji morphological
 * analyser (IPADIC). A suffix joins the word before it (責任+者, 定期+的; not 等, which is a word
 * of its own) and a prefix the word after it, so that a word is what a reader underlines whole.
 * Not thread-safe: one per diff. The amendment drafter ({@code amend}) reads the analyser's own
 * tokens ({@link #tokens}) to keep units of meaning whole in its quotations.
 */
public final class Words {

    /** A word {@code [start, end)} of the text split; {@code function}: a particle, an auxiliary or a mark. */
    public record Word(int start, int end, boolean function) {
    }

    /** A token of the analyser as it is: {@code [start, end)} and its part of speech (「名詞-数」「助詞-格助詞-一般」). */
    public record Token(int start, int end, String partOfSpeech) {
    }

    private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);

    public Words() {
        // the tokenizer loads its dictionary once per JVM; an instance is cheap
    }

    private static String surface(String text, int s, int e) {
        return text.substring(s, e);
    }

    /** The analyser's tokens of {@code text[from, to)}, with offsets into {@code text}, nothing joined. */
    public List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        try {
            tokenizer.setReader(new StringReader(text.substring(from, to)));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String p = pos.getPartOfSpeech();
                out.add(new Token(from + offset.startOffset(), from + offset.endOffset(), p == null ? "" : p));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // nothing to release
            }
        }
        return out;
    }

    /** The words of {@code text[from, to)}, with offsets into {@code text}: the analyser's tokens, affixes joined. */
    public List<Word> split(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        boolean prefixPending = false;
        for (Token t : tokens(text, from, to)) {
            int s = t.start();
            int e = t.end();
            String p = t.partOfSpeech();
            boolean function = p.startsWith("助詞") || p.startsWith("助動詞") || p.startsWith("記号");
            Word last = out.isEmpty() ? null : out.get(out.size() - 1);
            // 者, 性, 的, 化, 市 join their word; 等, 中, 時 (接尾-副詞可能) stay words of their own
            boolean suffix = p.startsWith("名詞-接尾") && !p.startsWith("名詞-接尾-副詞可能") && !"等".equals(surface(text, s, e))
                    && last != null && !last.function() && last.end() == s;
            if ((suffix || prefixPending) && last != null && last.end() == s) {
                out.set(out.size() - 1, new Word(last.start(), e, false));
            } else {
                out.add(new Word(s, e, function));
            }
            prefixPending = p.startsWith("接頭詞");
        }
        return out;
    }
}
