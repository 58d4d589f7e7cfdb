package jp.policygen.render.pdf;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line-break opportunities with Japanese 禁則 (JIS X 4051, CSS {@code line-break: strict}):
 * the JDK's line iterator, less every break that would start a line with a closing bracket,
 * punctuation, a small kana, a prolonged sound mark or 「・」, or end one with an opening bracket.
 * openhtmltopdf ignores {@code line-break: strict}; this breaker is how the PDF gets it.
 */
final class KinsokuLineBreaker implements FSTextBreaker {

    /** 行頭禁則: characters a line must not start with. */
    static final String NO_START =
            "、。，．,.：；:;！？!?‼⁇⁈⁉・･"                 // punctuation, middle dots
            + "）」』】〕〉》］｝〙〗｠｣)]}’”〟»"            // closing brackets and quotes
            + "ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" // small kana, 長音
            + "ゝゞヽヾ々〻"                                   // iteration marks
            + "‐゠–〜～"                                       // hyphens, wave dash
            + "…‥"                                             // leaders: never split from what precedes
            + "％%‰℃°′″";                                     // postfix units

    /** 行末禁則: characters a line must not end with. */
    static final String NO_END = "（「『【〔〈《［｛〘〖｟｢([{‘“〝«";

    private final BreakIterator delegate = BreakIterator.getLineInstance(Locale.JAPAN);
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        while (true) {
            int b = delegate.next();
            if (b == BreakIterator.DONE || b <= 0 || b >= text.length()) {
                return b;
            }
            if (isForbiddenBreak(text, b)) {
                continue;
            }
            return b;
        }
    }

    /** Whether a break before {@code text[index]} would break a 禁則 rule. */
    static boolean isForbiddenBreak(String text, int index) {
        return NO_START.indexOf(text.codePointAt(index)) >= 0 || NO_END.indexOf(text.codePointBefore(index)) >= 0;
    }
}
