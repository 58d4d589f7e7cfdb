package jp.policygen.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import jp.policygen.TestProjects;
import jp.policygen.compose.ClauseSpec;
import jp.policygen.compose.Manifest;
import jp.policygen.text.YamlDocument;

/**
 * The schema is the one description of the parameters; the editions hold the facts of the model.
 * They must agree: every role, document, clause id and network model an edition knows is what the
 * schema lets a body write, and nothing the schema documents is refused by it.
 */
class SchemaEditionTest {

    private static final Path ROOT = TestProjects.real();

    private static JsonNode schema() throws Exception {
        return new ObjectMapper().readTree(Files.readString(ROOT.resolve("schema/policy.schema.json")));
    }

    private static List<Edition> editions() throws Exception {
        List<Edition> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(ROOT.resolve("templates"))) {
            for (Path f : (Iterable<Path>) folders.sorted()::iterator) {
                if (Files.isRegularFile(f.resolve("edition.yaml"))) {
                    out.add(Edition.read(ROOT.resolve("templates"), f.getFileName().toString()));
                }
            }
        }
        assertTrue(!out.isEmpty());
        return out;
    }

    @Test
    void theSchemasRolesAreTheEditionsRoles() throws Exception {
        Set<String> schemaRoles = new TreeSet<>();
        schema().path("properties").path("roles").path("properties").fieldNames().forEachRemaining(schemaRoles::add);
        Set<String> editionRoles = new TreeSet<>();
        for (Edition e : editions()) {
            editionRoles.addAll(e.roleOrder());
        }
        assertEquals(editionRoles, schemaRoles);
    }

    @Test
    void everyDocumentAndClauseIdAnEditionDeclaresIsOneTheSchemaAccepts() throws Exception {
        JsonNode s = schema();
        Pattern document = Pattern.compile(s.path("properties").path("documents").path("items").path("pattern").asText());
        Pattern clause = Pattern.compile(s.path("definitions").path("modelClauseId").path("pattern").asText());
        for (Edition e : editions()) {
            for (Edition.DocumentSpec d : e.documents()) {
                assertTrue(document.matcher(d.id()).matches(), d.id());
                List<String> ids = new ArrayList<>();
                collect(Manifest.read(e, d).clauses(), ids);
                for (String id : ids) {
                    assertTrue(clause.matcher(id).matches(), e.id() + " " + id + " is refused by the schema's modelClauseId");
                }
            }
        }
    }

    private static void collect(List<ClauseSpec> specs, List<String> out) {
        for (ClauseSpec c : specs) {
            out.add(c.id());
            collect(c.children(), out);
        }
    }

    @Test
    void theNetworkModelsAreThoseTheEditionsLabel() throws Exception {
        Set<String> schemaModels = new TreeSet<>();
        schema().path("properties").path("network").path("properties").path("model").path("enum")
                .forEach(n -> schemaModels.add(n.asText()));
        for (Edition e : editions()) {
            Set<String> labelled = new TreeSet<>();
            YamlDocument.read(e.find("defaults.yaml").orElseThrow()).root().path("network").path("modelLabels")
                    .fieldNames().forEachRemaining(labelled::add);
            assertEquals(schemaModels, labelled, e.id());
        }
    }

    /** 「my-number マイナンバー利用事務系, lgwan …」: every key a description lists is one its enum accepts. */
    @Test
    void noDescriptionDocumentsAValueItsEnumRefuses() throws Exception {
        List<String> wrong = new ArrayList<>();
        check(schema(), "", wrong);
        assertEquals(List.of(), wrong);
    }

    private static final Pattern LISTED = Pattern.compile("(?:^|[:,(（]\\s*)([a-z][a-z0-9]*(?:-[a-z0-9]+)*) [^\\x00-\\x7F]");

    private static void check(JsonNode node, String at, List<String> wrong) {
        if (node.isObject()) {
            JsonNode values = node.has("enum") ? node.path("enum") : node.path("items").path("enum");
            if (values.isArray() && node.has("description")) {
                Set<String> allowed = new TreeSet<>();
                values.forEach(v -> allowed.add(v.asText()));
                Matcher m = LISTED.matcher(node.path("description").asText());
                while (m.find()) {
                    if (!allowed.contains(m.group(1))) {
                        wrong.add(at + ": documents '" + m.group(1) + "', which its enum " + allowed + " refuses");
                    }
                }
            }
            node.fields().forEachRemaining(e -> check(e.getValue(), at + "/" + e.getKey(), wrong));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), at + "/" + i, wrong);
            }
        }
    }

    /**
     * Every free value has a bound, so that no parameter can make a run slow or a page absurd
     * (a string without an enum or a const needs maxLength; a list needs maxItems). A new
     * parameter added without one fails here.
     */
    @Test
    void everyStringAndListInTheSchemaHasALimit() throws Exception {
        List<String> unbounded = new ArrayList<>();
        unbounded(schema(), "", unbounded);
        assertEquals(List.of(), unbounded);
    }

    private static void unbounded(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            String type = node.path("type").asText("");
            if (type.equals("string") && !node.has("maxLength") && !node.has("enum") && !node.has("const")) {
                out.add(path + ": a string without maxLength");
            }
            if (type.equals("array") && !node.has("maxItems")) {
                out.add(path + ": a list without maxItems");
            }
            node.fields().forEachRemaining(e -> unbounded(e.getValue(), path + "/" + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unbounded(node.get(i), path + "/" + i, out);
            }
        }
    }
}
