package jp.policygen.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;

import jp.policygen.model.Revision;
import jp.policygen.params.BodyParams;
import jp.policygen.params.BodyParams.Level;
import jp.policygen.params.BodyParams.Role;
import jp.policygen.text.JapaneseLists;

/**
 * The view of a body's parameters that templates see (documented in templates/README.md). Only
 * plain values, lists and maps go in, so templates reach no Java object or method.
 */
public final class TemplateData {

    private TemplateData() {
    }

    public static Map<String, Object> of(BodyParams p) {
        Map<String, Object> data = new LinkedHashMap<>();
        BodyParams.Body b = p.body();
        data.put("body", map(
                "id", p.id(),
                "name", b.name(),
                "kind", b.kind().key(),
                "kindLabel", b.kindLabel(),
                "self", b.self(),
                "residents", b.residents(),
                "head", b.head(),
                "parent", b.parent() == null ? "" : b.parent(),
                "isCouncil", b.kind() == jp.policygen.params.BodyKind.COUNCIL,
                "isUnion", b.kind().isUnion(),
                "isPrefecture", b.kind() == jp.policygen.params.BodyKind.PREFECTURE,
                "isPlaceholder", p.titles().placeholder()));
        data.put("policy", map(
                "title", p.titles().policy(),
                "basicTitle", p.titles().basic(),
                "standardsTitle", p.titles().standards(),
                "proceduresTitle", p.titles().procedures()));
        data.put("scope", map(
                "organisations", p.scope().organisations(),
                "exclusions", p.scope().exclusions()));
        data.put("staff", map(
                "categories", p.staff().categories(),
                "term", p.staff().term(),
                "contractorTerm", p.staff().contractorTerm(),
                // 「職員等及び委託事業者」, but 「議員及び職員並びに委託事業者」: a term that already
                // joins with 及び takes 並びに at the next level up.
                "withContractors", p.staff().term() + (p.staff().term().contains("及び") ? "並びに" : "及び")
                        + p.staff().contractorTerm()));
        Map<String, Object> roles = new LinkedHashMap<>();
        for (Role r : p.roles().values()) {
            roles.put(r.key(), map("title", r.title(), "holder", r.holder(), "abbr", r.abbr(),
                    "defined", r.defined(), "dutiesOf", r.dutiesOf() == null ? "" : r.dutiesOf()));
        }
        data.put("roles", roles);
        data.put("committee", map("enabled", p.committee().enabled(), "name", p.committee().name()));
        data.put("csirt", map("enabled", p.csirt().enabled(), "name", p.csirt().name()));
        BodyParams.Network n = p.network();
        data.put("network", map(
                "model", n.model(),
                "modelLabel", n.modelLabel(),
                "myNumber", n.has("my-number"),
                "lgwan", n.has("lgwan"),
                "internet", n.has("internet"),
                "jukiNet", n.has("juki-net"),
                "threeTier", n.has("my-number") && n.has("lgwan") && n.has("internet"),
                "securityCloud", n.securityCloud(),
                "wirelessLan", n.wirelessLan()));
        BodyParams.Classification c = p.classification();
        data.put("classification", map(
                "scheme", c.scheme(),
                "name", c.name(),
                "confidentiality", levels(c.confidentiality()),
                "integrity", levels(c.integrity()),
                "availability", levels(c.availability())));
        data.put("threats", map(
                "epidemic", p.threats().epidemic(),
                "infrastructure", p.threats().infrastructure(),
                "extra", p.threats().extra()));
        List<Object> definitions = new ArrayList<>();
        for (BodyParams.Definition d : p.definitions()) {
            definitions.add(map("term", d.term(), "definition", d.definition()));
        }
        data.put("definitions", map("extra", definitions));
        BodyParams.Options o = p.options();
        data.put("options", map(
                "cloud", o.cloud(),
                "governmentCloud", o.governmentCloud(),
                "socialMedia", o.socialMedia(),
                "outsourcing", o.outsourcing(),
                "telework", o.telework(),
                "violations", o.violations(),
                "publication", o.publication()));
        List<Object> revisions = new ArrayList<>();
        for (Revision r : p.dates().revisions()) {
            revisions.add(map("date", r.date(), "note", r.note() == null ? "" : r.note()));
        }
        data.put("dates", map(
                "established", p.dates().established(),
                "revisions", revisions,
                "edition", p.dates().edition()));
        data.put("numbering", map("style", p.numbering().style(),
                "documentChapters", p.numbering().documentChapters()));
        data.put("jlist", JAPANESE_LIST);
        return data;
    }

    private static List<Object> levels(List<Level> levels) {
        List<Object> out = new ArrayList<>();
        for (Level l : levels) {
            out.add(map("label", l.label(), "description", l.description()));
        }
        return out;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** {@code jlist(seq)} → 「A、B及びC」; {@code jlist(seq, "又は")} → 「A、B又はC」. */
    static final TemplateMethodModelEx JAPANESE_LIST = arguments -> {
        if (arguments.isEmpty() || arguments.size() > 2 || !(arguments.get(0) instanceof TemplateSequenceModel seq)) {
            throw new TemplateModelException("jlist(sequence[, conjunction]) expects a sequence and an optional word");
        }
        String conjunction = "及び";
        if (arguments.size() == 2) {
            if (!(arguments.get(1) instanceof TemplateScalarModel word)) {
                throw new TemplateModelException("jlist: the conjunction must be a string such as \"又は\"");
            }
            conjunction = word.getAsString();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) {
            if (!(seq.get(i) instanceof TemplateScalarModel item)) {
                throw new TemplateModelException("jlist: item " + (i + 1) + " is not a string");
            }
            parts.add(item.getAsString());
        }
        // Returned as plain text so the Markdown output format escapes it like any other value.
        return new SimpleScalar(JapaneseLists.join(parts, conjunction));
    };
}
