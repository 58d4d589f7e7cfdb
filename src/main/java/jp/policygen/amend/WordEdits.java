package jp.policygen.amend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;

/**
 * The changes between the old and the new wording of one line, as the edits an amendment writes
 * (「「A」を「B」に改め」「「A」を削り」「「A」の下に「B」を加え」), each quotation chosen by the rules
 * drafters follow:
 * <ul>
 * <li>it is made of whole units of meaning ({@link Units}): no word, compound, number with its
 *     counter or era with its year is cut, and it holds at least one of them (never 「。」 or a
 *     particle alone);</li>
 * <li>it does not start with a particle: 「に定める」 is quoted with the word the particle follows
 *     (「第８条に定める」), as the particle belongs to it;</li>
 * <li>it is the shortest such quotation found exactly once in the provision cited (the scope),
 *     as the text stands when the edit is applied: edits apply one after the other, in the order
 *     of the text;</li>
 * <li>its brackets 「」 are balanced, so the quotation reads unambiguously.</li>
 * </ul>
 * A pure insertion is written 「の下に…を加える」 where its anchor and the inserted words are units
 * of meaning, a pure deletion 「を削る」 where the deleted words are; otherwise both become a
 * replacement of the smallest context that is.
 */
final class WordEdits {

    /** Two changes separated by no more than this many units of particles and marks are one phrase. */
    private static final int GLUE_UNITS = 2;
    /** … or by one unit of at most this many characters. */
    private static final int GLUE_CHARS = 2;

    private final Units units = new Units();
    private final DiffMatchPatch dmp = new DiffMatchPatch();

    WordEdits() {
        dmp.diffTimeout = 2.0f;
    }

    /** A change: units {@code [oa, ob)} of the old line became units {@code [na, nb)} of the new one. */
    private record Change(int oa, int ob, int na, int nb) {
    }

    /**
     * The edits that turn line {@code index} of {@code scope} into {@code newLine}, quoted so each
     * is unique in the scope as it stands when applied; the scope's line is updated. Null when no
     * quotation can be made unique (the same sentence twice in the provision): cite a smaller
     * provision, or rewrite it whole.
     */
    List<Edit> edits(List<String> scope, int index, String newLine) {
        String old = scope.get(index);
        if (old.equals(newLine)) {
            return List.of();
        }
        List<Units.Unit> ou = units.of(old);
        List<Units.Unit> nu = units.of(newLine);
        List<Change> changes = glue(changes(old, ou, newLine, nu), ou);
        List<Edit> out = new ArrayList<>();
        List<String> work = new ArrayList<>(scope);
        List<String> lineBefore = new ArrayList<>(); // the line before each edit of out, to take it back
        List<int[]> ends = new ArrayList<>(); // where each edit of out left the old and new units
        int k = 0;
        int prevOld = 0; // units of the old line before this are already the new line's
        int prevNew = 0;
        while (k < changes.size()) {
            Change c = changes.get(k);
            int nextOld = k + 1 < changes.size() ? changes.get(k + 1).oa() : ou.size();
            Candidate best = best(work, index, old, ou, newLine, nu, prevOld, prevNew, c, nextOld);
            if (best == null) {
                if (k + 1 < changes.size()) {
                    // join with the next change and try again
                    Change n = changes.get(k + 1);
                    changes.set(k, new Change(c.oa(), n.ob(), c.na(), n.nb()));
                    changes.remove(k + 1);
                    continue;
                }
                if (k > 0) {
                    // the edit before took the words this one needs as context (「及び1.8」, then nothing
                    // but 「に定める」 is left to place 「及び1.9」 by): take it back and join the two
                    Change p = changes.get(k - 1);
                    changes.set(k - 1, new Change(p.oa(), c.ob(), p.na(), c.nb()));
                    changes.remove(k);
                    k--;
                    out.remove(k);
                    work.set(index, lineBefore.remove(k));
                    prevOld = k == 0 ? 0 : ends.get(k - 1)[0];
                    prevNew = k == 0 ? 0 : ends.get(k - 1)[1];
                    ends.remove(k);
                    continue;
                }
                if (prevOld > 0 || c.oa() > 0 || c.ob() < ou.size()) {
                    // the whole line as one change, from the start
                    work = new ArrayList<>(scope);
                    out.clear();
                    lineBefore.clear();
                    ends.clear();
                    changes = new ArrayList<>(List.of(new Change(0, ou.size(), 0, nu.size())));
                    k = 0;
                    prevOld = 0;
                    prevNew = 0;
                    continue;
                }
                return null;
            }
            out.add(best.edit());
            lineBefore.add(work.get(index));
            work.set(index, best.line());
            prevOld = best.oldEnd();
            prevNew = best.newEnd();
            ends.add(new int[] {prevOld, prevNew});
            k++;
        }
        if (!work.get(index).equals(newLine)) {
            throw new IllegalStateException("edits do not give the new line: " + work.get(index) + " / " + newLine);
        }
        scope.set(index, newLine);
        return out;
    }

    /** An edit, the line once it is applied, and where in the old and new units the line is now the new one. */
    private record Candidate(Edit edit, String line, int oldEnd, int newEnd, int length) {
    }

    /**
     * The best edit for a change: the fewest units of context (then the fewest characters) that
     * make a valid, unique quotation; an insertion or a deletion written as such where it can be.
     */
    private Candidate best(List<String> work, int index, String old, List<Units.Unit> ou, String neu, List<Units.Unit> nu,
                           int prevOld, int prevNew, Change c, int nextOld) {
        // the current line: new words up to this change's context, old words from there
        int left = c.oa() - prevOld;       // equal units on the left, shared by both lines
        int right = nextOld - c.ob();      // equal units on the right
        String done = neu.substring(0, start(nu, prevNew, neu.length()));
        String rest = old.substring(start(ou, prevOld, old.length()));
        String line = done + rest;
        int shift = done.length() - start(ou, prevOld, old.length()); // old offset → current offset
        boolean insertion = c.oa() == c.ob();
        boolean deletion = c.na() == c.nb();

        if (insertion && c.nb() > c.na()) {
            String added = neu.substring(nu.get(c.na()).start(), nu.get(c.nb() - 1).end());
            if (valid(added, nu, c.na(), c.nb())) {
                // 「A」の下に「B」を加える: the shortest anchor before the insertion point
                for (int l = 1; l <= left; l++) {
                    int from = ou.get(c.oa() - l).start();
                    int to = ou.get(c.oa() - 1).end();
                    String anchor = old.substring(from, to);
                    if (valid(anchor, ou, c.oa() - l, c.oa()) && unique(work, index, line, anchor)) {
                        int at = to + shift;
                        String applied = line.substring(0, at) + added + line.substring(at);
                        return new Candidate(new Edit.Insert(anchor, added, true), applied, c.ob(), c.nb(), anchor.length());
                    }
                }
                // 「A」の上に「B」を加える: the shortest anchor after it
                for (int r = 1; r <= right; r++) {
                    int from = ou.get(c.ob()).start();
                    int to = ou.get(c.ob() + r - 1).end();
                    String anchor = old.substring(from, to);
                    if (valid(anchor, ou, c.ob(), c.ob() + r) && unique(work, index, line, anchor)) {
                        int at = from + shift;
                        String applied = line.substring(0, at) + added + line.substring(at);
                        return new Candidate(new Edit.Insert(anchor, added, false), applied, c.ob(), c.nb(), anchor.length());
                    }
                }
            }
        }
        if (deletion && c.ob() > c.oa()) {
            int from = ou.get(c.oa()).start();
            int to = ou.get(c.ob() - 1).end();
            String removed = old.substring(from, to);
            if (valid(removed, ou, c.oa(), c.ob()) && unique(work, index, line, removed)) {
                String applied = line.substring(0, from + shift) + line.substring(to + shift);
                return new Candidate(new Edit.Delete(removed), applied, c.ob(), c.nb(), removed.length());
            }
        }
        // 「A」を「B」に改める, with as little context as makes it valid and unique
        for (int k = 0; k <= left + right; k++) {
            Candidate found = null;
            for (int l = Math.max(0, k - right); l <= Math.min(k, left); l++) {
                int r = k - l;
                int oa = c.oa() - l;
                int ob = c.ob() + r;
                int na = c.na() - l;
                int nb = c.nb() + r;
                if (oa == ob) {
                    continue;
                }
                int from = ou.get(oa).start();
                int to = ou.get(ob - 1).end();
                String a = old.substring(from, to);
                String b = na == nb ? "" : neu.substring(nu.get(na).start(), nu.get(nb - 1).end());
                if (!valid(a, ou, oa, ob) || !b.isEmpty() && !valid(b, nu, na, nb)) {
                    continue;
                }
                if (found != null && a.length() + b.length() >= found.length()) {
                    continue;
                }
                if (!unique(work, index, line, a)) {
                    continue;
                }
                String applied = line.substring(0, from + shift) + b + line.substring(to + shift);
                Edit e = b.isEmpty() ? new Edit.Delete(a) : new Edit.Replace(a, b);
                found = new Candidate(e, applied, ob, nb, a.length() + b.length());
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static int start(List<Units.Unit> u, int index, int length) {
        return index < u.size() ? u.get(index).start() : length;
    }

    /**
     * Whether units {@code [a, b)} make a quotation: something meaningful in it, not a particle first,
     * brackets balanced, no space at its ends.
     */
    private static boolean valid(String quote, List<Units.Unit> u, int a, int b) {
        if (quote.isEmpty() || u.get(a).type() == Units.Type.PARTICLE) {
            return false;
        }
        boolean meaningful = false;
        for (int i = a; i < b; i++) {
            meaningful |= u.get(i).meaningful();
        }
        if (!meaningful) {
            return false;
        }
        if (Character.isWhitespace(quote.charAt(0)) || quote.charAt(0) == '\u3000'
                || Character.isWhitespace(quote.charAt(quote.length() - 1)) || quote.charAt(quote.length() - 1) == '\u3000') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < quote.length(); i++) {
            char ch = quote.charAt(i);
            if (ch == '「') {
                depth++;
            } else if (ch == '」' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Whether {@code quote} occurs exactly once in the scope, line {@code index} read as {@code line}. */
    static boolean unique(List<String> scope, int index, String line, String quote) {
        int count = 0;
        for (int i = 0; i < scope.size(); i++) {
            String s = i == index ? line : scope.get(i);
            int at = s.indexOf(quote);
            while (at >= 0) {
                if (++count > 1) {
                    return false;
                }
                at = s.indexOf(quote, at + 1);
            }
        }
        return count == 1;
    }

    /** The changed runs of units, from a diff of the units as symbols. */
    private List<Change> changes(String old, List<Units.Unit> ou, String neu, List<Units.Unit> nu) {
        Map<String, Character> symbols = new HashMap<>();
        String a = symbols(old, ou, symbols);
        String b = symbols(neu, nu, symbols);
        LinkedList<Diff> diffs = dmp.diffMain(a, b, false);
        List<Change> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        Change open = null;
        for (Diff d : diffs) {
            int n = d.text.length();
            switch (d.operation) {
                case EQUAL -> {
                    if (open != null) {
                        out.add(open);
                        open = null;
                    }
                    i += n;
                    j += n;
                }
                case DELETE -> {
                    open = open == null ? new Change(i, i + n, j, j) : new Change(open.oa(), i + n, open.na(), open.nb());
                    i += n;
                }
                case INSERT -> {
                    open = open == null ? new Change(i, i, j, j + n) : new Change(open.oa(), open.ob(), open.na(), j + n);
                    j += n;
                }
            }
        }
        if (open != null) {
            out.add(open);
        }
        return out;
    }

    private static String symbols(String text, List<Units.Unit> units, Map<String, Character> symbols) {
        StringBuilder out = new StringBuilder(units.size());
        for (Units.Unit u : units) {
            String w = text.substring(u.start(), u.end());
            Character s = symbols.get(w);
            if (s == null) {
                s = (char) (0x100 + symbols.size());
                symbols.put(w, s);
            }
            out.append(s.charValue());
        }
        return out.toString();
    }

    /** Changes separated only by a particle or a mark (or a very short word) are one phrase: 「A及びB」 for 「A」「B」. */
    private static List<Change> glue(List<Change> changes, List<Units.Unit> ou) {
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            Change last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && glues(ou, last.ob(), c.oa())) {
                out.set(out.size() - 1, new Change(last.oa(), c.ob(), last.na(), c.nb()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean glues(List<Units.Unit> ou, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return true;
        }
        if (n == 1) {
            Units.Unit u = ou.get(from);
            return !u.meaningful() || u.end() - u.start() <= GLUE_CHARS;
        }
        if (n > GLUE_UNITS) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (ou.get(i).meaningful()) {
                return false;
            }
        }
        return true;
    }
}
