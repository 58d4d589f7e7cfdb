package jp.policygen.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which document of a policy a document is: its id (the name of its output files and of the
 * folder of its manifest) and what it is (情報セキュリティ基本方針). The documents a policy has are
 * declared by the templates' edition (edition.yaml), not here; the two below are the ones every
 * edition so far offers and the ones an imported text is split into.
 */
public record DocumentKind(String stem, String japaneseName) {

    private static final Pattern STEM = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public static final DocumentKind BASIC_POLICY = new DocumentKind("basic-policy", "情報セキュリティ基本方針");
    public static final DocumentKind STANDARDS = new DocumentKind("standards", "情報セキュリティ対策基準");

    public DocumentKind {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(japaneseName, "japaneseName");
        if (!STEM.matcher(stem).matches()) {
            throw new IllegalArgumentException("not a document id: '" + stem + "'");
        }
    }

    /** The kinds the importer recognises in a text (a combined policy holds both). */
    public static List<DocumentKind> imported() {
        return List.of(BASIC_POLICY, STANDARDS);
    }
}
