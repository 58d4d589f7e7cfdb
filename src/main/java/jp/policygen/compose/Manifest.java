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
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.text.Suggestions;
import jp.policygen.text.YamlDocument;

/** A document's manifest: its title, visibility, article level and tree of clauses. */
public record Manifest(DocumentKind kind, String title, Visibility visibility, int articleLevel,
                       List<ClauseSpec> clauses, Path file) {

    private static final Set<String> CLAUSE_KEYS = Set.of("id", "title", "template", "when", "visibility", "children",
            "include");
    private static final Set<String> TOP_KEYS = Set.of("document", "title", "visibility", "articleLevel", "clauses");

    public Manifest {
        clauses = List.copyOf(clauses);
    }

    /** Reads {@code <editionFolder>/<stem>/manifest.yaml} with its includes. */
    public static Manifest read(Path editionFolder, DocumentKind kind) {
        Path folder = editionFolder.resolve(kind.stem());
        Path file = folder.resolve("manifest.yaml");
        YamlDocument doc = YamlDocument.read(file);
        JsonNode root = doc.root();
        List<Problem> problems = new ArrayList<>();
        checkKeys(doc, root, "", TOP_KEYS, problems);
        if (!kind.stem().equals(root.path("document").asText())) {
            problems.add(doc.problem("/document", "expected document: " + kind.stem()));
        }
        String visibility = root.path("visibility").asText("private");
        if (!visibility.equals("public") && !visibility.equals("private")) {
            problems.add(doc.problem("/visibility", "expected public or private"));
        }
        Map<String, ClauseSpec> seen = new HashMap<>();
        List<ClauseSpec> clauses = readClauses(editionFolder, folder, doc, root.path("clauses"), "/clauses",
                new HashSet<>(), seen, problems);
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(file + ": " + problems.size() + " problem(s)", problems);
        }
        return new Manifest(kind, root.path("title").asText(), Visibility.valueOf(visibility.toUpperCase()),
                root.path("articleLevel").asInt(1), clauses, file);
    }

    private static List<ClauseSpec> readClauses(Path editionFolder, Path folder, YamlDocument doc, JsonNode array,
                                                String pointer, Set<Path> including, Map<String, ClauseSpec> seen,
                                                List<Problem> problems) {
        List<ClauseSpec> out = new ArrayList<>();
        if (!array.isArray()) {
            if (!array.isMissingNode()) {
                problems.add(doc.problem(pointer, "expected a list of clauses"));
            }
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String at = pointer + "/" + i;
            if (node.has("include")) {
                out.add(include(editionFolder, folder, doc, node, at, including, seen, problems));
                continue;
            }
            out.add(clause(editionFolder, folder, doc, node, at, including, seen, problems));
        }
        return out;
    }

    private static ClauseSpec include(Path editionFolder, Path folder, YamlDocument doc, JsonNode node, String at,
                                      Set<Path> including, Map<String, ClauseSpec> seen, List<Problem> problems) {
        Path target = folder.resolve(node.path("include").asText()).normalize();
        if (!target.startsWith(folder)) {
            problems.add(doc.problem(at + "/include", "include must stay inside " + folder.getFileName()));
            return null;
        }
        if (!including.add(target)) {
            problems.add(doc.problem(at + "/include", "include cycle through " + target.getFileName()));
            return null;
        }
        if (!java.nio.file.Files.isRegularFile(target)) {
            problems.add(doc.problem(at + "/include", "no such file: " + node.path("include").asText()));
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
        Path includedFolder = target.getParent();
        ClauseSpec spec = clause(editionFolder, includedFolder, included, included.root(), "", including, seen, problems);
        including.remove(target);
        return spec;
    }

    private static ClauseSpec clause(Path editionFolder, Path folder, YamlDocument doc, JsonNode node, String at,
                                     Set<Path> including, Map<String, ClauseSpec> seen, List<Problem> problems) {
        checkKeys(doc, node, at, CLAUSE_KEYS, problems);
        String id = node.path("id").asText();
        if (!Section.isValidId(id)) {
            problems.add(doc.problem(at + "/id", "'" + id + "' is not a clause id"));
        } else if (seen.containsKey(id)) {
            ClauseSpec first = seen.get(id);
            problems.add(doc.problem(at + "/id", "clause id '" + id + "' is declared twice (also "
                    + first.declaredIn().getFileName() + ":" + first.line() + ")"));
        }
        String template = node.has("template") ? node.path("template").asText() : null;
        String relativeTemplate = null;
        if (template != null) {
            Path t = folder.resolve(template).normalize();
            if (!t.startsWith(editionFolder) || !java.nio.file.Files.isRegularFile(t)) {
                problems.add(doc.problem(at + "/template", "no template file " + template));
            } else {
                relativeTemplate = editionFolder.getParent().relativize(t).toString().replace('\\', '/');
            }
        }
        List<ClauseSpec> children = readClauses(editionFolder, folder, doc, node.path("children"),
                at + "/children", including, seen, problems);
        if (template == null && children.isEmpty()) {
            problems.add(doc.problem(at, "clause '" + id + "' has neither a template nor children"));
        }
        String title = node.path("title").asText();
        if (title.isEmpty()) {
            problems.add(doc.problem(at, "clause '" + id + "' has no title"));
        }
        String when = node.has("when") ? node.path("when").asText() : null;
        String visibility = node.path("visibility").asText("public");
        if (!visibility.equals("public") && !visibility.equals("private")) {
            problems.add(doc.problem(at + "/visibility", "expected public or private"));
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
                problems.add(doc.problem(YamlDocument.pointerChild(at, key), "unknown key '" + key + "'")
                        .withSuggestion(near == null ? "allowed: " + String.join(", ", new java.util.TreeSet<>(allowed))
                                : "did you mean '" + near + "'?"));
            }
        });
    }
}
