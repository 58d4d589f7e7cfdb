package jp.policygen.publish;

import java.text.Normalizer;

/**
 * Text as the leak check compares it: NFKC, letters and digits only (punctuation, spaces, line
 * breaks and markup leftovers dropped), ASCII in lower case, and the 強靭/強靱 variant folded, so
 * that the same words match whether they come from the model, an HTML page or text copied out of
 * a PDF. Each kept character remembers the span of the original it came from, so a match can be
 * shown as the reader wrote it.
 */
final class NormalText {

    final String source;
    final String text;
    private final int[] from;
    private final int[] to;

    private NormalText(String source, String text, int[] from, int[] to) {
        this.source = source;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static NormalText of(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int[] from = new int[source.length() * 2 + 4];
        int[] to = new int[from.length];
        int i = 0;
        while (i < source.length()) {
            int cp = source.codePointAt(i);
            int next = i + Character.charCount(cp);
            String folded = fold(cp);
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                if (Character.isLetterOrDigit(c)) {
                    if (out.length() == from.length) {
                        from = java.util.Arrays.copyOf(from, from.length * 2);
                        to = java.util.Arrays.copyOf(to, to.length * 2);
                    }
                    from[out.length()] = i;
                    to[out.length()] = next;
                    out.append(c < 128 ? Character.toLowerCase(c) : c);
                }
            }
            i = next;
        }
        return new NormalText(source, out.toString(), from, to);
    }

    /** One code point, normalised; plain characters skip the normaliser. */
    private static String fold(int cp) {
        if (cp == 0x976D) { // 靭 → 靱 (強靭/強靱: both spellings are in use)
            return "\u9771";
        }
        if (cp < 0x80) {
            return String.valueOf((char) cp);
        }
        return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    }

    /** The original text behind normalised characters [start, end). */
    String original(int start, int end) {
        return source.substring(from[start], to[end - 1]);
    }
}
