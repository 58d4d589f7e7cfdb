package jp.policygen.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words a body's parameters put into its text (not its settings: kind, model, style),
 * derived in this one place from its parameters, each under the key
 * the printed text marks it with ({@code body.name}, {@code roles.ciso.title},
 * {@code scope.organisations.2}) and with what it is. Templates read their strings from here,
 * compare masks these values when it looks for real differences, and lint knows the body's own
 * role titles and names from here: one list, so the three never disagree.
 */
public final class BodyValues {

    /** What a value is, for those that treat kinds apart (compare's --ignore, lint's role rules). */
    public enum Kind {
        /** The body's name and the titles built from it. */
        NAME,
        /** 本市, 市民, 市長, the parent body of a council. */
        SELF,
        /** The title of a role of the security organisation, or the name of the committee or the CSIRT. */
        ROLE_TITLE,
        /** Who holds a role (副市長, 各課長). */
        ROLE_HOLDER,
        /** A role's abbreviation (CISO). */
        ROLE_ABBR,
        /** Anything else: terms, lists, definitions, labels, dates. */
        OTHER
    }

    /** One value. */
    public record Value(String key, Kind kind, String text) {
        public Value {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(kind, "kind");
            text = text == null ? "" : text;
        }
    }

    private final Map<String, Value> byKey;

    private BodyValues(Map<String, Value> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    /** The value of a key ("" for a key the body has no value for). */
    public String text(String key) {
        Value v = byKey.get(key);
        return v == null ? "" : v.text();
    }

    public Value get(String key) {
        return byKey.get(key);
    }

    /** Every value, in the order the parameters list them. */
    public List<Value> all() {
        return List.copyOf(byKey.values());
    }

    /** The values of some kinds, non-empty ones only. */
    public List<Value> of(Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return byKey.values().stream().filter(v -> wanted.contains(v.kind()) && !v.text().isEmpty()).toList();
    }

    /** The keys of a list's items: {@code scope.organisations.0}, {@code .1} … */
    public List<String> listKeys(String key) {
        List<String> out = new ArrayList<>();
        for (int i = 0; byKey.containsKey(key + "." + i); i++) {
            out.add(key + "." + i);
        }
        return out;
    }

    /**
     * The role a role's words are printed for: itself, or, for a role the body folds into another
     * ({@code defined: false}), the role that carries its duties.
     */
    public static String carrier(BodyParams p, BodyParams.Role r) {
        BodyParams.Role at = r;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!at.defined() && at.dutiesOf() != null && !at.dutiesOf().isEmpty() && seen.add(at.key())) {
            BodyParams.Role next = p.roles().get(at.dutiesOf());
            if (next == null) {
                break;
            }
            at = next;
        }
        return at.key();
    }

    /** Computes every value of a body's parameters. */
    public static BodyValues of(BodyParams p) {
        Map<String, Value> out = new LinkedHashMap<>();
        BodyParams.Body b = p.body();
        put(out, "body.name", Kind.NAME, b.name());
        put(out, "body.kindLabel", Kind.OTHER, b.kindLabel());
        put(out, "body.self", Kind.SELF, b.self());
        put(out, "body.residents", Kind.SELF, b.residents());
        put(out, "body.head", Kind.SELF, b.head());
        put(out, "body.parent", Kind.SELF, b.parent());
        put(out, "body.parentHead", Kind.SELF, b.parentHead());
        put(out, "body.members", Kind.OTHER, b.members());
        put(out, "policy.title", Kind.NAME, p.titles().policy());
        put(out, "policy.basicTitle", Kind.NAME, p.titles().basic());
        put(out, "policy.standardsTitle", Kind.NAME, p.titles().standards());
        put(out, "policy.proceduresTitle", Kind.OTHER, p.titles().procedures());
        list(out, "scope.organisations", p.scope().organisations());
        list(out, "scope.exclusions", p.scope().exclusions());
        list(out, "staff.categories", p.staff().categories());
        put(out, "staff.term", Kind.OTHER, p.staff().term());
        put(out, "staff.contractorTerm", Kind.OTHER, p.staff().contractorTerm());
        for (BodyParams.Role r : p.roles().values()) {
            if (r.defined()) {
                put(out, "roles." + r.key() + ".title", Kind.ROLE_TITLE, r.title());
                put(out, "roles." + r.key() + ".holder", Kind.ROLE_HOLDER, r.holder());
                put(out, "roles." + r.key() + ".abbr", Kind.ROLE_ABBR, r.abbr());
            }
        }
        put(out, "committee.name", p.committee().enabled() ? Kind.ROLE_TITLE : Kind.OTHER, p.committee().name());
        put(out, "csirt.name", p.csirt().enabled() ? Kind.ROLE_TITLE : Kind.OTHER, p.csirt().name());
        put(out, "network.modelLabel", Kind.OTHER, p.network().modelLabel());
        BodyParams.Classification c = p.classification();
        put(out, "classification.name", Kind.OTHER, c.name());
        levels(out, "classification.confidentiality", c.confidentiality());
        levels(out, "classification.integrity", c.integrity());
        levels(out, "classification.availability", c.availability());
        for (BodyParams.ExtraThreat t : p.threats().extra()) {
            put(out, t.key(), Kind.OTHER, t.text());
        }
        list(out, "threats.own", p.threats().own());
        for (int i = 0; i < p.definitions().size(); i++) {
            put(out, "definitions.extra." + i + ".term", Kind.OTHER, p.definitions().get(i).term());
            put(out, "definitions.extra." + i + ".definition", Kind.OTHER, p.definitions().get(i).definition());
        }
        put(out, "dates.established", Kind.OTHER, p.dates().established());
        for (int i = 0; i < p.dates().revisions().size(); i++) {
            put(out, "dates.revisions." + i + ".date", Kind.OTHER, p.dates().revisions().get(i).date());
            put(out, "dates.revisions." + i + ".note", Kind.OTHER, p.dates().revisions().get(i).note());
        }
        BodyParams.CyberPolicy cyber = p.cyberPolicy();
        list(out, "cyberPolicy.organs", cyber.organs());
        put(out, "cyberPolicy.adopted", Kind.OTHER, cyber.adopted());
        if (cyber.title() != null) {
            put(out, "cyberPolicy.title", Kind.NAME, cyber.title());
        }
        BodyParams.Preface preface = p.clauses().preface();
        if (preface != null && preface.text() != null) {
            put(out, "clauses.preface.text", Kind.OTHER, preface.text());
        }
        return new BodyValues(out);
    }

    private static void put(Map<String, Value> out, String key, Kind kind, String text) {
        out.put(key, new Value(key, kind, text));
    }

    private static void list(Map<String, Value> out, String key, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            put(out, key + "." + i, Kind.OTHER, texts.get(i));
        }
    }

    private static void levels(Map<String, Value> out, String key, List<BodyParams.Level> levels) {
        for (int i = 0; i < levels.size(); i++) {
            put(out, key + "." + i + ".label", Kind.OTHER, levels.get(i).label());
            put(out, key + "." + i + ".description", Kind.OTHER, levels.get(i).description());
        }
    }
}
