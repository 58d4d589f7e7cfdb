package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.compare.Words;

/**
 * Counts the quotations of 改め文 whose ends a reader would not draw there, read in the line each
 * stands in (the old words in the line before the change, the new words in the line after it):
 * <ul>
 * <li>one that starts with a particle (「をもって」「に定める」): the particle belongs to the word
 *     before it;</li>
 * <li>one that starts or ends inside a word of Kuromoji ({@link Words#split}: affixes joined to
 *     their word), 「情報資」 of 「情報資産」.</li>
 * </ul>
 * The analyser reads the line, not the quotation alone, so a word is what it is in its sentence.
 */
final class QuotationCensus implements Applier.Quotations {

    private static final int EXAMPLES = 5;

    private final Words words = new Words();
    private int quotations;
    private int particle;
    private int split;
    private final List<String> examples = new ArrayList<>();

    @Override
    public void quoted(String line, int start, String quote) {
        int end = start + quote.length();
        quotations++;
        List<Words.Token> tokens = words.tokens(line, 0, line.length());
        boolean startsWithParticle = false;
        for (Words.Token t : tokens) {
            if (t.start() == start) {
                startsWithParticle = t.partOfSpeech().startsWith("助詞");
                break;
            }
        }
        boolean splits = false;
        for (Words.Word w : words.split(line, 0, line.length())) {
            // a prefix the analyser joined to the mark after it (「自、」 of a cut word) is no word
            boolean word = line.substring(w.start(), w.end()).codePoints().noneMatch(c -> "、。，．「」（）　".indexOf(c) >= 0);
            if (word && (w.start() < start && start < w.end() || w.start() < end && end < w.end())) {
                splits = true;
                break;
            }
        }
        if (startsWithParticle) {
            particle++;
        }
        if (splits) {
            split++;
        }
        if ((startsWithParticle || splits) && examples.size() < EXAMPLES) {
            examples.add((startsWithParticle ? "particle " : "") + (splits ? "split " : "") + "「" + quote + "」 in "
                    + line.substring(Math.max(0, start - 12), Math.min(line.length(), end + 12)));
        }
    }

    int quotations() {
        return quotations;
    }

    int startingWithAParticle() {
        return particle;
    }

    int splittingAWord() {
        return split;
    }

    @Override
    public String toString() {
        return quotations + " quotations, " + particle + " start with a particle, " + split + " split a word"
                + (examples.isEmpty() ? "" : ":\n  " + String.join("\n  ", examples));
    }
}
