package jp.policygen.checklist;

import java.util.List;
import java.util.Objects;

/**
 * One obligation of a body's standards, a row of its checklists: {@code key} names it across
 * revisions (the clause id, then {@code #} and the item's or paragraph's place in the clause:
 * {@code standards.organisation.ciso#3}, {@code standards.organisation#p2}); {@code number} is
 * as printed (「2.1(1)③」), {@code chapter} the top-level clause it stands in (a sheet of the
 * workbook), {@code caption} its clause's title, {@code text} the rule as printed (an item's
 * label first, its sub-items on lines of their own), {@code roles} the keys of the roles it binds
 * ({@link Roles}).
 */
public record Rule(String key, String clauseId, String number, String chapter, String caption, String text,
                   List<String> roles) {

    public Rule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        roles = List.copyOf(roles);
    }
}
