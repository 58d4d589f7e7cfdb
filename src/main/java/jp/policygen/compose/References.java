package jp.policygen.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policygen.i18n.Texts;
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
                    problems.add(at(s.id(), target, Texts.get("compose.ref.self", target), Texts.get("compose.ref.self.fix")));
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
            throw PolicygenException.badInput(Texts.get("compose.ref.summary"), problems);
        }
    }

    /** A reference to a clause the document does not contain. */
    private Problem missing(String from, String target, Set<String> ids, PolicyDocument document) {
        String droppedAt = arranged.dropped().get(target);
        String condition = arranged.leftOut().get(target);
        if (droppedAt != null && !ownFile(from)) {
            // the model's text needs the clause the body drops: the body's drop is what to change
            return located(droppedAt, Texts.get("compose.ref.dropNeeded", target, from, where(from, target)),
                    Texts.get("compose.ref.dropNeeded.fix", target, from));
        }
        if (droppedAt != null) {
            return at(from, target, Texts.get("compose.ref.ownToDropped", target, params.source().line(droppedAt)),
                    Texts.get("compose.ref.ownToDropped.fix", target));
        }
        if (condition != null && ownFile(from)) {
            return at(from, target, Texts.get("compose.ref.ownToLeftOut", target, condition), Texts.get("compose.ref.ownToLeftOut.fix"));
        }
        if (condition != null) {
            return at(from, target, Texts.get("compose.ref.templateToConditional", target, condition), Texts.get("compose.ref.templateToConditional.fix"));
        }
        String near = Suggestions.nearest(target, ids);
        return at(from, target, Texts.get("compose.ref.unknown", target, params.id(), document.info().kind().stem()),
                near != null ? Texts.get("compose.ref.didYouMean", near) : Texts.get("compose.ref.unknown.fix"));
    }

    /** A public clause that names a private one. */
    private Problem toPrivate(String from, String target, PolicyDocument document) {
        List<String> marked = params.clauses().privateClauses();
        int mark = marked.indexOf(target);
        if (mark >= 0 && !ownFile(from)) {
            return located("/clauses/private/" + mark, Texts.get("compose.ref.privateNeeded", target, from, where(from, target)),
                    Texts.get("compose.ref.privateNeeded.fix", from, target));
        }
        return at(from, target, Texts.get("compose.ref.toPrivate", target, document.info().kind().stem()),
                ownFile(from) ? Texts.get("compose.ref.toPrivateOwn.fix") : Texts.get("compose.ref.toPrivateTemplate.fix"));
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
