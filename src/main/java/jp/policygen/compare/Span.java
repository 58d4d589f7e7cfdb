package jp.policygen.compare;

/** A marked range {@code [start, end)} of one side's original text ({@link ClauseText#text()}). */
public record Span(int start, int end, Kind kind) {

    public enum Kind {
        /** Text that differs: underlined (傍線). */
        CHANGED,
        /** A parameter value that differs where the comparison ignores it (小諸市 / ○○市): not underlined. */
        PARAMETER
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
