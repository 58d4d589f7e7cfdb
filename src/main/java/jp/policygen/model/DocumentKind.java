package jp.policygen.model;

/** The two documents of a policy. The file stem is used for output names. */
public enum DocumentKind {
    BASIC_POLICY("basic-policy", "情報セキュリティ基本方針"),
    STANDARDS("standards", "情報セキュリティ対策基準");

    private final String stem;
    private final String japaneseName;

    DocumentKind(String stem, String japaneseName) {
        this.stem = stem;
        this.japaneseName = japaneseName;
    }

    public String stem() {
        return stem;
    }

    public String japaneseName() {
        return japaneseName;
    }

    public static DocumentKind fromStem(String stem) {
        for (DocumentKind kind : values()) {
            if (kind.stem.equals(stem)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown document '" + stem + "' (expected basic-policy or standards)");
    }
}
