package jp.policygen.compare;

/**
 * The form of a text that is compared: notation folded, numbering and whitespace left out, and
 * parameter values replaced by placeholders. Each of its characters knows the range of the
 * original text it stands for ({@code [from[i], to[i])}), so differences found here are
 * underlined on the original characters.
 */
final class ComparisonText {

    private final String chars;
    private final int[] from;
    private final int[] to;

    ComparisonText(String chars, int[] from, int[] to) {
        this.chars = chars;
        this.from = from;
        this.to = to;
    }

    String chars() {
        return chars;
    }

    int length() {
        return chars.length();
    }

    /** Start of the original range of comparison character {@code i}. */
    int from(int i) {
        return from[i];
    }

    /** End (exclusive) of the original range of comparison character {@code i}. */
    int to(int i) {
        return to[i];
    }
}
