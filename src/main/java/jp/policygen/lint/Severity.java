package jp.policygen.lint;

import java.util.Locale;

import jp.policygen.i18n.Texts;

/** How bad a finding is. Order matters: a threshold admits its own level and those before it. */
public enum Severity {
    /** A defect a reader will trip over: a wrong number, a wrong word, a role spelled two ways. */
    ERROR("error"),
    /** Probably wrong, worth a look: inconsistent layout, a term defined and never used. */
    WARNING("warning"),
    /** A matter of style: notation variants mixed in one text. */
    INFO("note");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The SARIF 2.1.0 {@code level}: error, warning or note. */
    public String sarifLevel() {
        return sarifLevel;
    }

    /** True when this severity is at or above {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String name) {
        for (Severity s : values()) {
            if (s.label().equals(name.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException(Texts.get("lint.severity.unknown", name));
    }
}
