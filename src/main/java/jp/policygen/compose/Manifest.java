package jp.policygen.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.params.Edition;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.text.Suggestions;
import jp.policygen.text.YamlDocument;
import jp.policygen.i18n.Texts;

/**
 * A document's manifest ({@code <edition>/<document>/manifest.yaml}): its article level and tree of
 * clauses. What the document is (title, visibility, chapter) is declared in the edition.yaml.
 */
public record Manifest(Edition.DocumentSpec document, int articleLevel, List<ClauseSpec> clauses, Path file) {

    private static final Set<String> CLAUSE_KEYS = Set.of("id", "title", "template", "when", "visibility", "children",
            "include");
    private static final Set<String> TOP_KEYS = Set.of("document", "articleLevel", "clauses");

    public Manifest {
        clauses = List.copyOf(clauses);
    }

    /** The document's title as printed, a template over the body's data. */
    public String title() {
        return document.title();
    }

    public Visibility visibility() {
        return document.visibility();
    }

    /**
     * Reads {@code <document>/manifest.yaml} of an edition with its includes; each file, and each
     * template a clause names, is the edition's own or, failing that, that of the edition it extends.
     */
    public static Manifest read(Edition edition, Edition.DocumentSpec document) {
        String relative = document.source() + "/manifest.yaml";
        Path file = edition.find(relative).orElseThrow(() -> PolicygenException.badInput(new Problem(
                edition.file(), document.line(), 0, "documents", Texts.get("compose.manifest.missing", document.id()),
                Texts.get("compose.manifest.missing.fix", edition.folder().resolve(relative)))));
        YamlDocument doc = YamlDocument.read(file);
        JsonNode root = doc.root();
        List<Problem> problems = new ArrayList<>();
        checkKeys(doc, root, "", TOP_KEYS, problems);
        if (!document.source().equals(root.path("document").asText())) {
            problems.add(doc.problem("/document", Texts.get("compose.manifest.document", document.source())));
        }
        Map<String, ClauseSpec> seen = new HashMap<>();
        List<ClauseSpec> clauses = readClauses(edition, document.source(), doc, root.path("clauses"), "/clauses",
                new HashSet<>(), seen, problems);
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("params.problems", file, problems.size()), problems);
        }
        return new Manifest(document, root.path("articleLevel").asInt(1), clauses, file);
    }

    private static List<ClauseSpec> readClauses(Edition edition, String folder, YamlDocument doc, JsonNode array,
                                                String pointer, Set<Path> including, Map<String, ClauseSpec> seen,
                                                List<Problem> problems) {
        List<ClauseSpec> out = new ArrayList<>();
        if (!array.isArray()) {
            if (!array.isMissingNode()) {
                problems.add(doc.problem(pointer, Texts.get("compose.manifest.list")));
            }
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String at = pointer + "/" + i;
            if (node.has("include")) {
                out.add(include(edition, folder, doc, node, at, including, seen, problems));
                continue;
            }
            out.add(clause(edition, folder, doc, node, at, including, seen, problems));
        }
        return out;
    }

    private static ClauseSpec include(Edition edition, String folder, YamlDocument doc, JsonNode node, String at,
                                      Set<Path> including, Map<String, ClauseSpec> seen, List<Problem> problems) {
        String relative = inside(folder, node.path("include").asText());
        Path target = relative == null ? null : edition.find(relative).orElse(null);
        if (relative == null) {
            problems.add(doc.problem(at + "/include", Texts.get("compose.manifest.include.outside", folder)));
            return null;
        }
        if (target == null) {
            problems.add(doc.problem(at + "/include", Texts.get("compose.manifest.include.noFile", relative, edition.id())));
            return null;
        }
        if (!including.add(target)) {
            problems.add(doc.problem(at + "/include", Texts.get("compose.manifest.include.cycle", target.getFileName())));
            return null;
        }
        if (!java.nio.file.Files.isRegularFile(target)) {
            problems.add(doc.problem(at + "/include", Texts.get("compose.manifest.include.noSuchFile", node.path("include").asText())));
            including.remove(target);
            return null;
        }
        YamlDocument included;
        try {
            included = YamlDocument.read(target);
        } catch (PolicygenException e) {
            problems.addAll(e.problems());
            return null;
        }
        // Templates named in an included file are relative to that file's folder.
        String includedFolder = parentOf(relative);
        ClauseSpec spec = clause(edition, includedFolder, included, included.root(), "", including, seen, problems);
        including.remove(target);
        return spec;
    }

    /**
     * {@code name} taken relative to the edition folder {@code folder} ("standards/physical"), as
     * a normalised edition-relative path; null when it climbs out of the document's folder.
     */
    private static String inside(String folder, String name) {
        Path base = Path.of(folder).normalize();
        Path p = base.resolve(name).normalize();
        Path documentFolder = base.getName(0);
        if (p.isAbsolute() || !p.startsWith(documentFolder) || p.equals(documentFolder)) {
            return null;
        }
        return p.toString().replace('\\', '/');
    }

    private static String parentOf(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    private static ClauseSpec clause(Edition edition, String folder, YamlDocument doc, JsonNode node, String at,
                                     Set<Path> including, Map<String, ClauseSpec> seen, List<Problem> problems) {
        checkKeys(doc, node, at, CLAUSE_KEYS, problems);
        String id = node.path("id").asText();
        if (!Section.isValidId(id)) {
            problems.add(doc.problem(at + "/id", Texts.get("params.clauses.notId", id)));
        } else if (seen.containsKey(id)) {
            ClauseSpec first = seen.get(id);
            problems.add(doc.problem(at + "/id", Texts.get("compose.manifest.idTwice", id,
                    first.declaredIn().getFileName() + ":" + first.line())));
        }
        String template = node.has("template") ? node.path("template").asText() : null;
        String relativeTemplate = null;
        if (template != null) {
            String t = inside(folder, template);
            if (t == null || edition.find(t).isEmpty()) {
                problems.add(doc.problem(at + "/template", Texts.get("compose.manifest.noTemplate", template)));
            } else {
                relativeTemplate = t;
            }
        }
        List<ClauseSpec> children = readClauses(edition, folder, doc, node.path("children"),
                at + "/children", including, seen, problems);
        if (template == null && children.isEmpty()) {
            problems.add(doc.problem(at, Texts.get("compose.manifest.empty", id)));
        }
        String title = node.path("title").asText();
        if (title.isEmpty()) {
            problems.add(doc.problem(at, Texts.get("compose.manifest.noTitle", id)));
        }
        String when = node.has("when") ? node.path("when").asText() : null;
        String visibility = node.path("visibility").asText("public");
        if (!visibility.equals("public") && !visibility.equals("private")) {
            problems.add(doc.problem(at + "/visibility", Texts.get("params.edition.visibility")));
        }
        ClauseSpec spec = new ClauseSpec(id, title, relativeTemplate, when, visibility.equals("private"),
                children.stream().filter(java.util.Objects::nonNull).toList(), doc.file(), doc.line(at));
        seen.putIfAbsent(id, spec);
        return spec;
    }

    private static void checkKeys(YamlDocument doc, JsonNode node, String at, Set<String> allowed, List<Problem> problems) {
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                String near = Suggestions.nearest(key, allowed);
                problems.add(doc.problem(YamlDocument.pointerChild(at, key), Texts.get("params.edition.unknownKey", key))
                        .withSuggestion(near == null ? Texts.get("params.edition.unknownKey.fix", String.join(", ", new java.util.TreeSet<>(allowed)))
                                : Texts.get("compose.didYouMean", near)));
            }
        });
    }
}
