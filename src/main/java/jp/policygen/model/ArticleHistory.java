package jp.policygen.model;

import java.util.List;
import java.util.Objects;

/**
 * What revisions did to the articles of a document whose numbers stay put ({@code numbering.stable}):
 * the articles they added, which take the number of the article before them with a branch
 * (第６条の２), and those they deleted, whose numbers remain as 「第７条　削除」. Read from the
 * body's revision history, so the numbers come out the same on every regeneration.
 */
public record ArticleHistory(List<Added> added, List<Deleted> deleted) {

    public static final ArticleHistory NONE = new ArticleHistory(List.of(), List.of());

    public ArticleHistory {
        added = List.copyOf(added);
        deleted = List.copyOf(deleted);
    }

    /** An article a revision added ({@code revision}: 1 for the first revision of the history). */
    public record Added(String clauseId, int revision) {
        public Added {
            Objects.requireNonNull(clauseId, "clauseId");
        }
    }

    /**
     * An article a revision deleted, and where it stood: under {@code parentId} (null: at the top
     * of the document), after the first of {@code after} (its preceding siblings, nearest first)
     * that the document still prints; first under its parent when none is.
     */
    public record Deleted(String clauseId, int revision, String parentId, List<String> after) {
        public Deleted {
            Objects.requireNonNull(clauseId, "clauseId");
            after = List.copyOf(after);
        }
    }

    public boolean wasAdded(String clauseId) {
        return added.stream().anyMatch(a -> a.clauseId().equals(clauseId));
    }
}
