package jp.policygen.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.params.BodyParams;
import jp.policygen.text.Suggestions;

/**
 * Every reference of a composed document must name a clause it contains, other than the clause
 * itself, and a public clause must not name a private one. A problem is reported where the person
 * who can fix it writes: a reference in the body's own clause file at its line there; a reference
 * in a template that the body's parameters broke (by dropping its target, or keeping it private)
 * at the line of policy.yaml that did it, with a fix in parameters; a reference in a template
 * that no parameter explains, at the template's line, with advice for template authors.
 */
final class References {

    // Every message of this class, in one place. Problems a body's parameters caused are worded
    // for the body's writer; only a template's own mistake gets advice about templates.
    static final String SUMMARY = "unresolved cross references";
    static final String SELF = "refers to itself (%s), which would print the clause's own number inside it";
    static final String SELF_FIX = "write この項, 本条 or the like in words instead of the reference";
    static final String DROP_NEEDED = "cannot drop %s: %s refers to it (%s)";
    static final String DROP_NEEDED_FIX = "keep %s, or replace %s with wording of your own (clauses.replace)";
    static final String OWN_TO_DROPPED = "refers to %s, which clauses.drop removes (policy.yaml line %d)";
    static final String OWN_TO_DROPPED_FIX = "refer to another clause, or keep %s";
    static final String OWN_TO_LEFT_OUT = "refers to %s, which this body's parameters leave out (its condition is %s)";
    static final String OWN_TO_LEFT_OUT_FIX = "refer to a clause the body has, or change that parameter";
    static final String TEMPLATE_TO_CONDITIONAL = "refers to %s, which is left out when its condition (%s) is false";
    static final String TEMPLATE_TO_CONDITIONAL_FIX = "guard the sentence with the same condition";
    static final String UNKNOWN = "refers to %s, which %s's %s does not contain";
    static final String UNKNOWN_FIX = "refer to a clause the document has";
    static final String DID_YOU_MEAN = "did you mean %s?";
    static final String PRIVATE_NEEDED = "cannot keep %s private: the published %s refers to it (%s)";
    static final String PRIVATE_NEEDED_FIX = "keep %s private too, or keep %s public";
    static final String TO_PRIVATE = "refers to private clause %s, which the published %s leaves out";
    static final String TO_PRIVATE_OWN_FIX = "reword the clause without the reference, or keep it private too (clauses.private)";
    static final String TO_PRIVATE_TEMPLATE_FIX = "reword the clause without the reference, or keep it private too";

    private final BodyParams params;
    private final Structure.Arrangement arranged;
    /** Clause id → the file its text came from. */
    private final Map<String, Path> sources;

    References(BodyParams params, Structure.Arrangement arranged, Map<String, Path> sources) {
        this.params = params;
        this.arranged = arranged;
        this.sources = sources;
    }

    void check(PolicyDocument document) {
        Set<String> ids = new LinkedHashSet<>();
        for (Section s : document.allSections()) {
            if (!ids.add(s.id())) {
                throw PolicygenException.badInput(Composer.duplicate(params, s.id(), document, sources));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Section s : document.allSections()) {
            for (String target : Composer.references(s.blocks())) {
                if (target.equals(s.id())) {
                    // The word for "this clause" depends on its rank and the style (本条, この項, 本章 …);
                    // the writer knows it, a generated number inside the clause itself reads wrongly.
                    problems.add(at(s.id(), target, String.format(SELF, target), SELF_FIX));
                } else if (!ids.contains(target)) {
                    problems.add(missing(s.id(), target, ids, document));
                }
            }
        }
        if (document.info().visibility() == Visibility.PUBLIC) {
            // The public text leaves private clauses out, so a public clause cannot point at one.
            Set<String> privateIds = new HashSet<>();
            document.allSections().stream().filter(s -> s.visibility() == Visibility.PRIVATE)
                    .forEach(s -> privateIds.add(s.id()));
            for (Section s : document.allSections()) {
                if (s.visibility() == Visibility.PRIVATE) {
                    continue;
                }
                for (String target : Composer.references(s.blocks())) {
                    if (privateIds.contains(target)) {
                        problems.add(toPrivate(s.id(), target, document));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(SUMMARY, problems);
        }
    }

    /** A reference to a clause the document does not contain. */
    private Problem missing(String from, String target, Set<String> ids, PolicyDocument document) {
        String droppedAt = arranged.dropped().get(target);
        String condition = arranged.leftOut().get(target);
        if (droppedAt != null && !ownFile(from)) {
            // the model's text needs the clause the body drops: the body's drop is what to change
            return located(droppedAt, String.format(DROP_NEEDED, target, from, where(from, target)),
                    String.format(DROP_NEEDED_FIX, target, from));
        }
        if (droppedAt != null) {
            return at(from, target, String.format(OWN_TO_DROPPED, target, params.source().line(droppedAt)),
                    String.format(OWN_TO_DROPPED_FIX, target));
        }
        if (condition != null && ownFile(from)) {
            return at(from, target, String.format(OWN_TO_LEFT_OUT, target, condition), OWN_TO_LEFT_OUT_FIX);
        }
        if (condition != null) {
            return at(from, target, String.format(TEMPLATE_TO_CONDITIONAL, target, condition), TEMPLATE_TO_CONDITIONAL_FIX);
        }
        String near = Suggestions.nearest(target, ids);
        return at(from, target, String.format(UNKNOWN, target, params.id(), document.info().kind().stem()),
                near != null ? String.format(DID_YOU_MEAN, near) : UNKNOWN_FIX);
    }

    /** A public clause that names a private one. */
    private Problem toPrivate(String from, String target, PolicyDocument document) {
        List<String> marked = params.clauses().privateClauses();
        int mark = marked.indexOf(target);
        if (mark >= 0 && !ownFile(from)) {
            return located("/clauses/private/" + mark, String.format(PRIVATE_NEEDED, target, from, where(from, target)),
                    String.format(PRIVATE_NEEDED_FIX, from, target));
        }
        return at(from, target, String.format(TO_PRIVATE, target, document.info().kind().stem()),
                ownFile(from) ? TO_PRIVATE_OWN_FIX : TO_PRIVATE_TEMPLATE_FIX);
    }

    /** Whether a clause's text is the body's own (a file in its folder), not a template. */
    private boolean ownFile(String clauseId) {
        Path source = sources.get(clauseId);
        return source != null && source.toAbsolutePath().normalize().startsWith(params.folder().toAbsolutePath().normalize())
                && !source.getFileName().toString().equals("policy.yaml");
    }

    /** 「templates/r7/basic-policy/measures/intro.ftl:2」: where a clause names a target. */
    private String where(String from, String target) {
        Path source = sources.get(from);
        if (source == null) {
            return from;
        }
        int[] at = SourcePosition.findReference(source, target);
        String name = source.getFileName().toString();
        Path parent = source.getParent();
        String shown = parent == null ? name : parent.getFileName() + "/" + name;
        return at == null ? shown : shown + ":" + at[0];
    }

    private Problem located(String pointer, String message, String suggestion) {
        return params.source().problem(pointer, message).withSuggestion(suggestion);
    }

    /** A reference problem at the {{ref:…}} that names {@code target} in the clause's file. */
    private Problem at(String clauseId, String target, String message, String suggestion) {
        Path source = sources.get(clauseId);
        int[] at = source == null ? null : SourcePosition.findReference(source, target);
        if (at == null) {
            return new Problem(source != null ? source : params.source().file(), 1, 1, clauseId, message, suggestion);
        }
        return new Problem(source, at[0], at[1], clauseId, message, suggestion);
    }
}
