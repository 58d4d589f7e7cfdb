package jp.policygen.params;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policygen.model.Revision;
import jp.policygen.text.YamlDocument;

/**
 * The validated, fully derived parameters of one body ({@code municipalities/<id>/policy.yaml}).
 * Every value a template may ask for is present; nothing here is null unless documented.
 * {@code pageSetup} is the house style of its Word files ({@code houseStyle.page}, {@code houseStyle.font}).
 */
public record BodyParams(String id, Path folder, YamlDocument source, Edition edition,
                         List<Edition.DocumentSpec> documents, Body body, Titles titles, Scope scope, Staff staff, Map<String, Role> roles,
                         Unit committee, Unit csirt, Network network, Classification classification,
                         Threats threats, List<Definition> definitions, Options options, Dates dates,
                         NumberingChoice numbering, CyberPolicy cyberPolicy, ClauseChanges clauses,
                         InstrumentChoice instrument, jp.policygen.model.PageSetup pageSetup) {

    /** The name of the templates' edition (r7). */
    public String templates() {
        return edition.id();
    }

    /** The body's document of that id, if it has one. */
    public java.util.Optional<Edition.DocumentSpec> document(String documentId) {
        return documents.stream().filter(d -> d.id().equals(documentId)).findFirst();
    }

    /** A place in a file: where a value is set. */
    public record Location(Path file, int line, int column, String key) {
    }

    /**
     * Where a value the templates print is set, by the key the printed text carries
     * ({@code roles.ciso.title}, {@code scope.organisations.2}): the line in the body's
     * policy.yaml that sets it, else the edition's default, else the value it is derived from
     * (本市 from {@code body.kind}, a title from {@code body.name}).
     */
    public Location locate(String key) {
        String derivedFrom = switch (key) {
            case "body.self" -> "/body/selfReference";
            case "body.residents" -> "/body/residents";
            case "body.head" -> "/body/head";
            case "body.members" -> "/body/members";
            case "body.kindLabel", "network.modelLabel", "body.parentHead" -> null;
            default -> null;
        };
        String pointer = derivedFrom != null ? derivedFrom : "/" + key.replace('.', '/');
        if (source.has(pointer)) {
            return new Location(source.file(), source.line(pointer), source.column(pointer), key);
        }
        java.util.Optional<Path> defaults = edition.find("defaults.yaml");
        if (defaults.isPresent()) {
            YamlDocument d = YamlDocument.read(defaults.get());
            if (d.has(pointer)) {
                return new Location(d.file(), d.line(pointer), d.column(pointer), key);
            }
        }
        String fallback = switch (key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'))) {
            case "body" -> "/body/kind";
            case "policy" -> "/body/name";
            case "network" -> "/network/model";
            case "cyberPolicy" -> source.has("/cyberPolicy/adopted") ? "/cyberPolicy/adopted" : "/cyberPolicy";
            default -> pointer;
        };
        return new Location(source.file(), source.line(fallback), source.column(fallback), key);
    }

    /** The same parameters with other local clause changes. */
    public BodyParams withClauses(ClauseChanges changes) {
        return new BodyParams(id, folder, source, edition, documents, body, titles, scope, staff, roles, committee, csirt,
                network, classification, threats, definitions, options, dates, numbering, cyberPolicy, changes,
                instrument, pageSetup);
    }

    /**
     * The body and the words its kind gives it. {@code parent} is the body an organ (議会,
     * 教育委員会) belongs to, {@code parentHead} that body's head (市長); {@code members} is the
     * word for a union's member bodies (構成団体); {@code sharedSystems}: the text says how systems
     * shared with the members (a union) or with the executive (an organ) are protected.
     */
    public record Body(String name, BodyKind kind, String kindLabel, String self, String residents,
                       String head, String parent, String parentHead, String members, boolean sharedSystems) {
    }

    /** placeholder: this body is the national model, with ○○ names rather than a real body. */
    public record Titles(String policy, String basic, String standards, String procedures, boolean placeholder) {
    }

    public record Scope(List<String> organisations, List<String> exclusions) {
    }

    /**
     * Who must comply. {@code definition}: {@code collective} defines a term for the categories
     * (「職員、…及び会計年度任用職員（以下「職員等」という。）」); {@code includes} widens the first
     * category, which is the term (「職員（…及び会計年度任用職員を含む。以下同じ。）」).
     */
    public record Staff(List<String> categories, String term, String contractorTerm, String definition) {
        public boolean includes() {
            return "includes".equals(definition);
        }
    }

    /**
     * A role (最高情報セキュリティ責任者 …) as this body names and fills it. When {@code defined} is
     * false the body has no such role, and title and holder are those of the role that carries its
     * duties ({@code dutiesOf}).
     */
    public record Role(String key, String title, String holder, String abbr, boolean defined, String dutiesOf) {
    }

    /** The committee or the CSIRT. */
    public record Unit(boolean enabled, String name) {
    }

    /**
     * The zones and the separation model. {@code resilience}: the zones the 強靱性 measure covers
     * (a subset of {@code zones}; empty: the policy has no such measure).
     */
    public record Network(String model, String modelLabel, Set<String> zones, boolean securityCloud,
                          boolean wirelessLan, Set<String> resilience) {
        public boolean has(String zone) {
            return zones.contains(zone);
        }

        public boolean covers(String zone) {
            return resilience.contains(zone);
        }
    }

    public record Level(String label, String description) {
    }

    public record Classification(String scheme, String name, List<Level> confidentiality,
                                 List<Level> integrity, List<Level> availability) {
    }

    /**
     * The threats. {@code list}: {@code model} (the model's list), {@code classes} (the model's
     * threats in three classes: intentional, accidental, environmental) or {@code own} (the
     * body's list, {@code own}); {@code extra} is added to the first two.
     */
    public record Threats(String list, boolean epidemic, boolean infrastructure, List<ExtraThreat> extra,
                          List<String> own) {
    }

    /** A threat the body adds; {@code threatClass} places it among the three classes (may be null). */
    public record ExtraThreat(String text, String threatClass, String key) {
    }

    public record Definition(String term, String definition) {
    }

    /**
     * {@code violationsResponse}: none (no clause on violations), law (関係法令に基づく対処) or
     * discipline (懲戒処分).
     */
    public record Options(boolean cloud, boolean governmentCloud, boolean socialMedia, boolean outsourcing,
                          boolean telework, String violationsResponse, String publication) {
        public boolean violations() {
            return !"none".equals(violationsResponse);
        }
    }

    /**
     * The 方針 of 地方自治法 (the 2024 amendment): {@code form} none, basic-policy (the basic
     * policy doubles as it) or separate (a public document of its own); {@code adoption} joint
     * (one text for every organ) or per-organ (one text each); the organs that adopt it; the date,
     * printed in 和暦; a title for a joint separate text (null: the edition's).
     */
    public record CyberPolicy(String form, String adoption, List<String> organs, String adopted, String title) {
        public static final CyberPolicy NONE = new CyberPolicy("none", "joint", List.of(), "", null);

        public boolean basicPolicy() {
            return "basic-policy".equals(form);
        }

        public boolean separate() {
            return "separate".equals(form);
        }

        public boolean perOrgan() {
            return "per-organ".equals(adoption);
        }
    }

    /**
     * Dates as printed, in 和暦, and the history as instruments: {@code acts} holds the
     * establishment first, then each revision, with their numbers, dates in force and the articles
     * they added and deleted (empty when the body gives none of these).
     */
    public record Dates(String established, List<Revision> revisions, int edition, List<Act> acts) {
        public Dates {
            revisions = List.copyOf(revisions);
            acts = List.copyOf(acts);
        }

        public Dates(String established, List<Revision> revisions, int edition) {
            this(established, revisions, edition, List.of());
        }
    }

    /**
     * One act of the history (the establishment or a revision): its date (和暦 as printed), the
     * instrument's number per document ({@code numbers}; the key "" holds a number every document
     * shares), the date it took effect, and the articles it added and deleted ({@code numbering.stable}).
     */
    public record Act(String date, Map<String, Integer> numbers, String effective, List<String> added,
                      List<String> deleted) {
        public Act {
            numbers = Map.copyOf(numbers);
            added = List.copyOf(added);
            deleted = List.copyOf(deleted);
        }

        /** The instrument's number for a document, or 0 when none is given. */
        public int number(String documentId) {
            return numbers.getOrDefault(documentId, numbers.getOrDefault("", 0));
        }
    }

    /**
     * The numbering style and, for the article style, the house style: 号 as (1) ({@code paren})
     * or 一 ({@code kanji}), digits {@code full} or {@code mixed}, and whether article numbers stay
     * put across revisions ({@code stable}).
     */
    public record NumberingChoice(String style, boolean documentChapters, String itemStyle, String digits,
                                  boolean stable) {
        public NumberingChoice(String style, boolean documentChapters) {
            this(style, documentChapters, "paren", "mixed", false);
        }
    }

    /**
     * The legal frame when the body adopts documents as a 例規 ({@code instrument} in policy.yaml):
     * the kind (訓令, 告示, 規則), the documents adopted, and their 制定文 by document id (absent:
     * the default wording; empty: none printed).
     */
    public record InstrumentChoice(String kind, List<String> documents, Map<String, String> enactments) {
        public InstrumentChoice {
            documents = List.copyOf(documents);
            enactments = Map.copyOf(enactments);
        }

        public boolean frames(String documentId) {
            return documents.contains(documentId);
        }
    }

    /**
     * Local wording: clauses the body replaces, adds or drops, and the clauses of its public
     * document it keeps private (yaml key {@code private}). Files are inside the body folder.
     */
    public record ClauseChanges(Map<String, Replacement> replace, List<Addition> add, List<String> drop,
                                List<String> privateClauses, List<Move> move, Preface preface) {
        public static final ClauseChanges NONE = new ClauseChanges(Map.of(), List.of(), List.of(), List.of(),
                List.of(), null);

        /** Only the private marks: the model's text as this body publishes it, without local wording. */
        public ClauseChanges privateMarksOnly() {
            return new ClauseChanges(Map.of(), List.of(), List.of(), privateClauses, List.of(), null);
        }

        /** Nothing placed, moved or dropped: the model's order. */
        public boolean keepsModelOrder() {
            return add.isEmpty() && move.isEmpty() && drop.isEmpty() && preface == null;
        }
    }

    public record Replacement(String id, Path file, String title, String pointer) {
    }

    /**
     * Where a clause goes: before or after a clause, or as the last child of one ({@code under});
     * exactly one is set. {@code pointer} is the key in policy.yaml that says so.
     */
    public record Placement(String before, String after, String under, String pointer) {
        /** The clause the placement names. */
        public String anchor() {
            return before != null ? before : after != null ? after : under;
        }

        /** before, after or under. */
        public String how() {
            return before != null ? "before" : after != null ? "after" : "under";
        }
    }

    /** A local clause the body adds, at a place. */
    public record Addition(String id, Placement placement, String title, Path file, String pointer) {
    }

    /** A model clause the body moves, with everything under it; it keeps its id. */
    public record Move(String id, Placement placement, String pointer) {
    }

    /**
     * An unnumbered preface (前文, 序) before the first clause of a document: from a clause file
     * or, as plain paragraphs, from {@code text}; {@code title} is its heading (前文 by default).
     */
    public record Preface(String document, String title, Path file, String text, String pointer) {
        public static final String ID = "local.preface";
    }
}
