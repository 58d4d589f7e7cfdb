package jp.policygen.importing;

import java.util.Arrays;

/**
 * Whether a text was broken into lines of a fixed width (text extracted from a printed page,
 * pdftotext -layout, a mail), and where its right margin is. In such a text a line that ends well
 * short of the margin ends its paragraph: a heading 「(1)　サーバ等の管理」 is followed by its
 * text on the next line, not continued by it. A text written a paragraph to a line has no margin.
 */
final class LineWrap {

    /** Wrapped lines end within this many half-width columns of each other (禁則, half-width letters, spacing). */
    private static final int SPREAD = 8;

    /** A line ending this many columns or more before the margin ends short: five full-width characters. */
    private static final int SHORT = 10;

    /** A margin needs this many lines reaching it, and this share of the lines with text. */
    private static final int MIN_FULL_LINES = 20;
    private static final double MIN_FULL_SHARE = 0.25;

    private final int margin; // 0: the text is not wrapped at a fixed width

    private LineWrap(int margin) {
        this.margin = margin;
    }

    static LineWrap of(String[] lines) {
        int[] ends = Arrays.stream(lines).mapToInt(LineWrap::endColumn).filter(c -> c > 0).sorted().toArray();
        if (ends.length < MIN_FULL_LINES) {
            return new LineWrap(0);
        }
        // the margin: the column closing the narrowest band that most lines end in (wrapped lines gather there)
        int best = 0;
        int margin = 0;
        int from = 0;
        for (int to = 0; to < ends.length; to++) {
            while (ends[to] - ends[from] > SPREAD) {
                from++;
            }
            int count = to - from + 1;
            if (count >= best) {
                best = count;
                margin = ends[to];
            }
        }
        boolean wrapped = best >= MIN_FULL_LINES && best >= ends.length * MIN_FULL_SHARE;
        return new LineWrap(wrapped ? margin : 0);
    }

    /** Whether a line ends short of the margin: in a wrapped text, the last line of its paragraph. */
    boolean endsShort(String line) {
        return margin > 0 && endColumn(line) < margin - SHORT;
    }

    /** The column after the line's last character, full-width characters counting two. */
    static int endColumn(String line) {
        String text = TextImporter.stripTrailingSpaces(line);
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column += c == '\t' ? 8 - column % 8 : c < 0x1100 || c >= 0xFF61 && c <= 0xFF9F ? 1 : 2;
        }
        return column;
    }
}
