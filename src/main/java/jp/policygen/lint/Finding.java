package jp.policygen.lint;

import java.util.Objects;

/**
 * One thing lint found: the rule, how bad it is, where (file as shown to the user, 1-based line
 * and column, and how many characters the offending text spans), the section it stands in (the
 * clause id and the heading chain a reader navigates by), what is wrong, and how to fix it.
 * {@code replacement}, when set, is the text that replaces the {@code length} characters at the
 * location; {@code fix} says the same in words, or describes a fix that is not a replacement.
 */
public record Finding(String rule, Severity severity, String file, int line, int column, int length,
                      String sectionId, String section, String message, String fix, String replacement) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1 || length < 0) {
            throw new IllegalArgumentException("a finding needs a line and column from 1: " + line + ":" + column);
        }
    }

    /** 「file:line:column」, the form editors and terminals link to. */
    public String location() {
        return file + ":" + line + ":" + column;
    }
}
