package jp.policygen.lint;

import jp.policygen.i18n.Texts;

/**
 * One check. A rule reads the texts of one lint run and reports what it finds; it keeps no
 * state between runs. Ids are stable (configurations silence rules by id): never reuse one.
 */
public interface Rule {

    /** Stable id, 「area.name」: numbering.sequence, terms.misspelling … */
    String id();

    Severity severity();

    /** One line for people and for SARIF's rule description, in the language of the run (lint.<id>.summary). */
    default String summary() {
        return Texts.get("lint." + id() + ".summary");
    }

    void check(LintContext context, Findings out);
}
