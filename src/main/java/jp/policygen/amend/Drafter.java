package jp.policygen.amend;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

import jp.policygen.printed.PrintedDocument;

/**
 * Drafts the instrument that amends one text into another: 「○○の一部を改正する訓令」 with its
 * 本則 (the operations of {@link Differ}, worded by {@link Composer}) and its 附則 (施行日, then
 * any 経過措置). Where more than the share the options allow has changed, or where the changes
 * cannot be cited part by part, it drafts 「○○の全部を改正する訓令」 instead, unless told to
 * stay partial. Holds no state between drafts.
 */
public final class Drafter {

    private final AmendOptions options;

    public Drafter(AmendOptions options) {
        this.options = options;
    }

    /** The amendment from {@code old} to {@code neu}. */
    public Amendment draft(PrintedDocument old, PrintedDocument neu) {
        Structure a = Structure.of(old);
        Structure b = Structure.of(neu);
        InstrumentFacts facts = InstrumentFacts.of(old.info(), neu.info(), options);
        boolean byId = old.numbered() && neu.numbered();
        return draft(a, b, facts, byId);
    }

    /** The amendment between two structures (for tests and for texts read otherwise). */
    public Amendment draft(Structure a, Structure b, InstrumentFacts facts, boolean byId) {
        Structure.Form form = a.form();
        int[] changed = changed(a, b);
        List<String> notes = new ArrayList<>(facts.notes());
        double share = changed[1] == 0 ? 0 : (double) changed[0] / changed[1];
        List<Amendment.Sentence> sentences = null;
        int operations = 0;
        boolean whole = !options.partial() && share > options.wholeOver();
        if (a.digits() != b.digits() && a.form() == Structure.Form.ARTICLE) {
            // every number is printed otherwise (第16条 → 第１６条): no renumbering can say so
            whole = true;
            notes.add("条項の番号の数字の書き方（全角・半角）が変わったため全部改正とした");
        } else if (whole) {
            notes.add(String.format(java.util.Locale.ROOT, "改正部分が%.0f%%（%.0f%%超）のため全部改正とした（--partial で一部改正）",
                    share * 100, options.wholeOver() * 100));
        } else {
            try {
                Differ differ = new Differ(form, a.digits(), byId);
                List<Phrase> phrases = differ.diff(a, b);
                operations = phrases.size();
                sentences = new Composer(options, form).compose(phrases);
            } catch (Differ.FullRevisionNeeded e) {
                whole = true;
                notes.add("一部改正では引用できない改正があるため全部改正とした：" + e.getMessage());
            }
        }
        String title;
        String opening;
        String oldTitle = a.title();
        String cited = oldTitle + "（" + InstrumentFacts.digits(facts.oldCitation()) + "）";
        if (whole) {
            title = oldTitle + "の全部を改正する" + facts.kind();
            opening = cited + "の全部を次のように改正する。";
            List<Amendment.BlockLine> block = new ArrayList<>();
            block.add(new Amendment.BlockLine(0, b.title(), Amendment.BlockLine.Kind.HEADING));
            block.addAll(BlockText.lines(b.provisions()));
            sentences = List.of(new Amendment.Sentence("", block));
        } else {
            title = oldTitle + "の一部を改正する" + facts.kind();
            opening = cited + "の一部を次のように改正する。";
        }
        List<String> supplement = new ArrayList<>();
        String enforcement = "この" + facts.kind() + "は、" + facts.from() + "施行する。";
        if (options.transitional().isEmpty()) {
            supplement.add(enforcement);
        } else {
            int n = 1;
            supplement.add(Structure.Digits.MIXED.of(n++) + BlockText.GAP + enforcement);
            for (String t : options.transitional()) {
                supplement.add(Structure.Digits.MIXED.of(n++) + BlockText.GAP + t.strip());
            }
        }
        return new Amendment(title, facts.dateLine(), opening, sentences,
                new Amendment.Supplement("附\u3000則", supplement), whole,
                new Amendment.Stats(changed[0], changed[1], operations, options.wholeOver()), notes);
    }

    /**
     * Characters on lines that differ (deleted or added) and all characters of both texts, lines
     * compared whole: the share of the text an amendment has to touch.
     */
    static int[] changed(Structure a, Structure b) {
        String[] x = text(a).split("\n");
        String[] y = text(b).split("\n");
        java.util.Map<String, Character> symbols = new java.util.HashMap<>();
        List<String> lines = new ArrayList<>();
        String sx = symbols(x, symbols, lines);
        String sy = symbols(y, symbols, lines);
        LinkedList<DiffMatchPatch.Diff> diffs = new DiffMatchPatch().diffMain(sx, sy, false);
        int changed = 0;
        for (DiffMatchPatch.Diff d : diffs) {
            if (d.operation != DiffMatchPatch.Operation.EQUAL) {
                for (char c : d.text.toCharArray()) {
                    changed += lines.get(c - 0x100).length();
                }
            }
        }
        int total = 0;
        for (String l : x) {
            total += l.length();
        }
        for (String l : y) {
            total += l.length();
        }
        return new int[] {changed, total};
    }

    private static String symbols(String[] lines, java.util.Map<String, Character> symbols, List<String> byIndex) {
        StringBuilder out = new StringBuilder(lines.length);
        for (String l : lines) {
            Character c = symbols.get(l);
            if (c == null) {
                c = (char) (0x100 + byIndex.size());
                symbols.put(l, c);
                byIndex.add(l);
            }
            out.append(c.charValue());
        }
        return out.toString();
    }

    private static String text(Structure s) {
        StringBuilder out = new StringBuilder();
        for (Provision p : s.provisions()) {
            out.append(p.fullText());
        }
        return out.toString();
    }
}
