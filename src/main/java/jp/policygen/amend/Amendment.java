package jp.policygen.amend;

import java.util.List;
import java.util.Objects;

/**
 * An amending instrument as drafted, independent of the format it is written in (Markdown, HTML,
 * PDF, Word): its title (「○○の一部を改正する訓令」), the line of its date and number, the sentence
 * that opens the 本則, the 本則 (sentences, each with the provisions it quotes as lines), and the
 * 附則. A 全部改正 has the whole new text as the block of its opening sentence.
 *
 * @param title      「長野県情報セキュリティ基本方針の一部を改正する訓令」
 * @param dateLine   「令和８年３月31日　訓令第　号」 (a draft: the number is left blank unless known)
 * @param opening    「長野県情報セキュリティ基本方針（平成15年長野県訓令第　号）の一部を次のように改正する。」
 * @param sentences  the 本則, in order
 * @param supplement the 附則
 * @param whole      a 全部改正 rather than a 一部改正
 * @param notes      what the drafter could not know and assumed (the 施行日 read from a month, a number left blank)
 */
public record Amendment(String title, String dateLine, String opening, List<Sentence> sentences, Supplement supplement,
                        boolean whole, Stats stats, List<String> notes) {

    public Amendment {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(opening, "opening");
        sentences = List.copyOf(sentences);
        notes = List.copyOf(notes);
    }

    /** A sentence of the 本則 and the lines of the provisions it adds or rewrites (empty when it quotes none). */
    public record Sentence(String text, List<BlockLine> block) {
        public Sentence {
            Objects.requireNonNull(text, "text");
            block = List.copyOf(block);
        }
    }

    /**
     * A line of quoted provisions as the text prints it, {@code indent} full-width spaces in: a
     * caption 「（目的）」, a heading 「4　物理的セキュリティ」, a line of text 「第６条　…」「２　…」
     * 「(1)　…」, a row of a table 「｜区分｜基準｜」, or the mark that opens a note.
     */
    public record BlockLine(int indent, String text, Kind kind) {
        public enum Kind { CAPTION, HEADING, TEXT, TABLE_ROW, NOTE }

        public BlockLine {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The 附則: 「附　則」 and its paragraphs (「この訓令は、令和８年４月１日から施行する。」, then any 経過措置). */
    public record Supplement(String heading, List<String> paragraphs) {
        public Supplement {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * How much changed: characters of the old and new text on lines that differ, of all their
     * characters; the operations written; and whether the share passed the threshold for a 全部改正.
     */
    public record Stats(int changedChars, int totalChars, int operations, double threshold) {
        public double changedShare() {
            return totalChars == 0 ? 0 : (double) changedChars / totalChars;
        }
    }
}
