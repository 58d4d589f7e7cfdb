package jp.policygen.compare;

/** What a comparison says about one aligned row, from the target (local or new) side's view. */
public enum ClauseStatus {
    /** The same text (after the normalisation asked for). */
    IDENTICAL("identical", "同一", "同一"),
    /** Between revisions: the same text under another number (a clause before it was added or deleted). */
    RENUMBERED("renumbered", "番号のみ相違", "番号のみ変更"),
    /** Differs only through the body's parameters: substituted values, or template options. */
    PARAMETERS_ONLY("parameters-only", "パラメータのみ相違", "パラメータのみ相違"),
    /** The body's own wording: a replaced clause, or a real difference of text. */
    LOCALLY_WORDED("locally-worded", "独自の文言", "改正"),
    /** A clause the base has no counterpart for. */
    LOCAL_ADDITION("local-addition", "独自の追加", "新設"),
    /** A base clause the target has no counterpart for. */
    MISSING_LOCALLY("missing-locally", "該当なし", "削除"),
    /**
     * A clause that stands elsewhere on the other side (clauses.move, or found out of order): one
     * row, whatever else changed in it (its phrases are underlined as in any row).
     */
    MOVED("moved", "移動", "移動");

    private final String key;
    private final String label;
    private final String revisionLabel;

    ClauseStatus(String key, String label, String revisionLabel) {
        this.key = key;
        this.label = label;
        this.revisionLabel = revisionLabel;
    }

    public String key() {
        return key;
    }

    /** The Japanese label the reports print for a body against the model. */
    public String label() {
        return label;
    }

    /**
     * Whether the status is one a comparison of this kind gives: between two revisions every
     * change of printed text is an amendment (改正), so パラメータのみ相違 is not; against the model a
     * number is the style's, so 番号のみ相違 is not.
     */
    public boolean applies(boolean revision) {
        return revision ? this != PARAMETERS_ONLY : this != RENUMBERED;
    }

    /** The label for two revisions of one text: 改正, 新設, 削除. */
    public String label(boolean revision) {
        return revision ? revisionLabel : label;
    }
}
