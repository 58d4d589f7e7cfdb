package jp.policygen.params;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.model.Revision;
import jp.policygen.model.Section;
import jp.policygen.params.BodyParams.Addition;
import jp.policygen.params.BodyParams.ClauseChanges;
import jp.policygen.params.BodyParams.Level;
import jp.policygen.params.BodyParams.Replacement;
import jp.policygen.params.BodyParams.Role;
import jp.policygen.render.pdf.PdfFonts;
import jp.policygen.text.Suggestions;
import jp.policygen.text.Wareki;
import jp.policygen.text.YamlDocument;
import jp.policygen.i18n.Texts;

/**
 * Reads and checks {@code municipalities/<id>/policy.yaml}: schema first, then what a schema
 * cannot say (dates that exist, files that stay inside the body's folder), then derives every
 * value a template may ask for. All problems of a file are collected and reported together.
 */
public final class ParamsReader {

    /** Body ids are folder names: they may not climb out of municipalities/. */
    private static final Pattern BODY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");


    /** Characters the PDF font draws: a value with another is refused at its line. */
    private static final IntPredicate PRINTABLE = cp -> PdfFonts.shared().covers(cp);

    /**
     * The first policies were adopted after the national guideline of 平成13年 (2001); a date
     * before it, or more than a few years ahead, is a typing mistake (令和99年, 明治元年).
     */
    static final LocalDate EARLIEST_DATE = LocalDate.of(2001, 1, 1);
    static final int YEARS_AHEAD = 5;

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Path projectRoot;
    private final SchemaValidator schema;
    private final Map<String, YamlDocument> defaultsByEdition = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Edition> editions = new java.util.concurrent.ConcurrentHashMap<>();

    public ParamsReader(Path projectRoot) {
        this.projectRoot = projectRoot;
        this.schema = new SchemaValidator(projectRoot.resolve("schema/policy.schema.json"));
    }

    public Path municipalities() {
        return projectRoot.resolve("municipalities");
    }

    /** The ids of every body folder that holds a policy.yaml, sorted. */
    public List<String> bodyIds() {
        try (Stream<Path> folders = Files.list(municipalities())) {
            return folders.filter(p -> Files.isRegularFile(p.resolve("policy.yaml")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw PolicygenException.badInput(Problem.at(municipalities(), 0, 0, null,
                    Texts.get("params.cannotListBodies", e.getMessage())));
        }
    }

    public BodyParams read(String id) {
        if (id == null || !BODY_ID.matcher(id).matches()) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, null,
                    Texts.get("params.notBodyId", id), Texts.get("params.notBodyId.fix")));
        }
        Path folder = municipalities().resolve(id);
        Path file = folder.resolve("policy.yaml");
        if (!Files.isRegularFile(file)) {
            String near = Suggestions.nearest(id, bodyIds());
            throw PolicygenException.badInput(new Problem(file, 0, 0, null, Texts.get("params.noSuchBody"),
                    near != null ? Texts.get("params.didYouMean", near) : Texts.get("params.noSuchBody.fix", String.join(", ", bodyIds()))));
        }
        YamlDocument doc = YamlDocument.read(file);
        List<Problem> problems = new ArrayList<>(schema.validate(doc));
        problems.addAll(ValueText.check(doc, PRINTABLE));
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("params.problems", file, problems.size()), problems);
        }
        BodyParams params = new Builder(id, folder, doc, problems).build();
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("params.problems", file, problems.size()), problems);
        }
        return params;
    }

    /** An edition of the templates, read once. */
    public Edition edition(String id) {
        Edition known = editions.get(id);
        if (known == null) {
            known = Edition.read(projectRoot.resolve("templates"), id);
            editions.putIfAbsent(id, known);
        }
        return known;
    }

    private YamlDocument defaults(Edition edition) {
        return defaultsByEdition.computeIfAbsent(edition.id(), e -> {
            Path file = edition.find("defaults.yaml").orElseThrow(() -> PolicygenException.badInput(Problem.at(
                    edition.folder().resolve("defaults.yaml"), 0, 0, null, Texts.get("params.noDefaults", e))));
            return YamlDocument.read(file);
        });
    }

    /** One body's reading: the document, its defaults and the problems found so far. */
    private final class Builder {
        private final String id;
        private final Path folder;
        private final YamlDocument doc;
        private final JsonNode root;
        private final List<Problem> problems;
        private JsonNode defaults;
        private Edition edition;

        Builder(String id, Path folder, YamlDocument doc, List<Problem> problems) {
            this.id = id;
            this.folder = folder;
            this.doc = doc;
            this.root = doc.root();
            this.problems = problems;
        }

        BodyParams build() {
            Edition edition;
            try {
                edition = edition(text(root, "templates", Edition.newest(projectRoot.resolve("templates"))));
            } catch (PolicygenException e) {
                // say where the body names the edition, then what is wrong with it
                Problem first = e.problems().get(0);
                problems.add(doc.problem("/templates", first.message()).withSuggestion(first.suggestion()));
                return null;
            }
            this.edition = edition;
            defaults = defaults(edition).root();
            JsonNode b = root.path("body");
            String name = b.path("name").asText();
            BodyKind kind = BodyKind.fromKey(b.path("kind").asText());
            String parent = text(b, "parent", null);
            if (kind.isOrgan() && parent == null) {
                String ending = kind.nameEndings().get(0);
                parent = name.endsWith(ending) && name.length() > ending.length()
                        ? name.substring(0, name.length() - ending.length()) : null;
            }
            BodyParams.Body body = new BodyParams.Body(name, kind, kind.label(name),
                    text(b, "selfReference", kind.self(name)),
                    text(b, "residents", kind.residents(name, parent)),
                    text(b, "head", kind.head(name)), parent, kind.isOrgan() ? BodyKind.headOf(parent) : "",
                    text(b, "members", membersWord()), b.path("sharedSystems").asBoolean(true));
            checkKindKeys(b, kind);

            JsonNode p = root.path("policy");
            String policyTitle = text(p, "title", name + "情報セキュリティポリシー");
            BodyParams.Titles titles = new BodyParams.Titles(policyTitle,
                    text(p, "basicTitle", name + "情報セキュリティ基本方針"),
                    text(p, "standardsTitle", name + "情報セキュリティ対策基準"),
                    text(p, "proceduresTitle", "情報セキュリティ実施手順"),
                    p.path("placeholder").asBoolean(false));

            BodyParams.Scope scope = new BodyParams.Scope(strings(root.path("scope").path("organisations")),
                    strings(root.path("scope").path("exclusions")));
            BodyParams.Staff staff = staff(root.path("staff"));

            Map<String, Role> roles = roles(root.path("roles"));
            BodyParams.Unit committee = unit(root.path("committee"), "committee");
            BodyParams.Unit csirt = unit(root.path("csirt"), "csirt");

            BodyParams.Network network = network(root.path("network"));
            BodyParams.Classification classification = classification(root.path("classification"));
            BodyParams.Threats threats = threats(root.path("threats"));

            List<BodyParams.Definition> definitions = new ArrayList<>();
            for (JsonNode d : root.path("definitions").path("extra")) {
                definitions.add(new BodyParams.Definition(d.path("term").asText(), d.path("definition").asText()));
            }

            JsonNode o = root.path("options");
            BodyParams.Options options = new BodyParams.Options(o.path("cloud").asBoolean(true),
                    o.path("governmentCloud").asBoolean(false), o.path("socialMedia").asBoolean(false),
                    o.path("outsourcing").asBoolean(true), o.path("telework").asBoolean(false),
                    violations(o.path("violations")), text(o, "publication", "basic-policy"));

            BodyParams.Dates dates = dates(root.path("dates"));
            BodyParams.CyberPolicy cyberPolicy = cyberPolicy(root.path("cyberPolicy"), body, dates);
            List<Edition.DocumentSpec> documents = documents(edition, cyberPolicy);
            if (cyberPolicy.title() != null && cyberPolicy.separate() && !cyberPolicy.perOrgan()) {
                // the body's own title for its joint 方針, printed as its value
                documents = documents.stream().map(d -> d.source().equals(edition.cyberPolicy().document())
                        ? d.withTitle("${cyberPolicy.title}") : d).toList();
            }

            JsonNode num = root.path("numbering");
            BodyParams.NumberingChoice numbering = new BodyParams.NumberingChoice(
                    text(num, "style", "plain"), num.path("documentChapters").asBoolean(false),
                    text(num, "itemStyle", "paren"), text(num, "digits", "mixed"), num.path("stable").asBoolean(false));

            ClauseChanges clauses = clauses(root.path("clauses"));
            checkConsistency(body, titles, roles, numbering);
            BodyParams.InstrumentChoice instrument = instrument(root.path("instrument"), documents, numbering);
            checkHistory(dates, numbering, instrument);
            clauses = withDeletedArticles(clauses, dates);
            jp.policygen.model.PageSetup pageSetup = new HouseStylePage(doc, defaults.path("houseStyle"), problems).read();

            return new BodyParams(id, folder, doc, edition, documents, body, titles, scope, staff, roles, committee, csirt,
                    network, classification, threats, definitions, options, dates, numbering, cyberPolicy, clauses, instrument,
                    pageSetup);
        }

        /**
         * The word for a union's member bodies: 構成団体, or the term the body defines for them
         * (構成市町村, 構成市) when it defines one.
         */
        private String membersWord() {
            for (JsonNode d : root.path("definitions").path("extra")) {
                String term = d.path("term").asText();
                if (term.startsWith("構成")) {
                    return term;
                }
            }
            return "構成団体";
        }

        /** Keys of body: that only some kinds have. */
        private void checkKindKeys(JsonNode b, BodyKind kind) {
            if (b.has("members") && !kind.isUnion()) {
                problems.add(doc.problem("/body/members", "members is the word for the bodies that form a union, "
                        + "and " + kind.key() + " is not a union").withSuggestion("remove members, or choose kind "
                        + "partial-affairs-union or wide-area-union"));
            }
            if (b.has("sharedSystems") && !kind.isUnion() && !kind.isOrgan()) {
                problems.add(doc.problem("/body/sharedSystems", "sharedSystems says whether a union shares systems with "
                        + "its members, or a council or board of education with the executive, and " + kind.key()
                        + " is neither").withSuggestion("remove sharedSystems"));
            }
        }

        /** Staff and the way their collective term is defined, which must never define a word by itself. */
        private BodyParams.Staff staff(JsonNode s) {
            List<String> categories = strings(s.path("categories"));
            String term = text(s, "term", defaults.path("staff").path("term").asText());
            String definition = text(s, "definition", "collective");
            BodyParams.Staff staff = new BodyParams.Staff(categories, term,
                    text(s, "contractorTerm", defaults.path("staff").path("contractorTerm").asText()), definition);
            String at = s.has("term") ? "/staff/term" : "/staff/categories";
            if (!staff.includes() && categories.size() > 1 && categories.contains(term)) {
                List<String> others = categories.stream().filter(c -> !c.equals(term)).toList();
                problems.add(doc.problem(at, "'" + term + "' is also one of staff.categories, so 「"
                        + jp.policygen.text.JapaneseLists.join(categories, "及び") + "（以下「" + term + "」という。）」 would define "
                        + term + " by itself").withSuggestion("choose a term that is not a category, such as 職員等, or add "
                        + "definition: includes to print 「" + term + "（" + jp.policygen.text.JapaneseLists.join(others, "及び")
                        + "を含む。以下同じ。）」"));
            }
            if (staff.includes() && !categories.contains(term)) {
                problems.add(doc.problem(s.has("definition") ? "/staff/definition" : at, "definition: includes prints 「"
                        + term + "（…を含む。以下同じ。）」, so the term '" + term + "' must be one of staff.categories")
                        .withSuggestion("add " + term + " to staff.categories, or remove definition: includes"));
            }
            return staff;
        }

        /** The zones, the separation model and the zones the 強靱性 measure covers. */
        private BodyParams.Network network(JsonNode n) {
            String model = text(n, "model", "none");
            Set<String> zones = new LinkedHashSet<>(strings(n.path("zones")));
            Set<String> resilience = n.has("resilience") ? new LinkedHashSet<>(strings(n.path("resilience")))
                    : new LinkedHashSet<>(zones);
            if (!"none".equals(model)) {
                for (String zone : List.of("lgwan", "internet")) {
                    if (!zones.contains(zone)) {
                        problems.add(doc.problem(n.has("zones") ? "/network/zones" : "/network/model", "model " + model
                                + " separates the LGWAN接続系 from the インターネット接続系 and needs a zone " + zone)
                                .withSuggestion("add " + zone + " to network.zones, or choose model none"));
                    } else if (!resilience.contains(zone)) {
                        problems.add(doc.problem("/network/resilience", "model " + model + " is a way of dividing the "
                                + "LGWAN接続系 from the インターネット接続系, so the 強靱性 measure covers " + zone)
                                .withSuggestion("add " + zone + " to network.resilience, or choose model none"));
                    }
                }
            }
            int i = 0;
            for (String zone : strings(n.path("resilience"))) {
                if (!zones.contains(zone)) {
                    problems.add(doc.problem("/network/resilience/" + i, "the 強靱性 measure cannot cover " + zone
                            + ", which network.zones does not list").withSuggestion("add " + zone
                            + " to network.zones, or remove it from network.resilience"));
                }
                i++;
            }
            return new BodyParams.Network(model, defaults.path("network").path("modelLabels").path(model).asText(model),
                    Set.copyOf(zones), n.path("securityCloud").asBoolean(false), n.path("wirelessLan").asBoolean(false),
                    Set.copyOf(resilience));
        }

        private BodyParams.Threats threats(JsonNode t) {
            String list = text(t, "list", "model");
            List<BodyParams.ExtraThreat> extra = new ArrayList<>();
            int i = 0;
            for (JsonNode e : t.path("extra")) {
                String pointer = "/threats/extra/" + i;
                if (e.isTextual()) {
                    extra.add(new BodyParams.ExtraThreat(e.asText(), null, "threats.extra." + i));
                    if (list.equals("classes")) {
                        problems.add(doc.problem(pointer, "with list: classes each added threat belongs to a class")
                                .withSuggestion("write it as { class: intentional, text: … } (or accidental, environmental)"));
                    }
                } else {
                    extra.add(new BodyParams.ExtraThreat(e.path("text").asText(), text(e, "class", null),
                            "threats.extra." + i + ".text"));
                    if (list.equals("classes") && !e.has("class")) {
                        problems.add(doc.problem(pointer, "with list: classes each added threat belongs to a class")
                                .withSuggestion("add class: intentional, accidental or environmental"));
                    }
                }
                i++;
            }
            List<String> own = strings(t.path("own"));
            if (list.equals("own")) {
                if (own.isEmpty()) {
                    problems.add(doc.problem(t.has("own") ? "/threats/own" : "/threats/list",
                            "list: own prints the body's own list of threats, and threats.own is empty")
                            .withSuggestion("list the threats under threats.own, or choose list: model"));
                }
                for (String key : List.of("extra", "epidemic", "infrastructure")) {
                    if (t.has(key)) {
                        problems.add(doc.problem("/threats/" + key, "list: own prints threats.own alone, so " + key
                                + " has no effect").withSuggestion("write the threat into threats.own, and remove " + key));
                    }
                }
            } else if (t.has("own")) {
                problems.add(doc.problem("/threats/own", "threats.own is printed only with list: own")
                        .withSuggestion("add list: own to print your own list, or move the items to threats.extra"));
            }
            return new BodyParams.Threats(list, t.path("epidemic").asBoolean(false), t.path("infrastructure").asBoolean(true),
                    extra, own);
        }

        /** options.violations: false, true (= law), law or discipline. */
        private String violations(JsonNode v) {
            if (v.isMissingNode() || v.isNull()) {
                return "none";
            }
            if (v.isBoolean()) {
                return v.asBoolean() ? "law" : "none";
            }
            return v.asText();
        }

        /** The 方針 of 地方自治法, checked against the edition's statute and the body's dates. */
        private BodyParams.CyberPolicy cyberPolicy(JsonNode c, BodyParams.Body body, BodyParams.Dates dates) {
            if (c.isMissingNode() || c.isNull()) {
                return BodyParams.CyberPolicy.NONE;
            }
            String form = text(c, "form", "none");
            String adoption = text(c, "adoption", "joint");
            Edition.CyberPolicyFrame frame = edition.cyberPolicy();
            if (form.equals("none")) {
                for (String key : List.of("adoption", "organs", "adopted", "title")) {
                    if (c.has(key)) {
                        problems.add(doc.problem("/cyberPolicy/" + key, "form: none adopts no 方針, so " + key
                                + " has no effect").withSuggestion("choose form basic-policy or separate, or remove " + key));
                    }
                }
                return BodyParams.CyberPolicy.NONE;
            }
            if (frame == null) {
                problems.add(doc.problem("/cyberPolicy/form", "edition " + edition.id() + " knows no 方針 of 地方自治法")
                        .withSuggestion("choose form none, or an edition that has one (templates:)"));
                return BodyParams.CyberPolicy.NONE;
            }
            List<String> organs = c.has("organs") ? strings(c.path("organs"))
                    : List.of(body.kind() == BodyKind.COUNCIL ? "議会"
                    : body.kind() == BodyKind.BOARD_OF_EDUCATION ? "教育委員会" : body.head());
            String latest = dates.revisions().isEmpty() ? dates.established()
                    : dates.revisions().get(dates.revisions().size() - 1).date();
            String adopted = c.has("adopted") ? date(c.path("adopted"), "/cyberPolicy/adopted") : latest;
            String enacted = Wareki.print(frame.enacted().toString()).orElse(frame.enacted().toString());
            if (c.has("adopted") && lastDay(adopted).map(d -> d.isBefore(frame.enacted())).orElse(false)) {
                problems.add(doc.problem("/cyberPolicy/adopted", adopted + " is before " + frame.statuteShort()
                        + " was enacted (" + enacted + "), so no 方針 can have been adopted under it then")
                        .withSuggestion("write the day the organs adopted the 方針"));
            }
            if (form.equals("basic-policy") && lastDay(latest).map(d -> d.isBefore(frame.enacted())).orElse(false)) {
                problems.add(doc.problem("/cyberPolicy/form", "the basic policy was last revised in " + latest
                        + ", before " + frame.statuteShort() + " was enacted (" + enacted + "), so its text cannot be that 方針")
                        .withSuggestion("add the revision that made it the 方針 to dates.revisions, or choose form none"));
            }
            if (c.has("title") && adoption.equals("per-organ")) {
                problems.add(doc.problem("/cyberPolicy/title", "adopted per organ, each organ's 方針 is titled for its organ")
                        .withSuggestion("remove title, or choose adoption: joint"));
            }
            if (c.has("title") && form.equals("basic-policy")) {
                problems.add(doc.problem("/cyberPolicy/title", "with form: basic-policy the 方針 is the basic policy, "
                        + "whose title is policy.basicTitle").withSuggestion("set policy.basicTitle instead, or remove title"));
            }
            return new BodyParams.CyberPolicy(form, adoption, organs, adopted, text(c, "title", null));
        }

        /** The last day a printed date can mean: 令和6年6月 → 2024-06-30. */
        private static Optional<LocalDate> lastDay(String printed) {
            Optional<LocalDate> first = Wareki.toDate(printed);
            if (first.isEmpty() || printed.endsWith("日")) {
                return first;
            }
            return first.map(d -> d.withDayOfMonth(d.lengthOfMonth()));
        }

        /** The documents the body has: those it lists, in the edition's order, or the edition's default set. */
        private List<Edition.DocumentSpec> documents(Edition edition, BodyParams.CyberPolicy cyber) {
            JsonNode listed = root.path("documents");
            Set<String> wanted = new LinkedHashSet<>();
            String cyberDocument = edition.cyberPolicy() == null ? null : edition.cyberPolicy().document();
            if (cyber.separate()) {
                wanted.add(cyberDocument);
            }
            if (listed.isMissingNode() || listed.isNull()) {
                edition.defaultDocuments().forEach(d -> wanted.add(d.id()));
                return edition.documentsOf(wanted, cyber.perOrgan() ? cyber.organs() : List.of());
            }
            for (int i = 0; i < listed.size(); i++) {
                String id = listed.get(i).asText();
                if (edition.document(id).isEmpty()) {
                    String near = Suggestions.nearest(id, edition.documentIds());
                    problems.add(doc.problem("/documents/" + i, "edition " + edition.id() + " offers no document '" + id + "'")
                            .withSuggestion(near != null ? "did you mean '" + near + "'?"
                                    : "it offers: " + String.join(", ", edition.documentIds())));
                } else if (id.equals(cyberDocument) && !cyber.separate()) {
                    problems.add(doc.problem("/documents/" + i, id + " is the 方針 of " + edition.cyberPolicy().statuteShort()
                            + " as a text of its own").withSuggestion("set cyberPolicy.form: separate, which adds it, "
                            + "and remove it from documents"));
                } else if (!wanted.add(id) && !id.equals(cyberDocument)) {
                    problems.add(doc.problem("/documents/" + i, "document '" + id + "' is listed twice"));
                }
            }
            if (listed.size() == 0) {
                problems.add(doc.problem("/documents", Texts.get("params.documents.none"))
                        .withSuggestion(Texts.get("params.documents.none.fix", String.join(", ", edition.documentIds()))));
            }
            return edition.documentsOf(wanted, cyber.perOrgan() ? cyber.organs() : List.of());
        }

        /** What the schema cannot see: a name that contradicts its kind, model leftovers, clashing titles. */
        private void checkConsistency(BodyParams.Body body, BodyParams.Titles titles, Map<String, Role> roles,
                                      BodyParams.NumberingChoice numbering) {
            String name = body.name();
            List<String> endings = body.kind().nameEndings();
            if (endings.stream().noneMatch(name::endsWith)) {
                List<String> fitting = java.util.Arrays.stream(BodyKind.values())
                        .filter(k -> k.nameEndings().stream().anyMatch(name::endsWith)).map(BodyKind::key).toList();
                problems.add(doc.problem("/body/kind", "a body of kind " + body.kind().key() + " has a name ending in "
                        + String.join(" or ", endings) + ", and " + name + " does not")
                        .withSuggestion(fitting.isEmpty() ? "correct body.name"
                                : "choose kind " + String.join(" or ", fitting) + ", or correct body.name"));
            }
            if (titles.placeholder() && !name.contains("○○")) {
                problems.add(doc.problem("/policy/placeholder", Texts.get("params.placeholderFlag", name))
                        .withSuggestion(Texts.get("params.placeholderFlag.fix")));
            }
            if (!titles.placeholder() || !name.contains("○○")) {
                leftoverPlaceholders(root, "");
            }
            // 副市長 or 市長部局 in a town: left over from a copy of another kind of body. A 政令指定都市
            // has 区 and 区長 of its own.
            List<String> heads = List.of("市長", "町長", "村長", "区長");
            String own = switch (body.kind()) {
                case CITY, CORE_CITY, DESIGNATED_CITY -> "市長";
                case TOWN -> "町長";
                case VILLAGE -> "村長";
                case SPECIAL_WARD -> "区長";
                default -> null;
            };
            if (own != null) {
                List<String> foreign = heads.stream().filter(h -> !h.equals(own)
                        && !(body.kind() == BodyKind.DESIGNATED_CITY && h.equals("区長"))).toList();
                checkForeignHeads(root.path("roles"), "/roles", foreign, body);
                checkForeignHeads(root.path("scope").path("organisations"), "/scope/organisations", foreign, body);
            }
            Map<String, String> seenTitles = new java.util.HashMap<>();
            for (Role r : roles.values()) {
                if (!r.defined()) {
                    continue;
                }
                String other = seenTitles.putIfAbsent(r.title(), r.key());
                if (other != null) {
                    problems.add(doc.problem("/roles/" + r.key(), Texts.get("params.roles.sameTitle", other, r.key(), r.title()))
                            .withSuggestion(Texts.get("params.roles.sameTitle.fix")));
                }
            }
            if (numbering.documentChapters() && numbering.style().equals("article")) {
                problems.add(doc.problem("/numbering/documentChapters", Texts.get("params.bookFormArticles"))
                        .withSuggestion(Texts.get("params.bookFormArticles.fix")));
            }
        }

        private void checkForeignHeads(JsonNode node, String pointer, List<String> foreign, BodyParams.Body body) {
            if (node.isTextual()) {
                for (String head : foreign) {
                    if (node.asText().contains(head)) {
                        boolean wards = head.equals("区長") && body.kind().isCity();
                        problems.add(doc.problem(pointer, node.asText() + " names a " + head + ", and a body of kind "
                                + body.kind().key() + " has none (" + body.name() + " is headed by its " + body.head() + ")")
                                .withSuggestion(wards ? "if " + body.name() + " is a 政令指定都市 with wards (区), choose kind "
                                        + "designated-city; otherwise write this body's own holder or organisation"
                                        : "write this body's own holder or organisation (perhaps left from a copy of another body)"));
                        return;
                    }
                }
            } else if (node.isObject()) {
                node.fields().forEachRemaining(e -> checkForeignHeads(e.getValue(), YamlDocument.pointerChild(pointer, e.getKey()), foreign, body));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    checkForeignHeads(node.get(i), pointer + "/" + i, foreign, body);
                }
            }
        }

        /** 「○○」 left over from a copy of the model body. */
        private void leftoverPlaceholders(JsonNode node, String pointer) {
            if (node.isTextual() && node.asText().contains("○○")) {
                problems.add(doc.problem(pointer, Texts.get("params.placeholderLeft", node.asText()))
                        .withSuggestion(Texts.get("params.placeholderLeft.fix")));
            } else if (node.isObject()) {
                node.fields().forEachRemaining(e -> leftoverPlaceholders(e.getValue(), YamlDocument.pointerChild(pointer, e.getKey())));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    leftoverPlaceholders(node.get(i), pointer + "/" + i);
                }
            }
        }

        private Map<String, Role> roles(JsonNode node) {
            Map<String, Role> declared = new LinkedHashMap<>();
            for (String key : edition.roleOrder()) {
                JsonNode r = node.path(key);
                String defaultTitle = defaults.path("roles").path(key).path("title").asText();
                String defaultAbbr = defaults.path("roles").path(key).path("abbr").asText("");
                boolean given = !r.isMissingNode() && !r.isNull();
                boolean defined = given && r.path("defined").asBoolean(true);
                if (!given && !edition.optionalRoles().contains(key)) {
                    // A core role the file leaves out is folded into the one the edition names.
                    declared.put(key, new Role(key, defaultTitle, "", defaultAbbr, false, edition.foldRolesInto()));
                    continue;
                }
                if (!given) {
                    declared.put(key, new Role(key, defaultTitle, "", "", false, null));
                    continue;
                }
                String dutiesOf = text(r, "dutiesOf", defined ? null : edition.foldRolesInto());
                // An explicit empty abbr means the body uses none (its own title stands alone).
                String abbr = r.has("abbr") ? r.get("abbr").asText() : defaultAbbr;
                declared.put(key, new Role(key, text(r, "title", defaultTitle), text(r, "holder", ""),
                        abbr, defined, dutiesOf));
                if (defined && text(r, "holder", "").isEmpty()) {
                    problems.add(doc.problem("/roles/" + key, Texts.get("params.roles.noHolder", key))
                            .withSuggestion(Texts.get("params.roles.noHolder.fix")));
                }
            }
            // Resolve roles the body does not have to the role that carries their duties.
            Map<String, Role> resolved = new LinkedHashMap<>();
            for (Role role : declared.values()) {
                if (role.defined() || role.dutiesOf() == null) {
                    resolved.put(role.key(), role);
                    continue;
                }
                Role carrier = role;
                Set<String> visited = new LinkedHashSet<>();
                while (!carrier.defined() && carrier.dutiesOf() != null && visited.add(carrier.key())) {
                    carrier = declared.get(carrier.dutiesOf());
                }
                if (!carrier.defined()) {
                    problems.add(doc.problem("/roles/" + role.key() + "/dutiesOf",
                            Texts.get("params.roles.dutiesOf", role.key()))
                            .withSuggestion(Texts.get("params.roles.dutiesOf.fix")));
                    resolved.put(role.key(), role);
                    continue;
                }
                resolved.put(role.key(), new Role(role.key(), carrier.title(), carrier.holder(), carrier.abbr(),
                        false, carrier.key()));
            }
            return resolved;
        }

        private BodyParams.Unit unit(JsonNode node, String key) {
            // A committee or CSIRT block that is present is enabled unless it says otherwise.
            boolean present = !node.isMissingNode() && !node.isNull();
            return new BodyParams.Unit(present && node.path("enabled").asBoolean(true),
                    text(node, "name", defaults.path(key).path("name").asText()));
        }

        private BodyParams.Classification classification(JsonNode node) {
            String scheme = text(node, "scheme", "current");
            if (scheme.equals("local")) {
                return new BodyParams.Classification(scheme, text(node, "name", "重要性分類"),
                        levels(node.path("levels")), levels(node.path("integrity")), levels(node.path("availability")));
            }
            JsonNode d = defaults.path("classification").path(scheme);
            return new BodyParams.Classification(scheme, text(node, "name", d.path("name").asText()),
                    levels(d.path("confidentiality")), levels(d.path("integrity")), levels(d.path("availability")));
        }

        private List<Level> levels(JsonNode array) {
            List<Level> out = new ArrayList<>();
            for (JsonNode l : array) {
                out.add(new Level(l.path("label").asText(), l.path("description").asText()));
            }
            return out;
        }

        private BodyParams.Dates dates(JsonNode node) {
            String established = date(node.path("established"), "/dates/established");
            List<Revision> revisions = new ArrayList<>();
            List<BodyParams.Act> acts = new ArrayList<>();
            acts.add(act(node, established, "/dates"));
            int i = 0;
            for (JsonNode r : node.path("revisions")) {
                String date = date(r.path("date"), "/dates/revisions/" + i + "/date");
                revisions.add(new Revision(date, text(r, "note", null)));
                acts.add(act(r, date, "/dates/revisions/" + i));
                i++;
            }
            // The history must run forwards from the establishment: a reader takes the last entry as
            // the text in force.
            java.time.LocalDate previous = Wareki.toDate(established).orElse(null);
            for (int k = 0; k < revisions.size(); k++) {
                java.time.LocalDate date = Wareki.toDate(revisions.get(k).date()).orElse(null);
                if (previous != null && date != null && date.isBefore(previous)) {
                    problems.add(doc.problem("/dates/revisions/" + k + "/date", Texts.get(k == 0
                            ? "params.dates.beforeEstablishment" : "params.dates.beforeRevision", revisions.get(k).date()))
                            .withSuggestion(Texts.get("params.dates.order.fix")));
                }
                if (date != null) {
                    previous = date;
                }
            }
            int edition = node.path("edition").asInt(revisions.size() + 1);
            if (edition < revisions.size() + 1 && node.has("edition")) {
                problems.add(doc.problem("/dates/edition", Texts.get("params.dates.edition", edition, revisions.size() + 1))
                        .withSuggestion(Texts.get("params.dates.edition.fix", revisions.size() + 1)));
            }
            return new BodyParams.Dates(established, revisions, edition, acts);
        }

        /** An act of the history: its number(s), the date it took effect (default: its date), its articles. */
        private BodyParams.Act act(JsonNode node, String date, String pointer) {
            Map<String, Integer> numbers = new LinkedHashMap<>();
            JsonNode n = node.path("number");
            if (n.isInt()) {
                numbers.put("", n.asInt());
            } else if (n.isObject()) {
                n.fields().forEachRemaining(e -> numbers.put(e.getKey(), e.getValue().asInt()));
            }
            String effective = node.has("effective") ? date(node.path("effective"), pointer + "/effective") : date;
            JsonNode articles = node.path("articles");
            return new BodyParams.Act(date, numbers, effective, strings(articles.path("added")),
                    strings(articles.path("deleted")));
        }

        /** The legal frame the body asks for, checked against its documents and style; null when none. */
        private BodyParams.InstrumentChoice instrument(JsonNode node, List<Edition.DocumentSpec> documents,
                                                       BodyParams.NumberingChoice numbering) {
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            List<String> ids = documents.stream().map(Edition.DocumentSpec::id).toList();
            List<String> framed = node.has("documents") ? strings(node.path("documents")) : ids;
            for (int i = 0; i < framed.size(); i++) {
                if (!ids.contains(framed.get(i))) {
                    problems.add(doc.problem("/instrument/documents/" + i, Texts.get("params.instrument.noDocument", framed.get(i)))
                            .withSuggestion(Texts.get("params.nameOneOf", String.join(", ", ids))));
                }
            }
            Map<String, String> enactments = new LinkedHashMap<>();
            node.path("enactment").fields().forEachRemaining(e -> {
                if (!framed.contains(e.getKey())) {
                    problems.add(doc.problem("/instrument/enactment/" + e.getKey(), Texts.get("params.instrument.notFramed", e.getKey()))
                            .withSuggestion(Texts.get("params.nameOneOf", String.join(", ", framed))));
                }
                enactments.put(e.getKey(), e.getValue().asText());
            });
            if (!numbering.style().equals("article")) {
                problems.add(doc.problem("/instrument", Texts.get("params.instrument.style", numbering.style()))
                        .withSuggestion(Texts.get("params.instrument.style.fix")));
            }
            return new BodyParams.InstrumentChoice(text(node, "kind", "訓令"), framed.stream().filter(ids::contains).toList(),
                    enactments);
        }

        /**
         * What the history must hold for the frame and for stable numbers: dates to the day and a
         * number for every act when the body adopts documents as a 例規; article changes only with
         * numbering.stable; the house style only in the article style.
         */
        private void checkHistory(BodyParams.Dates dates, BodyParams.NumberingChoice numbering,
                                  BodyParams.InstrumentChoice instrument) {
            boolean article = numbering.style().equals("article");
            for (String key : List.of("itemStyle", "digits", "stable")) {
                if (!article && doc.has("/numbering/" + key)) {
                    problems.add(doc.problem("/numbering/" + key, Texts.get("params.numbering.houseStyle", key, numbering.style()))
                            .withSuggestion(Texts.get("params.numbering.houseStyle.fix", key)));
                }
            }
            for (int k = 0; k < dates.acts().size(); k++) {
                BodyParams.Act act = dates.acts().get(k);
                String pointer = k == 0 ? "/dates" : "/dates/revisions/" + (k - 1);
                boolean changesArticles = !act.added().isEmpty() || !act.deleted().isEmpty();
                if (changesArticles && !numbering.stable()) {
                    problems.add(doc.problem(pointer + "/articles", Texts.get("params.dates.articles"))
                            .withSuggestion(Texts.get("params.dates.articles.fix")));
                }
                if (instrument == null) {
                    continue;
                }
                String dateKey = k == 0 ? pointer + "/established" : pointer + "/date";
                if (!Wareki.hasDay(act.date())) {
                    problems.add(doc.problem(dateKey, Texts.get("params.dates.noDay.instrument", act.date()))
                            .withSuggestion(Texts.get("params.dates.noDay.instrument.fix", act.date())));
                }
                if (!Wareki.hasDay(act.effective()) && doc.has(pointer + "/effective")) {
                    problems.add(doc.problem(pointer + "/effective", Texts.get("params.dates.noDay", act.effective()))
                            .withSuggestion(Texts.get("params.dates.noDay.effective.fix")));
                }
                for (String key : act.numbers().keySet()) {
                    if (!key.isEmpty() && !instrument.documents().contains(key)) {
                        problems.add(doc.problem(pointer + "/number/" + key, Texts.get("params.instrument.notAdopted", key, instrument.kind()))
                                .withSuggestion(Texts.get("params.instrument.notAdopted.fix", String.join(", ", instrument.documents()))));
                    }
                }
                for (String document : instrument.documents()) {
                    if (act.number(document) == 0) {
                        problems.add(doc.problem(doc.has(pointer + "/number") ? pointer + "/number" : dateKey,
                                k == 0 ? Texts.get("params.instrument.noNumber.establishment", document)
                                        : Texts.get("params.instrument.noNumber.revision", k, document))
                                .withSuggestion(Texts.get("params.instrument.noNumber.fix", document, instrument.kind())));
                    }
                }
            }
        }

        /** Articles a revision deleted are left out of the text, as if dropped. */
        private ClauseChanges withDeletedArticles(ClauseChanges clauses, BodyParams.Dates dates) {
            List<String> drop = new ArrayList<>(clauses.drop());
            for (BodyParams.Act act : dates.acts()) {
                for (String id : act.deleted()) {
                    if (!drop.contains(id)) {
                        drop.add(id);
                    }
                }
            }
            return drop.size() == clauses.drop().size() ? clauses
                    : new ClauseChanges(clauses.replace(), clauses.add(), drop, clauses.privateClauses(), clauses.move(),
                            clauses.preface());
        }

        private String date(JsonNode node, String pointer) {
            String raw = node.asText();
            Optional<String> printed = Wareki.print(raw);
            if (printed.isEmpty()) {
                problems.add(doc.problem(pointer, Texts.get("params.dates.notDate", raw))
                        .withSuggestion(Texts.get("params.dates.notDate.fix")));
                return raw;
            }
            LocalDate date = Wareki.toDate(printed.get()).orElseThrow();
            LocalDate latest = LocalDate.of(Year.now(JAPAN).getValue() + YEARS_AHEAD, 12, 31);
            if (date.isBefore(EARLIEST_DATE) || date.isAfter(latest)) {
                problems.add(doc.problem(pointer, Texts.get("params.dates.implausible", raw, date.getYear(),
                        eraYear(EARLIEST_DATE.getYear()), EARLIEST_DATE.getYear(), eraYear(latest.getYear()), latest.getYear()))
                        .withSuggestion(Texts.get("params.dates.implausible.fix")));
            }
            return printed.get();
        }

        /** 2031 → 令和13年. */
        private static String eraYear(int year) {
            return Wareki.print(year + "-12").orElse(String.valueOf(year)).replaceAll("[0-9]+月$", "");
        }

        private ClauseChanges clauses(JsonNode node) {
            if (node.isMissingNode() || node.isNull()) {
                return ClauseChanges.NONE;
            }
            Map<String, Replacement> replace = new LinkedHashMap<>();
            node.path("replace").fields().forEachRemaining(e -> {
                String pointer = "/clauses/replace/" + e.getKey();
                checkId(e.getKey(), pointer);
                Path file = file(e.getValue().path("file").asText(), pointer + "/file");
                replace.put(e.getKey(), new Replacement(e.getKey(), file, text(e.getValue(), "title", null), pointer));
            });
            List<Addition> add = new ArrayList<>();
            Map<String, String> addedAt = new HashMap<>();
            int i = 0;
            for (JsonNode a : node.path("add")) {
                String pointer = "/clauses/add/" + i++;
                String clauseId = a.path("id").asText();
                checkId(clauseId, pointer + "/id");
                String first = addedAt.putIfAbsent(clauseId, pointer);
                if (first != null) {
                    problems.add(doc.problem(pointer + "/id", Texts.get("params.clauses.addedTwice", clauseId, doc.line(first + "/id")))
                            .withSuggestion(Texts.get("params.clauses.addedTwice.fix")));
                }
                add.add(new Addition(clauseId, placement(a, pointer, "an added clause"), a.path("title").asText(),
                        file(a.path("file").asText(), pointer + "/file"), pointer));
            }
            List<BodyParams.Move> move = new ArrayList<>();
            Map<String, String> movedAt = new HashMap<>();
            i = 0;
            for (JsonNode m : node.path("move")) {
                String pointer = "/clauses/move/" + i++;
                String clauseId = m.path("id").asText();
                checkId(clauseId, pointer + "/id");
                String first = movedAt.putIfAbsent(clauseId, pointer);
                if (first != null) {
                    problems.add(doc.problem(pointer + "/id", "clause '" + clauseId + "' is moved twice (first on line "
                            + doc.line(first + "/id") + ")").withSuggestion("keep one of the two moves"));
                }
                move.add(new BodyParams.Move(clauseId, placement(m, pointer, "a moved clause"), pointer));
            }
            List<String> drop = strings(node.path("drop"));
            List<String> privateClauses = strings(node.path("private"));
            for (int k = 0; k < privateClauses.size(); k++) {
                checkId(privateClauses.get(k), "/clauses/private/" + k);
            }
            BodyParams.Preface preface = null;
            JsonNode pf = node.path("preface");
            if (pf.isObject()) {
                boolean hasFile = pf.has("file");
                if (hasFile == pf.has("text")) {
                    problems.add(doc.problem("/clauses/preface", "a preface needs its words from exactly one of file or text")
                            .withSuggestion("file: clauses/preface.md for a clause file, or text: with the paragraphs"));
                }
                preface = new BodyParams.Preface(text(pf, "document", null), text(pf, "title", "前文"),
                        hasFile ? file(pf.path("file").asText(), "/clauses/preface/file") : null,
                        text(pf, "text", null), "/clauses/preface");
            }
            return new ClauseChanges(replace, add, drop, privateClauses, move, preface);
        }

        /** Where an added or moved clause goes: exactly one of before, after and under. */
        private BodyParams.Placement placement(JsonNode entry, String pointer, String what) {
            String before = text(entry, "before", null);
            String after = text(entry, "after", null);
            String under = text(entry, "under", null);
            int given = (before != null ? 1 : 0) + (after != null ? 1 : 0) + (under != null ? 1 : 0);
            if (given != 1) {
                problems.add(doc.problem(pointer, what + " needs exactly one of before, after or under")
                        .withSuggestion("after: basic.review places it after that clause, before: basic.purpose "
                                + "before it, under: basic.measures as the last clause under it"));
            }
            String how = before != null ? "before" : after != null ? "after" : under != null ? "under" : null;
            return new BodyParams.Placement(before, before == null ? after : null,
                    before == null && after == null ? under : null, how == null ? pointer : pointer + "/" + how);
        }

        private void checkId(String clauseId, String pointer) {
            if (!Section.isValidId(clauseId)) {
                problems.add(doc.problem(pointer, Texts.get("params.clauses.notId", clauseId))
                        .withSuggestion(Texts.get("params.clauses.notId.fix")));
            }
        }

        /** A clause file, which must stay inside the body's folder (no ../, no links out). */
        private Path file(String relative, String pointer) {
            Path resolved = folder.resolve(relative).normalize();
            if (relative.isEmpty() || Path.of(relative).isAbsolute() || !resolved.startsWith(folder)) {
                problems.add(doc.problem(pointer, Texts.get("params.clauses.outside", relative))
                        .withSuggestion(Texts.get("params.clauses.outside.fix", folder.getFileName())));
                return resolved;
            }
            if (Files.isDirectory(resolved)) {
                problems.add(doc.problem(pointer, Texts.get("params.clauses.folder", relative))
                        .withSuggestion(Texts.get("params.clauses.folder.fix", relative.replaceAll("/+$", ""))));
                return resolved;
            }
            if (!Files.isRegularFile(resolved)) {
                problems.add(doc.problem(pointer, Texts.get("params.clauses.noFile", relative))
                        .withSuggestion(Texts.get("params.clauses.noFile.fix", folder.getFileName() + "/" + relative)));
                return resolved;
            }
            try {
                if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
                    problems.add(doc.problem(pointer, Texts.get("params.clauses.linksOutside", relative)));
                }
            } catch (IOException e) {
                problems.add(doc.problem(pointer, Texts.get("params.clauses.unreadable", relative, e.getMessage())));
            }
            return resolved;
        }

        private List<String> strings(JsonNode array) {
            List<String> out = new ArrayList<>();
            for (JsonNode item : array) {
                out.add(item.asText());
            }
            return out;
        }

        private String text(JsonNode node, String key, String fallback) {
            JsonNode value = node.path(key);
            return value.isMissingNode() || value.isNull() || value.asText().isEmpty() ? fallback : value.asText();
        }
    }
}
