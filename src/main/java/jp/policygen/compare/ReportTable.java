package jp.policygen.compare;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.model.Section;
import jp.policygen.printed.PrintedClause;

/**
 * The table every report prints, decided once so the five formats say the same: one entry per
 * printed row, its status in words (and as a 備考), and each side's cell as lines of marked
 * pieces. With elision, a run of unchanged clauses (their sub-clauses with them) is one row
 * 「第１条～第３条　（略）」, and in a row that changed, unchanged 項 and 号 are 「(１)～(４)　（略）」,
 * labels as each side prints them. A clause whose number alone changed keeps its number,
 * underlined, beside the 「（略）」.
 */
final class ReportTable {

    private ReportTable() {
    }

    static final String ELIDED = "（略）";
    private static final String GAP = "\u3000";

    /** A printed line of a cell: {@code hanging} for a labelled line whose next lines stand under its text. */
    record Line(int indent, boolean heading, boolean hanging, boolean elision, List<Reports.Piece> pieces) {
        String text() {
            StringBuilder s = new StringBuilder();
            pieces.forEach(p -> s.append(p.text()));
            return s.toString();
        }
    }

    /** One side of an entry: its lines, or (when the side has no clause) a marker such as （新設）, or neither. */
    record Cell(String marker, List<Line> lines) {
        boolean empty() {
            return marker == null && lines.isEmpty();
        }
    }

    /**
     * A row as printed: the comparison rows it stands for (several for a collapsed run), its
     * status, the words of the status and of the 備考, the two cells, and whether it is a run
     * elided as a whole.
     */
    record Entry(List<Comparison.Row> rows, ClauseStatus status, String statusText, String remark, Cell target, Cell base,
                 boolean collapsed) {
        Comparison.Row first() {
            return rows.get(0);
        }

        Cell cell(boolean targetSide) {
            return targetSide ? target : base;
        }

        /** The words of the narrow column: the 備考 where the house style has one, else the status. */
        String note(ReportOptions o) {
            return o.remarks() ? remark : statusText;
        }
    }

    /** The title: 新旧対照表 between revisions, 対照表 for a body against the model (no amendment there). */
    static String title(Comparison c) {
        return c.revisions() ? "新旧対照表" : "対照表";
    }

    /** The heading of the narrow column. */
    static String noteHeading(ReportOptions o) {
        return o.remarks() ? "備考" : "区分";
    }

    static List<Entry> of(Comparison c, ReportOptions o) {
        List<Comparison.Row> rows = c.rows();
        int n = rows.size();
        int[] depth = new int[n];
        Map<Section, PrintedClause> printed = printed(c.target());
        printed.putAll(printed(c.base()));
        for (int i = 0; i < n; i++) {
            Comparison.Row r = rows.get(i);
            Section s = !r.target().isEmpty() ? r.target().get(0) : r.base().get(0);
            PrintedClause p = printed.get(s);
            depth[i] = p == null ? 1 : p.depth();
        }
        List<Entry> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Comparison.Row r = rows.get(i);
            if (!o.elide() || !elidable(r)) {
                out.add(full(c, o, r));
                i++;
                continue;
            }
            if (!subtreeElidable(rows, depth, i)) {
                out.add(collapsed(c, o, List.of(r), List.of(r)));
                i++;
                continue;
            }
            List<Comparison.Row> top = new ArrayList<>(List.of(r));
            int j = subtreeEnd(depth, i);
            while (j < n && depth[j] == depth[i] && elidable(rows.get(j))
                    && (rows.get(j).status() == ClauseStatus.RENUMBERED) == (r.status() == ClauseStatus.RENUMBERED)
                    && subtreeElidable(rows, depth, j)) {
                top.add(rows.get(j));
                j = subtreeEnd(depth, j);
            }
            out.add(collapsed(c, o, rows.subList(i, j), top));
            i = j;
        }
        return out;
    }

    /** Every section of a side with its printed clause (the same order, so by position). */
    private static Map<Section, PrintedClause> printed(Side side) {
        Map<Section, PrintedClause> out = new IdentityHashMap<>();
        List<Section> sections = side.document().allSections();
        List<PrintedClause> clauses = side.clauses();
        for (int i = 0; i < sections.size() && i < clauses.size(); i++) {
            out.put(sections.get(i), clauses.get(i));
        }
        return out;
    }

    /** A row with nothing to show but its place: the same text on both sides, perhaps under other numbers. */
    static boolean elidable(Comparison.Row row) {
        return !row.changed() && !row.target().isEmpty() && !row.base().isEmpty()
                && (row.status() == ClauseStatus.IDENTICAL || row.status() == ClauseStatus.PARAMETERS_ONLY
                || row.status() == ClauseStatus.RENUMBERED);
    }

    private static int subtreeEnd(int[] depth, int i) {
        int j = i + 1;
        while (j < depth.length && depth[j] > depth[i]) {
            j++;
        }
        return j;
    }

    private static boolean subtreeElidable(List<Comparison.Row> rows, int[] depth, int i) {
        for (int k = i; k < subtreeEnd(depth, i); k++) {
            if (!elidable(rows.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Entry full(Comparison c, ReportOptions o, Comparison.Row r) {
        boolean elide = o.elide() && !r.target().isEmpty() && !r.base().isEmpty();
        Cell t = r.target().isEmpty() ? missing(c, o, true)
                : new Cell(null, lines(r.targetText(), r.targetSpans(), elide ? contents(r.baseText()) : null));
        Cell b = r.base().isEmpty() ? missing(c, o, false)
                : new Cell(null, lines(r.baseText(), r.baseSpans(), elide ? contents(r.targetText()) : null));
        return new Entry(List.of(r), r.status(), statusText(c, r.status(), r.changed()), remark(c, r.status()), t, b, false);
    }

    /** Rows elided as a whole: each side 「first～last　（略）」 by the numbers of the top rows. */
    private static Entry collapsed(Comparison c, ReportOptions o, List<Comparison.Row> rows, List<Comparison.Row> top) {
        ClauseStatus status = top.get(0).status();
        String words = statusText(c, status, false);
        for (Comparison.Row r : top) {
            if (r.status() != status) {
                // 同一 and パラメータのみ相違 side by side
                words = ClauseStatus.IDENTICAL.label(c.revisions()) + "・" + ClauseStatus.PARAMETERS_ONLY.label(c.revisions());
                break;
            }
        }
        Comparison.Row first = top.get(0);
        Comparison.Row last = top.get(top.size() - 1);
        Cell t = new Cell(null, List.of(run(first.targetText(), first.targetSpans(), last.targetText(), last.targetSpans(), top.size() > 1)));
        Cell b = new Cell(null, List.of(run(first.baseText(), first.baseSpans(), last.baseText(), last.baseSpans(), top.size() > 1)));
        return new Entry(List.copyOf(rows), status, words, remark(c, status), t, b, true);
    }

    private static Line run(ClauseText first, List<Span> firstSpans, ClauseText last, List<Span> lastSpans, boolean range) {
        List<Reports.Piece> pieces = new ArrayList<>(number(first, firstSpans));
        if (range) {
            pieces.add(new Reports.Piece("～", null));
            pieces.addAll(number(last, lastSpans));
        }
        pieces.add(new Reports.Piece(pieces.isEmpty() ? ELIDED : GAP + ELIDED, null));
        return new Line(0, false, false, true, pieces);
    }

    /** A clause's number as its heading prints it (marked where it changed), or its heading when it has none. */
    private static List<Reports.Piece> number(ClauseText text, List<Span> spans) {
        if (text.lines().isEmpty()) {
            return List.of();
        }
        ClauseText.Line h = text.lines().get(0);
        return h.labelled() ? Reports.pieces(text, h.start(), h.labelEnd(), spans)
                : Reports.pieces(text, h.start(), h.end(), List.of());
    }

    /** The column of a side the clause is missing from: (新設)/(削る) between revisions, when the style marks them. */
    private static Cell missing(Comparison c, ReportOptions o, boolean targetSide) {
        if (!o.markers()) {
            return new Cell(null, List.of());
        }
        if (!c.revisions()) {
            // a body against the model: nothing was deleted or enacted, the clause is just not there
            return new Cell("（なし）", List.of());
        }
        return new Cell(targetSide ? "（削る）" : "（新設）", List.of());
    }

    static String statusText(Comparison c, ClauseStatus status, boolean changed) {
        String words = status.label(c.revisions());
        if (status == ClauseStatus.MOVED && changed) {
            words += "・" + ClauseStatus.LOCALLY_WORDED.label(c.revisions());
        }
        return words;
    }

    /** The 備考 of a house style that has one: (追加)/(変更)/(削除), and (移動)/(番号変更); nothing for the same text. */
    static String remark(Comparison c, ClauseStatus status) {
        if (!c.revisions()) {
            return status == ClauseStatus.IDENTICAL ? "" : "（" + status.label(false) + "）";
        }
        return switch (status) {
            case LOCAL_ADDITION -> "（追加）";
            case MISSING_LOCALLY -> "（削除）";
            case LOCALLY_WORDED, PARAMETERS_ONLY -> "（変更）";
            case MOVED -> "（移動）";
            case RENUMBERED -> "（番号変更）";
            case IDENTICAL -> "";
        };
    }

    /** The words of each line of a side, its label left out. */
    private static java.util.Set<String> contents(ClauseText text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (ClauseText.Line l : text.lines()) {
            out.add(content(text, l));
        }
        return out;
    }

    private static String content(ClauseText text, ClauseText.Line l) {
        return text.text().substring(l.labelEnd(), l.end()).strip();
    }

    /**
     * The lines of one side; with the words of the other side's lines ({@code other}; null: no
     * elision), unchanged 項 and 号 (with what stands under them) run together into
     * 「(１)～(４)　（略）」 and an unchanged paragraph into 「（略）」. A line is unchanged when nothing
     * in it is marked and the other side has a line of the same words (words inserted on the
     * other side mark nothing here). Headings stay, and so does the line the clause's number
     * opens, as 「第５条　（略）」.
     */
    static List<Line> lines(ClauseText text, List<Span> spans, java.util.Set<String> other) {
        List<ClauseText.Line> ls = text.lines();
        List<Line> out = new ArrayList<>();
        int n = ls.size();
        int i = 0;
        java.util.function.Predicate<ClauseText.Line> changed = l -> changed(l, spans)
                || other != null && !other.contains(content(text, l));
        while (i < n) {
            ClauseText.Line l = ls.get(i);
            boolean heading = l.kind() == ClauseText.LineKind.HEADING;
            if (heading && l.labelled() && i + 1 < n && opensClause(text, ls.get(i + 1))) {
                // the number opens the text too (an article, a 号): print it once, there
                String title = content(text, l);
                if (!title.isEmpty() && !content(text, ls.get(i + 1)).startsWith(title)) {
                    out.add(new Line(l.indent(), true, false, false, Reports.pieces(text, l.labelEnd(), l.end(), spans)));
                }
                i++;
                continue;
            }
            if (other == null || heading || changed.test(l)) {
                out.add(new Line(l.indent(), heading, !heading && l.labelled(),
                        false, Reports.pieces(text, l.start(), l.end(), spans)));
                i++;
                continue;
            }
            int end = under(ls, i);
            if (!unchanged(ls, i, end, changed)) {
                out.add(elision(text, spans, l, null));
                i++;
                continue;
            }
            ClauseText.Line last = null;
            int j = end;
            if (!opensClause(text, l)) {
                while (j < n && ls.get(j).kind() == ClauseText.LineKind.TEXT && ls.get(j).indent() == l.indent()
                        && ls.get(j).labelled() == l.labelled() && !opensClause(text, ls.get(j))
                        && unchanged(ls, j, under(ls, j), changed)) {
                    last = ls.get(j);
                    j = under(ls, j);
                }
            }
            out.add(elision(text, spans, l, last));
            i = j;
        }
        return out;
    }

    /** 「(１)～(４)　（略）」 (or 「（略）」 for lines without labels) at the first line's indent. */
    private static Line elision(ClauseText text, List<Span> spans, ClauseText.Line first, ClauseText.Line last) {
        List<Reports.Piece> pieces = new ArrayList<>();
        if (first.labelled()) {
            pieces.addAll(Reports.pieces(text, first.start(), first.labelEnd(), spans));
            if (last != null && last.labelled()) {
                pieces.add(new Reports.Piece("～", null));
                pieces.addAll(Reports.pieces(text, last.start(), last.labelEnd(), spans));
            }
            pieces.add(new Reports.Piece(GAP + ELIDED, null));
        } else {
            pieces.add(new Reports.Piece(ELIDED, null));
        }
        return new Line(first.indent(), false, false, true, pieces);
    }

    /** The first line after line {@code i} and the lines standing under it. */
    private static int under(List<ClauseText.Line> ls, int i) {
        int j = i + 1;
        while (j < ls.size() && ls.get(j).kind() == ClauseText.LineKind.TEXT && ls.get(j).indent() > ls.get(i).indent()) {
            j++;
        }
        return j;
    }

    private static boolean unchanged(List<ClauseText.Line> ls, int from, int to, java.util.function.Predicate<ClauseText.Line> changed) {
        for (int k = from; k < to; k++) {
            if (changed.test(ls.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line's text (not just its number) is marked as changed. */
    private static boolean changed(ClauseText.Line l, List<Span> spans) {
        for (Span s : spans) {
            if (s.kind() == Span.Kind.CHANGED && s.start() < l.end() && s.end() > l.start()) {
                return true;
            }
        }
        return false;
    }

    /** The line the clause's own number opens (第５条　…): it stands alone, never in a run of 項. */
    private static boolean opensClause(ClauseText text, ClauseText.Line l) {
        return text.numbers().stream().anyMatch(r -> r.start() == l.start());
    }
}
