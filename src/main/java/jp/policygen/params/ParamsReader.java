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
            List<Edition.DocumentSpec> documents = documents(edition);

            JsonNode b = root.path("body");
            String name = b.path("name").asText();
            BodyKind kind = BodyKind.fromKey(b.path("kind").asText());
            String parent = text(b, "parent", null);
            if (kind == BodyKind.COUNCIL && parent == null) {
                parent = name.endsWith("議会") ? name.substring(0, name.length() - 2) : null;
            }
            BodyParams.Body body = new BodyParams.Body(name, kind, kind.label(name),
                    text(b, "selfReference", kind.self(name)),
                    text(b, "residents", kind.residents(name, parent)),
                    text(b, "head", kind.head(name)), parent);

            JsonNode p = root.path("policy");
            String policyTitle = text(p, "title", name + "情報セキュリティポリシー");
            BodyParams.Titles titles = new BodyParams.Titles(policyTitle,
                    text(p, "basicTitle", name + "情報セキュリティ基本方針"),
                    text(p, "standardsTitle", name + "情報セキュリティ対策基準"),
                    text(p, "proceduresTitle", "情報セキュリティ実施手順"),
                    p.path("placeholder").asBoolean(false));

            BodyParams.Scope scope = new BodyParams.Scope(strings(root.path("scope").path("organisations")),
                    strings(root.path("scope").path("exclusions")));
            JsonNode s = root.path("staff");
            BodyParams.Staff staff = new BodyParams.Staff(strings(s.path("categories")),
                    text(s, "term", defaults.path("staff").path("term").asText()),
                    text(s, "contractorTerm", defaults.path("staff").path("contractorTerm").asText()));

            Map<String, Role> roles = roles(root.path("roles"));
            BodyParams.Unit committee = unit(root.path("committee"), "committee");
            BodyParams.Unit csirt = unit(root.path("csirt"), "csirt");

            JsonNode n = root.path("network");
            String model = text(n, "model", "none");
            Set<String> zones = new LinkedHashSet<>(strings(n.path("zones")));
            BodyParams.Network network = new BodyParams.Network(model,
                    defaults.path("network").path("modelLabels").path(model).asText(model), Set.copyOf(zones),
                    n.path("securityCloud").asBoolean(false), n.path("wirelessLan").asBoolean(false));
            if (!"none".equals(model) && !(zones.contains("lgwan") && zones.contains("internet"))) {
                problems.add(doc.problem("/network/model", Texts.get("params.networkZones", model)).withSuggestion(
                        Texts.get("params.networkZones.fix")));
            }

            BodyParams.Classification classification = classification(root.path("classification"));

            JsonNode t = root.path("threats");
            BodyParams.Threats threats = new BodyParams.Threats(t.path("epidemic").asBoolean(false),
                    t.path("infrastructure").asBoolean(true), strings(t.path("extra")));

            List<BodyParams.Definition> definitions = new ArrayList<>();
            for (JsonNode d : root.path("definitions").path("extra")) {
                definitions.add(new BodyParams.Definition(d.path("term").asText(), d.path("definition").asText()));
            }

            JsonNode o = root.path("options");
            BodyParams.Options options = new BodyParams.Options(o.path("cloud").asBoolean(true),
                    o.path("governmentCloud").asBoolean(false), o.path("socialMedia").asBoolean(false),
                    o.path("outsourcing").asBoolean(true), o.path("telework").asBoolean(false),
                    o.path("violations").asBoolean(false), text(o, "publication", "basic-policy"));

            BodyParams.Dates dates = dates(root.path("dates"));

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
                    network, classification, threats, definitions, options, dates, numbering, clauses, instrument, pageSetup);
        }

        /** The documents the body has: those it lists, in the edition's order, or the edition's default set. */
        private List<Edition.DocumentSpec> documents(Edition edition) {
            JsonNode listed = root.path("documents");
            if (listed.isMissingNode() || listed.isNull()) {
                return edition.defaultDocuments();
            }
            Set<String> wanted = new LinkedHashSet<>();
            for (int i = 0; i < listed.size(); i++) {
                String id = listed.get(i).asText();
                if (edition.document(id).isEmpty()) {
                    String near = Suggestions.nearest(id, edition.documentIds());
                    problems.add(doc.problem("/documents/" + i, Texts.get("params.documents.unknown", edition.id(), id))
                            .withSuggestion(near != null ? Texts.get("params.didYouMean", near)
                                    : Texts.get("params.documents.unknown.fix", String.join(", ", edition.documentIds()))));
                } else if (!wanted.add(id)) {
                    problems.add(doc.problem("/documents/" + i, Texts.get("params.documents.twice", id)));
                }
            }
            if (listed.size() == 0) {
                problems.add(doc.problem("/documents", Texts.get("params.documents.none"))
                        .withSuggestion(Texts.get("params.documents.none.fix", String.join(", ", edition.documentIds()))));
            }
            return edition.documents().stream().filter(d -> wanted.contains(d.id())).toList();
        }

        /** What the schema cannot see: a name that contradicts its kind, model leftovers, clashing titles. */
        private void checkConsistency(BodyParams.Body body, BodyParams.Titles titles, Map<String, Role> roles,
                                      BodyParams.NumberingChoice numbering) {
            String name = body.name();
            List<String> endings = switch (body.kind()) {
                case CITY -> List.of("市");
                case TOWN -> List.of("町");
                case VILLAGE -> List.of("村");
                case SPECIAL_WARD -> List.of("区");
                case PREFECTURE -> List.of("都", "道", "府", "県");
                case COUNCIL -> List.of("議会");
                case PARTIAL_AFFAIRS_UNION -> List.of("組合");
                case WIDE_AREA_UNION -> List.of("広域連合");
            };
            if (endings.stream().noneMatch(name::endsWith)) {
                problems.add(doc.problem("/body/kind", Texts.get("params.kindMismatch", name, body.kind().key(),
                        String.join("/", endings)))
                        .withSuggestion(Texts.get("params.kindMismatch.fix")));
            }
            if (titles.placeholder() && !name.contains("○○")) {
                problems.add(doc.problem("/policy/placeholder", Texts.get("params.placeholderFlag", name))
                        .withSuggestion(Texts.get("params.placeholderFlag.fix")));
            }
            if (!titles.placeholder() || !name.contains("○○")) {
                leftoverPlaceholders(root, "");
            }
            // 副市長 or 市長部局 in a town: left over from a copy of another kind of body
            Map<BodyKind, String> heads = Map.of(BodyKind.CITY, "市長", BodyKind.TOWN, "町長", BodyKind.VILLAGE, "村長",
                    BodyKind.SPECIAL_WARD, "区長");
            if (heads.containsKey(body.kind())) {
                List<String> foreign = heads.entrySet().stream().filter(e -> e.getKey() != body.kind())
                        .map(Map.Entry::getValue).toList();
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
                        problems.add(doc.problem(pointer, Texts.get("params.foreignHead", node.asText(), head, body.name(), body.head()))
                                .withSuggestion(Texts.get("params.foreignHead.fix")));
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
                    : new ClauseChanges(clauses.replace(), clauses.add(), drop, clauses.privateClauses());
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
                String after = text(a, "after", null);
                String under = text(a, "under", null);
                if ((after == null) == (under == null)) {
                    problems.add(doc.problem(pointer, Texts.get("params.clauses.afterOrUnder"))
                            .withSuggestion(Texts.get("params.clauses.afterOrUnder.fix")));
                }
                add.add(new Addition(clauseId, after, under, a.path("title").asText(),
                        file(a.path("file").asText(), pointer + "/file"), pointer));
            }
            List<String> drop = strings(node.path("drop"));
            List<String> privateClauses = strings(node.path("private"));
            for (int k = 0; k < privateClauses.size(); k++) {
                checkId(privateClauses.get(k), "/clauses/private/" + k);
            }
            return new ClauseChanges(replace, add, drop, privateClauses);
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
