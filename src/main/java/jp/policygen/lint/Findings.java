package jp.policygen.lint;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one rule, located in the source through passages or lines. */
public final class Findings {

    private final Rule rule;
    private final List<Finding> found = new ArrayList<>();

    Findings(Rule rule) {
        this.rule = rule;
    }

    List<Finding> list() {
        return found;
    }

    /** At {@code length} characters from {@code offset} of a passage's text. */
    public void at(Passage p, int offset, int length, String message, String fix, String replacement) {
        at(rule.severity(), p, offset, length, message, fix, replacement);
    }

    public void at(Severity severity, Passage p, int offset, int length, String message, String fix, String replacement) {
        SourceFile.Place place = p.file().placeAt(p.lineAt(offset));
        found.add(new Finding(rule.id(), severity, p.file().path(), p.lineAt(offset), p.columnAt(offset),
                p.sourceLength(offset, length), place.sectionId(), place.section(), message, fix,
                p.sourceLength(offset, length) == length ? replacement : null));
    }

    /** At a line and column of a file, e.g. a label or a TOC entry. */
    public void at(SourceFile file, int line, int column, int length, String message, String fix, String replacement) {
        at(rule.severity(), file, line, column, length, message, fix, replacement);
    }

    public void at(Severity severity, SourceFile file, int line, int column, int length, String message, String fix,
                   String replacement) {
        SourceFile.Place place = file.placeAt(line);
        found.add(new Finding(rule.id(), severity, file.path(), Math.max(1, line), Math.max(1, column), length,
                place.sectionId(), place.section(), message, fix, replacement));
    }
}
