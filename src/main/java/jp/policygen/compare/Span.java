package jp.policygen.compare;

/** A marked range {@code [start, end)} of one side's original text ({@link ClauseText#text()}). */
public record Span(int start, int end, Kind kind) {

    public enum Kind {
        /** Text that differs: underlined (傍線). */
        CHANGED,
        /** A parameter value that differs where the comparison ignores it (小諸市 / ○○市): not underlined. */
        PARAMETER,
        /** A clause's own number that changed between revisions (第５条 / 第６条): underlined, the text may be the same. */
        NUMBER
    }

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
