package jp.policygen.lint;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How a short text reads (in katakana), from Lucene's Kuromoji analyser: a slip that an input
 * method made (避難 → 非難) reads as the word meant, or nearly. Not thread-safe: one per lint run.
 */
final class Readings {

    private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);

    /** A word of a text: {@code [start, end)} and its part of speech (IPADIC: 名詞-一般 …). */
    record Token(int start, int end, String pos, String reading) {
    }

    /** The words of a text. */
    java.util.List<Token> tokens(String text) {
        java.util.List<Token> out = new java.util.ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String p = pos.getPartOfSpeech();
                String r = reading.getReading();
                out.add(new Token(offset.startOffset(), offset.endOffset(), p == null ? "" : p, r == null ? "" : normalise(r)));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // nothing to release
            }
        }
        return out;
    }

    String of(String text) {
        StringBuilder out = new StringBuilder();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String r = reading.getReading();
                out.append(r != null ? r : term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // nothing to release
            }
        }
        return normalise(out.toString());
    }

    /** Small kana as large (シュ and シユ read alike for a slip), long-vowel marks dropped. */
    private static String normalise(String kana) {
        StringBuilder out = new StringBuilder(kana.length());
        for (char c : kana.toCharArray()) {
            int i = "ァィゥェォッャュョヮ".indexOf(c);
            if (c == 'ー') {
                continue;
            }
            out.append(i >= 0 ? "アイウエオツヤユヨワ".charAt(i) : c);
        }
        return out.toString();
    }

    /** Levenshtein distance, for readings a few characters long. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
