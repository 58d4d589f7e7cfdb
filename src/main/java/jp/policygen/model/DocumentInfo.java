package jp.policygen.model;

import java.util.List;
import java.util.Objects;

/** What a document is and whose: everything but its text. */
public record DocumentInfo(String bodyId, String bodyName, String title, DocumentKind kind,
                           Visibility visibility, int edition, String established,
                           List<Revision> revisions, Layout layout) {
    public DocumentInfo {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(bodyName, "bodyName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(visibility, "visibility");
        revisions = List.copyOf(revisions);
        Objects.requireNonNull(layout, "layout");
    }

    /** The date the current text took effect: the latest revision, or the establishment. */
    public String currentDate() {
        return revisions.isEmpty() ? established : revisions.get(revisions.size() - 1).date();
    }
}
