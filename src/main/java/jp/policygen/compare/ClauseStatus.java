package jp.policygen.compare;

/** What a comparison says about one aligned row, from the target (local or new) side's view. */
public enum ClauseStatus {
    /** The same text (after the normalisation asked for). */
    IDENTICAL("identical", "同一"),
    /** Differs only through the body's parameters: substituted values, or template options. */
    PARAMETERS_ONLY("parameters-only", "パラメータのみ相違"),
    /** The body's own wording: a replaced clause, or a real difference of text. */
    LOCALLY_WORDED("locally-worded", "独自の文言"),
    /** A clause the base has no counterpart for. */
    LOCAL_ADDITION("local-addition", "独自の追加"),
    /** A base clause the target has no counterpart for. */
    MISSING_LOCALLY("missing-locally", "該当なし");

    private final String key;
    private final String label;

    ClauseStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** The Japanese label the reports print. */
    public String label() {
        return label;
    }
}
