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
 * plain values, lists and maps go in, so templates reach no Java object or method. Every string
 * is a {@link MarkdownOutputFormat.Value} that knows its key ({@code roles.ciso.title}), so the
 * printed text can tell the body's values from the template's words.
 */
public final class TemplateData {

    private TemplateData() {
    }

    public static Map<String, Object> of(BodyParams p) {
        Map<String, Object> data = new LinkedHashMap<>();
        BodyParams.Body b = p.body();
        data.put("body", map(
                "id", v("body.id", p.id()),
                "name", v("body.name", b.name()),
                "kind", v("body.kind", b.kind().key()),
                "kindLabel", v("body.kindLabel", b.kindLabel()),
                "self", v("body.self", b.self()),
                "residents", v("body.residents", b.residents()),
                "head", v("body.head", b.head()),
                "parent", v("body.parent", b.parent() == null ? "" : b.parent()),
                "isCouncil", b.kind() == jp.policygen.params.BodyKind.COUNCIL,
                "isUnion", b.kind().isUnion(),
                "isPrefecture", b.kind() == jp.policygen.params.BodyKind.PREFECTURE,
                "isPlaceholder", p.titles().placeholder()));
        data.put("policy", map(
                "title", v("policy.title", p.titles().policy()),
                "basicTitle", v("policy.basicTitle", p.titles().basic()),
                "standardsTitle", v("policy.standardsTitle", p.titles().standards()),
                "proceduresTitle", v("policy.proceduresTitle", p.titles().procedures())));
        data.put("scope", map(
                "organisations", values("scope.organisations", p.scope().organisations()),
                "exclusions", values("scope.exclusions", p.scope().exclusions())));
        // 「職員等及び委託事業者」, but 「議員及び職員並びに委託事業者」: a term that already
        // joins with 及び takes 並びに at the next level up.
        String term = p.staff().term();
        MarkdownOutputFormat.Output withContractors = join(v("staff.term", term), term.contains("及び") ? "並びに" : "及び",
                v("staff.contractorTerm", p.staff().contractorTerm()));
        data.put("staff", map(
                "categories", values("staff.categories", p.staff().categories()),
                "term", v("staff.term", term),
                "contractorTerm", v("staff.contractorTerm", p.staff().contractorTerm()),
                "withContractors", withContractors));
        Map<String, Object> roles = new LinkedHashMap<>();
        for (Role r : p.roles().values()) {
            // a role the body folds into another prints that role's title and holder: their keys
            String carrier = r.defined() || r.dutiesOf() == null || r.dutiesOf().isEmpty() ? r.key() : carrier(p, r);
            roles.put(r.key(), map("title", v("roles." + carrier + ".title", r.title()),
                    "holder", v("roles." + carrier + ".holder", r.holder()), "abbr", v("roles." + carrier + ".abbr", r.abbr()),
                    "defined", r.defined(), "dutiesOf", r.dutiesOf() == null ? "" : r.dutiesOf()));
        }
        data.put("roles", roles);
        data.put("committee", map("enabled", p.committee().enabled(), "name", v("committee.name", p.committee().name())));
        data.put("csirt", map("enabled", p.csirt().enabled(), "name", v("csirt.name", p.csirt().name())));
        BodyParams.Network n = p.network();
        data.put("network", map(
                "model", v("network.model", n.model()),
                "modelLabel", v("network.modelLabel", n.modelLabel()),
                "myNumber", n.has("my-number"),
                "lgwan", n.has("lgwan"),
                "internet", n.has("internet"),
                "jukiNet", n.has("juki-net"),
                "threeTier", n.has("my-number") && n.has("lgwan") && n.has("internet"),
                "securityCloud", n.securityCloud(),
                "wirelessLan", n.wirelessLan()));
        BodyParams.Classification c = p.classification();
        data.put("classification", map(
                "scheme", v("classification.scheme", c.scheme()),
                "name", v("classification.name", c.name()),
                "confidentiality", levels("classification.confidentiality", c.confidentiality()),
                "integrity", levels("classification.integrity", c.integrity()),
                "availability", levels("classification.availability", c.availability())));
        data.put("threats", map(
                "epidemic", p.threats().epidemic(),
                "infrastructure", p.threats().infrastructure(),
                "extra", values("threats.extra", p.threats().extra())));
        List<Object> definitions = new ArrayList<>();
        int i = 0;
        for (BodyParams.Definition d : p.definitions()) {
            String key = "definitions.extra." + i++;
            definitions.add(map("term", v(key + ".term", d.term()), "definition", v(key + ".definition", d.definition())));
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
                "publication", v("options.publication", o.publication())));
        List<Object> revisions = new ArrayList<>();
        int r = 0;
        for (Revision rev : p.dates().revisions()) {
            String key = "dates.revisions." + r++;
            revisions.add(map("date", v(key + ".date", rev.date()), "note", v(key + ".note", rev.note() == null ? "" : rev.note())));
        }
        data.put("dates", map(
                "established", v("dates.established", p.dates().established()),
                "revisions", revisions,
                "edition", p.dates().edition()));
        data.put("numbering", map("style", v("numbering.style", p.numbering().style()),
                "documentChapters", p.numbering().documentChapters()));
        data.put("jlist", JAPANESE_LIST);
        return data;
    }

    private static List<Object> levels(String key, List<Level> levels) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        for (Level l : levels) {
            String at = key + "." + i++;
            out.add(map("label", v(at + ".label", l.label()), "description", v(at + ".description", l.description())));
        }
        return out;
    }

    /** Two values joined by a word, as Markdown that keeps both values' marks. */
    private static MarkdownOutputFormat.Output join(MarkdownOutputFormat.Output a, String word, MarkdownOutputFormat.Output b) {
        MarkdownOutputFormat md = MarkdownOutputFormat.INSTANCE;
        return md.concat(md.concat(a, md.fromPlainTextByEscaping(word)), b);
    }

    /** A string as templates see it: the value, marked with its key where it is printed. */
    private static MarkdownOutputFormat.Value v(String key, String text) {
        return new MarkdownOutputFormat.Value(key, text == null ? "" : text);
    }

    private static List<Object> values(String key, List<String> texts) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(v(key + "." + i, texts.get(i)));
        }
        return out;
    }

    /** The role that carries a folded role's duties (its title and holder are printed for it). */
    private static String carrier(BodyParams p, Role r) {
        Role at = r;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!at.defined() && at.dutiesOf() != null && !at.dutiesOf().isEmpty() && seen.add(at.key())) {
            Role next = p.roles().get(at.dutiesOf());
            if (next == null) {
                break;
            }
            at = next;
        }
        return at.key();
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
        // The items are joined as Markdown: each value keeps its mark, the words between are escaped.
        MarkdownOutputFormat md = MarkdownOutputFormat.INSTANCE;
        List<MarkdownOutputFormat.Output> parts = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) {
            freemarker.template.TemplateModel item = seq.get(i);
            if (item instanceof MarkdownOutputFormat.Output markup) {
                parts.add(markup);
            } else if (item instanceof TemplateScalarModel scalar) {
                parts.add(md.fromPlainTextByEscaping(scalar.getAsString()));
            } else {
                throw new TemplateModelException("jlist: item " + (i + 1) + " is not a string");
            }
        }
        if (parts.isEmpty()) {
            return new SimpleScalar("");
        }
        MarkdownOutputFormat.Output out = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            String joint = i == parts.size() - 1 ? conjunction : "、";
            out = md.concat(md.concat(out, md.fromPlainTextByEscaping(joint)), parts.get(i));
        }
        return out;
    };
}
