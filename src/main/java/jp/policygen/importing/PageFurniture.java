package jp.policygen.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines of a text extracted from a printed document that belong to the page, not to the
 * text: page numbers (「―２―」「- 3 -」「4 / 20」「5ページ」), running headers and footers repeated at
 * every page break (the body's name and the title, a 非公開 mark), and the blank lines of a page
 * break that falls inside a sentence. Read as text they would break the sentence they interrupt,
 * number nothing and be reported as a dozen slips; they are set aside, their lines kept so that
 * every finding still points at the line it was on.
 */
final class PageFurniture {

    private static final char FORM_FEED = '\f';

    /** A page number with its decoration: 「―２―」「- 3 -」「P.4」「5ページ」「6頁」「7 / 20」 (a bare 「8」 only next to a page break). */
    private static final Pattern DECORATED_NUMBER = Pattern.compile(
            "^(?:[-－―—‐‒–~〜～]+[0-9０-９]{1,4}[-－―—‐‒–~〜～]+|[pP][.．]?[0-9０-９]{1,4}|[0-9０-９]{1,4}(?:ページ|頁)"
                    + "|[0-9０-９]{1,4}[/／][0-9０-９]{1,4})$");

    private static final Pattern BARE_NUMBER = Pattern.compile("^[0-9０-９]{1,4}$");

    /** Sentence ends, closing brackets and a colon: a line ending so ends its paragraph. */
    private static final String ENDS = "。．.」』）)：:";

    /** How near a page break (in lines with text) a running header or footer stands. */
    private static final int EDGE = 3;

    private PageFurniture() {
    }

    /**
     * Which lines (0-based) to set aside: page furniture, and the blank lines around it where the
     * page broke a paragraph (so that the paragraph reads on). {@code lines} may hold form feeds.
     */
    static boolean[] find(String[] lines) {
        boolean[] furniture = new boolean[lines.length];
        List<Integer> breaks = new ArrayList<>(); // the first line of each page after the first
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf(FORM_FEED) >= 0) {
                breaks.add(i);
            }
        }
        for (int i = 0; i < lines.length; i++) {
            String t = bare(lines[i]);
            if (DECORATED_NUMBER.matcher(t).matches()
                    || BARE_NUMBER.matcher(t).matches() && nearBreak(lines, breaks, i)) {
                furniture[i] = true;
            }
        }
        runningLines(lines, breaks, furniture);
        joinAcrossBreaks(lines, furniture);
        return furniture;
    }

    /** The line without spaces of any width and form feeds. */
    private static String bare(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\u3000' && c != '\t' && c != FORM_FEED) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a line stands among the lines with text next to a page break (or the text's end). */
    private static boolean nearBreak(String[] lines, List<Integer> breaks, int at) {
        if (breaks.isEmpty()) {
            return false;
        }
        for (int b : breaks) {
            if (withinLines(lines, at, b) || withinLines(lines, b, at)) {
                return true;
            }
        }
        return withinLines(lines, at, lines.length);
    }

    /** Whether at most {@link #EDGE} lines with text stand from {@code from} up to {@code to}. */
    private static boolean withinLines(String[] lines, int from, int to) {
        if (from > to) {
            return false;
        }
        int text = 0;
        for (int i = from; i < to && i < lines.length; i++) {
            if (!bare(lines[i]).isEmpty() && ++text > EDGE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Running headers and footers: the same line (digits aside, so 「３頁」 and 「４頁」 are one)
     * among the first or last lines of at least three pages, or of every page of a shorter text.
     */
    private static void runningLines(String[] lines, List<Integer> breaks, boolean[] furniture) {
        if (breaks.size() < 2) {
            return;
        }
        List<int[]> pages = new ArrayList<>(); // [first, end)
        int start = 0;
        for (int b : breaks) {
            pages.add(new int[] {start, b});
            start = b;
        }
        pages.add(new int[] {start, lines.length});
        Map<String, List<Integer>> seen = new HashMap<>(); // the lines of a key
        Map<String, Set<Integer>> onPages = new HashMap<>(); // the pages it is on (twice on a page counts once)
        for (int p = 0; p < pages.size(); p++) {
            for (int i : edges(lines, pages.get(p)[0], pages.get(p)[1], furniture)) {
                String key = bare(lines[i]).replaceAll("[0-9０-９]+", "#");
                seen.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                onPages.computeIfAbsent(key, k -> new HashSet<>()).add(p);
            }
        }
        int needed = Math.min(3, pages.size());
        seen.forEach((key, at) -> {
            if (onPages.get(key).size() >= needed) {
                at.forEach(i -> furniture[i] = true);
            }
        });
    }

    /** The first and last {@link #EDGE} lines with text of a page, page numbers aside. */
    private static List<Integer> edges(String[] lines, int from, int to, boolean[] furniture) {
        List<Integer> out = new ArrayList<>();
        int n = 0;
        for (int i = from; i < to && n < EDGE; i++) {
            if (!bare(lines[i]).isEmpty() && !furniture[i]) {
                out.add(i);
                n++;
            }
        }
        n = 0;
        for (int i = to - 1; i >= from && n < EDGE; i--) {
            if (!bare(lines[i]).isEmpty() && !furniture[i]) {
                if (!out.contains(i)) {
                    out.add(i);
                }
                n++;
            }
        }
        return out;
    }

    /**
     * Where furniture stands between a line that does not end its paragraph and the line that
     * goes on with it, the blank lines between them are set aside too: the page broke a sentence.
     */
    private static void joinAcrossBreaks(String[] lines, boolean[] furniture) {
        for (int i = 0; i < lines.length; i++) {
            if (!furniture[i]) {
                continue;
            }
            int first = i;
            int last = i;
            while (first > 0 && (furniture[first - 1] || bare(lines[first - 1]).isEmpty())) {
                first--;
            }
            while (last + 1 < lines.length && (furniture[last + 1] || bare(lines[last + 1]).isEmpty())) {
                last++;
            }
            if (first > 0 && last + 1 < lines.length) {
                String before = bare(lines[first - 1]);
                if (!before.isEmpty() && ENDS.indexOf(before.charAt(before.length() - 1)) < 0) {
                    for (int k = first; k <= last; k++) {
                        furniture[k] = true;
                    }
                }
            }
            i = last;
        }
    }
}
