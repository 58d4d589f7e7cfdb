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

import jp.policygen.params.BodyParams;
import jp.policygen.params.BodyValues;
import jp.policygen.params.BodyParams.Role;

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
        BodyValues values = BodyValues.of(p);
        java.util.function.Function<String, MarkdownOutputFormat.Value> v = key -> value(key, values.text(key));
        Map<String, Object> data = new LinkedHashMap<>();
        BodyParams.Body b = p.body();
        data.put("body", map(
                "id", p.id(),
                "name", v.apply("body.name"),
                "kind", b.kind().key(),
                "kindLabel", v.apply("body.kindLabel"),
                "self", v.apply("body.self"),
                "residents", v.apply("body.residents"),
                "head", v.apply("body.head"),
                "parent", v.apply("body.parent"),
                "parentHead", v.apply("body.parentHead"),
                "members", v.apply("body.members"),
                "sharedSystems", b.sharedSystems(),
                "kindName", b.kind().kindName(),
                "isCouncil", b.kind() == jp.policygen.params.BodyKind.COUNCIL,
                "isBoardOfEducation", b.kind() == jp.policygen.params.BodyKind.BOARD_OF_EDUCATION,
                "isOrgan", b.kind().isOrgan(),
                "isUnion", b.kind().isUnion(),
                "isDesignatedCity", b.kind() == jp.policygen.params.BodyKind.DESIGNATED_CITY,
                "isPrefecture", b.kind() == jp.policygen.params.BodyKind.PREFECTURE,
                "isPlaceholder", p.titles().placeholder()));
        data.put("policy", map(
                "title", v.apply("policy.title"),
                "basicTitle", v.apply("policy.basicTitle"),
                "standardsTitle", v.apply("policy.standardsTitle"),
                "proceduresTitle", v.apply("policy.proceduresTitle")));
        data.put("scope", map(
                "organisations", list(values, "scope.organisations"),
                "exclusions", list(values, "scope.exclusions")));
        // 「職員等及び委託事業者」, but 「議員及び職員並びに委託事業者」: a term that already
        // joins with 及び takes 並びに at the next level up.
        MarkdownOutputFormat.Value term = v.apply("staff.term");
        MarkdownOutputFormat.Output withContractors = join(term, term.getAsString().contains("及び") ? "並びに" : "及び",
                v.apply("staff.contractorTerm"));
        // 「職員（特別職の職員及び会計年度任用職員を含む。以下同じ。）」: the term is a category, widened
        List<Object> others = new ArrayList<>();
        for (String k : values.listKeys("staff.categories")) {
            if (!values.text(k).equals(p.staff().term())) {
                others.add(value(k, values.text(k)));
            }
        }
        data.put("staff", map(
                "categories", list(values, "staff.categories"),
                "definition", p.staff().definition(),
                "includes", p.staff().includes(),
                "otherCategories", others,
                "term", term,
                "contractorTerm", v.apply("staff.contractorTerm"),
                "withContractors", withContractors));
        Map<String, Object> roles = new LinkedHashMap<>();
        for (Role r : p.roles().values()) {
            // a role the body folds into another prints that role's title and holder, under its keys;
            // an optional role the body lacks keeps the edition's title for templates that test it
            String at = "roles." + BodyValues.carrier(p, r);
            roles.put(r.key(), map(
                    "title", value(at + ".title", values.get(at + ".title") != null ? values.text(at + ".title") : r.title()),
                    "holder", value(at + ".holder", values.get(at + ".holder") != null ? values.text(at + ".holder") : r.holder()),
                    "abbr", value(at + ".abbr", values.get(at + ".abbr") != null ? values.text(at + ".abbr") : r.abbr()),
                    "defined", r.defined(), "dutiesOf", r.dutiesOf() == null ? "" : r.dutiesOf()));
        }
        data.put("roles", roles);
        data.put("committee", map("enabled", p.committee().enabled(), "name", v.apply("committee.name")));
        data.put("csirt", map("enabled", p.csirt().enabled(), "name", v.apply("csirt.name")));
        BodyParams.Network n = p.network();
        data.put("network", map(
                "model", p.network().model(),
                "modelLabel", v.apply("network.modelLabel"),
                "myNumber", n.has("my-number"),
                "lgwan", n.has("lgwan"),
                "internet", n.has("internet"),
                "jukiNet", n.has("juki-net"),
                "threeTier", n.has("my-number") && n.has("lgwan") && n.has("internet"),
                "securityCloud", n.securityCloud(),
                "wirelessLan", n.wirelessLan(),
                // the zones the 強靱性 measure covers, and whether it divides LGWAN from the internet
                "resilience", map(
                        "enabled", !n.resilience().isEmpty(),
                        "myNumber", n.covers("my-number"),
                        "lgwan", n.covers("lgwan"),
                        "internet", n.covers("internet"),
                        "jukiNet", n.covers("juki-net"),
                        "separation", n.covers("lgwan") && n.covers("internet") && !"none".equals(n.model()))));
        BodyParams.Classification c = p.classification();
        data.put("classification", map(
                "scheme", p.classification().scheme(),
                "name", v.apply("classification.name"),
                "confidentiality", levels(values, "classification.confidentiality", c.confidentiality().size()),
                "integrity", levels(values, "classification.integrity", c.integrity().size()),
                "availability", levels(values, "classification.availability", c.availability().size())));
        BodyParams.Threats t = p.threats();
        List<Object> extra = new ArrayList<>();
        Map<String, List<Object>> byClass = new LinkedHashMap<>();
        for (String threatClass : List.of("intentional", "accidental", "environmental")) {
            byClass.put(threatClass, new ArrayList<>());
        }
        for (BodyParams.ExtraThreat e : t.extra()) {
            MarkdownOutputFormat.Value text = value(e.key(), values.text(e.key()));
            extra.add(text);
            if (e.threatClass() != null && byClass.containsKey(e.threatClass())) {
                byClass.get(e.threatClass()).add(text);
            }
        }
        data.put("threats", map(
                "list", t.list(),
                "epidemic", t.epidemic(),
                "infrastructure", t.infrastructure(),
                "extra", extra,
                "intentional", byClass.get("intentional"),
                "accidental", byClass.get("accidental"),
                "environmental", byClass.get("environmental"),
                "own", list(values, "threats.own")));
        List<Object> definitions = new ArrayList<>();
        for (int i = 0; i < p.definitions().size(); i++) {
            String key = "definitions.extra." + i;
            definitions.add(map("term", v.apply(key + ".term"), "definition", v.apply(key + ".definition")));
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
                "violationsResponse", o.violationsResponse(),
                "publication", p.options().publication()));
        List<Object> revisions = new ArrayList<>();
        for (int r = 0; r < p.dates().revisions().size(); r++) {
            String key = "dates.revisions." + r;
            revisions.add(map("date", v.apply(key + ".date"), "note", v.apply(key + ".note")));
        }
        data.put("dates", map(
                "established", v.apply("dates.established"),
                "revisions", revisions,
                "edition", p.dates().edition()));
        BodyParams.CyberPolicy cyber = p.cyberPolicy();
        jp.policygen.params.Edition.CyberPolicyFrame frame = p.edition().cyberPolicy();
        data.put("cyberPolicy", map(
                "form", cyber.form(),
                "basicPolicy", cyber.basicPolicy(),
                "separate", cyber.separate(),
                "perOrgan", cyber.perOrgan(),
                "joint", !cyber.perOrgan(),
                "organs", list(values, "cyberPolicy.organs"),
                "adopted", v.apply("cyberPolicy.adopted"),
                "title", v.apply("cyberPolicy.title"),
                // the statute is the edition's words, not the body's: plain text of the template
                "statute", frame == null ? "" : frame.statute(),
                "statuteShort", frame == null ? "" : frame.statuteShort()));
        List<Object> paragraphs = new ArrayList<>();
        BodyParams.Preface preface = p.clauses().preface();
        if (preface != null && preface.text() != null) {
            for (String para : preface.text().strip().split("\\n[ \\t\u3000]*\\n\\s*")) {
                paragraphs.add(value("clauses.preface.text", para.strip().replace("\n", "")));
            }
        }
        data.put("preface", map("paragraphs", paragraphs));
        data.put("numbering", map("style", p.numbering().style(),
                "documentChapters", p.numbering().documentChapters()));
        data.put("jlist", JAPANESE_LIST);
        return data;
    }

    /**
     * The data of one document: the body's, with {@code document} saying which document it is and
     * who adopts it ({@code subject}: the body, or for a 方針 adopted per organ the organ, named in
     * full: 東浜市選挙管理委員会, 東浜市長).
     */
    public static Map<String, Object> forDocument(Map<String, Object> bodyData, BodyParams p,
                                                  jp.policygen.params.Edition.DocumentSpec document) {
        Map<String, Object> data = new LinkedHashMap<>(bodyData);
        BodyValues values = BodyValues.of(p);
        MarkdownOutputFormat.Value name = value("body.name", values.text("body.name"));
        List<Object> organs = new ArrayList<>();
        Object subject = name;
        Object organ = "";
        List<String> organKeys = values.listKeys("cyberPolicy.organs");
        for (String k : organKeys) {
            if (document.organ() == null || document.organ().equals(values.text(k))) {
                organs.add(value(k, values.text(k)));
            }
        }
        if (document.organ() != null && organs.size() == 1) {
            organ = organs.get(0);
            subject = qualified(p, name, (MarkdownOutputFormat.Value) organ);
        }
        data.put("document", map(
                "id", document.id(),
                "perOrgan", document.organ() != null,
                "organ", organ,
                "organs", organs,
                "subject", subject));
        return data;
    }

    /** An organ named in full: 東浜市 + 選挙管理委員会, 東浜市 + 市長 → 東浜市長, 東浜市教育委員会 + 教育委員会 → itself. */
    private static Object qualified(BodyParams p, MarkdownOutputFormat.Value name, MarkdownOutputFormat.Value organ) {
        String n = name.getAsString();
        String o = organ.getAsString();
        if (n.endsWith(o)) {
            return name;
        }
        String label = p.body().kindLabel();
        MarkdownOutputFormat md = MarkdownOutputFormat.INSTANCE;
        if (n.endsWith(label) && o.startsWith(label) && o.length() > label.length()) {
            // the organ's own words after the label (長 of 市長) join the name; the organ's mark covers them
            return md.concat(name, new MarkdownOutputFormat.Value(organ.key(), o.substring(label.length())));
        }
        return md.concat(name, organ);
    }

    private static List<Object> levels(BodyValues values, String key, int count) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String at = key + "." + i;
            out.add(map("label", value(at + ".label", values.text(at + ".label")),
                    "description", value(at + ".description", values.text(at + ".description"))));
        }
        return out;
    }

    /** Two values joined by a word, as Markdown that keeps both values' marks. */
    private static MarkdownOutputFormat.Output join(MarkdownOutputFormat.Output a, String word, MarkdownOutputFormat.Output b) {
        MarkdownOutputFormat md = MarkdownOutputFormat.INSTANCE;
        return md.concat(md.concat(a, md.fromPlainTextByEscaping(word)), b);
    }

    /** A string as templates see it: the value, marked with its key where it is printed. */
    private static MarkdownOutputFormat.Value value(String key, String text) {
        return new MarkdownOutputFormat.Value(key, text == null ? "" : text);
    }

    private static List<Object> list(BodyValues values, String key) {
        List<Object> out = new ArrayList<>();
        for (String k : values.listKeys(key)) {
            out.add(value(k, values.text(k)));
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
