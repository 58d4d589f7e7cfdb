package jp.policygen.compose;

import java.nio.file.Path;
import java.util.List;

/**
 * One clause as a manifest declares it: stable id, title (may hold ${…}), the template of its
 * text (relative to the edition folder; null for a heading without lead text), the condition
 * under which it appears (null: always), whether the manifest keeps it private, its children, and
 * where the declaration stands.
 */
public record ClauseSpec(String id, String title, String template, String when, boolean privateClause,
                         List<ClauseSpec> children, Path declaredIn, int line) {
    public ClauseSpec {
        children = List.copyOf(children);
    }

    public ClauseSpec withChildren(List<ClauseSpec> newChildren) {
        return new ClauseSpec(id, title, template, when, privateClause, newChildren, declaredIn, line);
    }
}
