package jp.policygen.params;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Visibility;
import jp.policygen.text.Suggestions;
import jp.policygen.text.YamlDocument;
import jp.policygen.i18n.Texts;

/**
 * One edition of the templates ({@code templates/<id>/edition.yaml}): the documents it offers,
 * the roles of its security organisation and the body that stands for the national model. An
 * edition may extend another ({@code extends: r7}): it then holds only the files that changed,
 * and every other file, and every key its edition.yaml leaves out, comes from the one it extends.
 */
public record Edition(String id, String label, List<Path> folders, List<DocumentSpec> documents,
                      List<String> roleOrder, Set<String> optionalRoles, String foldRolesInto,
                      String compareBaseline, CyberPolicyFrame cyberPolicy, Path file) {

    /** Edition ids are folder names under templates/: they may not climb out of it. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    /**
     * A document the edition offers, as its edition.yaml declares it, or one instance of it a body
     * has: {@code source} is the id whose manifest and templates it is made from (its own id but
     * for an instance, e.g. cyber-policy-council of cyber-policy), {@code organ} the organ an
     * instance is adopted by (null for a document of the whole body).
     */
    public record DocumentSpec(String id, String name, String title, Visibility visibility, int chapter,
                               boolean byDefault, int line, String source, String organ) {
        public DocumentSpec(String id, String name, String title, Visibility visibility, int chapter,
                            boolean byDefault, int line) {
            this(id, name, title, visibility, chapter, byDefault, line, id, null);
        }

        /** The kind the document model carries: its id and what it is. */
        public DocumentKind kind() {
            return new DocumentKind(id, name);
        }

        /** This document as one organ adopts it: its own id and chapter, the organ named. */
        public DocumentSpec forOrgan(String instanceId, int instanceChapter, String organName) {
            return new DocumentSpec(instanceId, name, title, visibility, instanceChapter, byDefault, line, id, organName);
        }

        /** This document with another title template (a body's own title). */
        public DocumentSpec withTitle(String titleTemplate) {
            return new DocumentSpec(id, name, titleTemplate, visibility, chapter, byDefault, line, source, organ);
        }
    }

    /**
     * What the edition knows of the 方針 that 地方自治法 asks for (the 2024 amendment): the document
     * a body adopts when its 方針 is a text of its own, the statute as the text cites it (in full
     * and short), the day it was enacted (a text revised before cannot cite it) and the ids the
     * documents of common organs take when each organ adopts its own.
     */
    public record CyberPolicyFrame(String document, String statute, String statuteShort, java.time.LocalDate enacted,
                                   java.util.Map<String, String> organIds, int line) {
        public CyberPolicyFrame {
            organIds = java.util.Map.copyOf(organIds);
        }

        /** The id of the document one organ adopts: cyber-policy-council, or cyber-policy-3 for an organ the edition does not name. */
        public String documentIdFor(String organ, int position) {
            String known = organIds.get(organ);
            return document + "-" + (known != null ? known : "organ" + position);
        }
    }

    public Edition {
        folders = List.copyOf(folders);
        documents = List.copyOf(documents);
        roleOrder = List.copyOf(roleOrder);
        optionalRoles = Set.copyOf(optionalRoles);
    }

    /** The edition's folder first, then the folders of the editions it extends. */
    public Path folder() {
        return folders.get(0);
    }

    /**
     * A file of the edition by its path inside the edition folder ({@code standards/manifest.yaml}):
     * this edition's own if it has one, else the nearest extended edition's.
     */
    public Optional<Path> find(String relative) {
        for (Path folder : folders) {
            Path candidate = folder.resolve(relative).normalize();
            if (candidate.startsWith(folder) && Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public Optional<DocumentSpec> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<String> documentIds() {
        return documents.stream().map(DocumentSpec::id).toList();
    }

    /** The documents a body has when its policy.yaml does not choose. */
    public List<DocumentSpec> defaultDocuments() {
        return documents.stream().filter(DocumentSpec::byDefault).toList();
    }

    /**
     * The documents a body has, in the edition's order: those of {@code ids}, with the 方針 document
     * once per organ when {@code organsEachAdopting} names organs that each adopt their own (each
     * instance takes the next chapter number, and an id and title of its organ).
     */
    public List<DocumentSpec> documentsOf(Set<String> ids, List<String> organsEachAdopting) {
        List<DocumentSpec> out = new ArrayList<>();
        int shift = 0;
        for (DocumentSpec d : documents) {
            if (!ids.contains(d.id())) {
                continue;
            }
            if (cyberPolicy != null && d.id().equals(cyberPolicy.document()) && !organsEachAdopting.isEmpty()) {
                for (int i = 0; i < organsEachAdopting.size(); i++) {
                    String organ = organsEachAdopting.get(i);
                    out.add(d.forOrgan(cyberPolicy.documentIdFor(organ, i + 1), d.chapter() + shift + i, organ));
                }
                shift += organsEachAdopting.size() - 1;
            } else {
                out.add(shift == 0 ? d : new DocumentSpec(d.id(), d.name(), d.title(), d.visibility(), d.chapter() + shift,
                        d.byDefault(), d.line(), d.source(), d.organ()));
            }
        }
        return out;
    }

    /**
     * The newest edition in a templates folder (the highest number: r10 after r9), which a body
     * that names none follows.
     */
    public static String newest(Path templatesRoot) {
        return known(templatesRoot.toAbsolutePath().normalize()).stream()
                .max(java.util.Comparator.comparingInt((String e) -> e.replaceAll("\\D", "").isEmpty() ? 0
                        : Integer.parseInt(e.replaceAll("\\D", ""))).thenComparing(e -> e))
                .orElse("r7");
    }

    /** Reads {@code templates/<id>/edition.yaml} and the chain of editions it extends. */
    public static Edition read(Path templatesRoot, String id) {
        return read(templatesRoot, id, new LinkedHashSet<>());
    }

    private static Edition read(Path templatesRoot, String id, Set<String> chain) {
        Path root = templatesRoot.toAbsolutePath().normalize();
        if (id == null || !ID.matcher(id).matches()) {
            throw PolicygenException.badInput(Problem.at(root, 0, 0, null, Texts.get("params.edition.notName", id)));
        }
        Path folder = root.resolve(id);
        Path file = folder.resolve("edition.yaml");
        if (!Files.isRegularFile(file)) {
            List<String> known = known(root);
            String near = Suggestions.nearest(id, known);
            throw PolicygenException.badInput(new Problem(file, 0, 0, null, Texts.get("params.edition.noTemplates", id),
                    near != null ? Texts.get("params.didYouMean", near) : Texts.get("params.edition.noTemplates.fix", String.join(", ", known))));
        }
        if (!chain.add(id)) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, "extends",
                    Texts.get("params.edition.circle", String.join(" → ", chain) + " → " + id)));
        }
        YamlDocument doc = YamlDocument.read(file);
        JsonNode root0 = doc.root();
        List<Problem> problems = new ArrayList<>();
        checkKeys(doc, root0, problems);
        if (!id.equals(root0.path("edition").asText())) {
            problems.add(doc.problem("/edition", Texts.get("params.edition.name", id)));
        }
        Edition parent = null;
        if (root0.has("extends")) {
            parent = read(templatesRoot, root0.path("extends").asText(), chain);
        }
        List<Path> folders = new ArrayList<>();
        folders.add(folder);
        if (parent != null) {
            folders.addAll(parent.folders());
        }
        String label = root0.path("label").asText(parent == null ? id : parent.label());
        List<DocumentSpec> documents = root0.has("documents") ? documents(doc, problems)
                : parent != null ? parent.documents() : List.of();
        if (documents.isEmpty()) {
            problems.add(doc.problem("", Texts.get("params.edition.noDocuments")));
        }
        JsonNode roles = root0.path("roles");
        List<String> order = roles.has("order") ? strings(roles.path("order"))
                : parent != null ? parent.roleOrder() : List.of();
        Set<String> optional = roles.has("optional") ? new LinkedHashSet<>(strings(roles.path("optional")))
                : parent != null ? parent.optionalRoles() : Set.of();
        String foldInto = roles.has("foldInto") ? roles.path("foldInto").asText()
                : parent != null ? parent.foldRolesInto() : null;
        if (order.isEmpty()) {
            problems.add(doc.problem("/roles", Texts.get("params.edition.noRoles")));
        }
        for (String o : optional) {
            if (!order.contains(o)) {
                problems.add(doc.problem("/roles/optional", Texts.get("params.edition.optionalRole", o)));
            }
        }
        if (foldInto == null || !order.contains(foldInto) || optional.contains(foldInto)) {
            problems.add(doc.problem("/roles/foldInto", Texts.get("params.edition.foldInto")));
        }
        String baseline = root0.path("compare").has("baseline") ? root0.path("compare").path("baseline").asText()
                : parent != null ? parent.compareBaseline() : "model";
        CyberPolicyFrame cyber = root0.has("cyberPolicy") ? cyberPolicy(doc, documents, problems)
                : parent != null ? parent.cyberPolicy() : null;
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("params.problems", file, problems.size()), problems);
        }
        return new Edition(id, label, folders, documents, order, optional, foldInto, baseline, cyber, file);
    }

    private static List<DocumentSpec> documents(YamlDocument doc, List<Problem> problems) {
        List<DocumentSpec> out = new ArrayList<>();
        JsonNode list = doc.root().path("documents");
        Set<String> ids = new LinkedHashSet<>();
        Set<Integer> chapters = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode d = list.get(i);
            String at = "/documents/" + i;
            String id = d.path("id").asText();
            if (!ID.matcher(id).matches()) {
                problems.add(doc.problem(at + "/id", Texts.get("params.edition.documentId", id)));
            } else if (!ids.add(id)) {
                problems.add(doc.problem(at + "/id", Texts.get("params.edition.documentTwice", id)));
            }
            String visibility = d.path("visibility").asText();
            if (!visibility.equals("public") && !visibility.equals("private")) {
                problems.add(doc.problem(at + "/visibility", Texts.get("params.edition.visibility")));
                visibility = "private";
            }
            int chapter = d.path("chapter").asInt(0);
            if (chapter < 1 || !chapters.add(chapter)) {
                problems.add(doc.problem(at + "/chapter", Texts.get("params.edition.chapter")));
            }
            for (String key : List.of("name", "title")) {
                if (d.path(key).asText().isBlank()) {
                    problems.add(doc.problem(at, Texts.get("params.edition.documentKey", id, key)));
                }
            }
            out.add(new DocumentSpec(id, d.path("name").asText(), d.path("title").asText(),
                    Visibility.valueOf(visibility.toUpperCase(java.util.Locale.ROOT)), chapter,
                    d.path("default").asBoolean(true), doc.line(at)));
        }
        return out;
    }

    private static CyberPolicyFrame cyberPolicy(YamlDocument doc, List<DocumentSpec> documents, List<Problem> problems) {
        JsonNode c = doc.root().path("cyberPolicy");
        String document = c.path("document").asText();
        if (documents.stream().noneMatch(d -> d.id().equals(document))) {
            problems.add(doc.problem("/cyberPolicy/document", "'" + document + "' is not a document of this edition"));
        }
        for (String key : List.of("statute", "statuteShort", "enacted")) {
            if (c.path(key).asText().isBlank()) {
                problems.add(doc.problem("/cyberPolicy", "cyberPolicy needs " + key));
            }
        }
        java.time.LocalDate enacted = null;
        try {
            enacted = java.time.LocalDate.parse(c.path("enacted").asText());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(doc.problem("/cyberPolicy/enacted", "expected a day such as 2024-06-26"));
        }
        java.util.Map<String, String> organIds = new java.util.LinkedHashMap<>();
        c.path("organIds").fields().forEachRemaining(e -> {
            if (!ID.matcher(e.getValue().asText()).matches()) {
                problems.add(doc.problem("/cyberPolicy/organIds/" + e.getKey(), "not an id (lower-case letters, digits, -)"));
            }
            organIds.put(e.getKey(), e.getValue().asText());
        });
        return new CyberPolicyFrame(document, c.path("statute").asText(), c.path("statuteShort").asText(), enacted,
                organIds, doc.line("/cyberPolicy"));
    }

    private static final Set<String> KEYS = Set.of("edition", "extends", "label", "documents", "roles", "compare",
            "cyberPolicy");

    private static void checkKeys(YamlDocument doc, JsonNode root, List<Problem> problems) {
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                String near = Suggestions.nearest(key, KEYS);
                problems.add(doc.problem("/" + key, Texts.get("params.edition.unknownKey", key)).withSuggestion(
                        near != null ? Texts.get("params.didYouMean", near)
                                : Texts.get("params.edition.unknownKey.fix", String.join(", ", new java.util.TreeSet<>(KEYS)))));
            }
        });
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> known(Path templatesRoot) {
        try (var folders = Files.list(templatesRoot)) {
            return folders.filter(p -> Files.isRegularFile(p.resolve("edition.yaml")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
