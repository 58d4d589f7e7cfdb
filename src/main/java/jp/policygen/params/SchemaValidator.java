package jp.policygen.params;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.text.Suggestions;
import jp.policygen.text.YamlDocument;
import jp.policygen.i18n.Texts;

/**
 * Checks a policy.yaml against {@code schema/policy.schema.json} — the same schema editors use —
 * and turns the validator's findings into problems that point at file:line, say what was expected
 * and suggest the key or value the user probably meant.
 */
public final class SchemaValidator {

    private final JsonNode schemaNode;
    private final JsonSchema schema;

    public SchemaValidator(Path schemaFile) {
        if (!Files.isRegularFile(schemaFile)) {
            throw PolicygenException.badInput(Problem.at(schemaFile, 0, 0, null,
                    Texts.get("params.schema.missing")));
        }
        try {
            this.schemaNode = new ObjectMapper().readTree(schemaFile.toFile());
        } catch (java.io.IOException e) {
            throw PolicygenException.badInput(Problem.at(schemaFile, 0, 0, null, Texts.get("params.schema.unreadable", e.getMessage())));
        }
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode);
    }

    public List<Problem> validate(YamlDocument document) {
        Set<ValidationMessage> messages = schema.validate(document.root());
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ValidationMessage m : messages) {
            Problem p = toProblem(document, m);
            if (p != null && seen.add(p.line() + ":" + p.key() + ":" + p.message())) {
                problems.add(p);
            }
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                .thenComparing(Problem::message));
        return problems;
    }

    private Problem toProblem(YamlDocument document, ValidationMessage m) {
        String pointer = pointer(m.getInstanceLocation());
        String type = m.getType();
        switch (type) {
            case "additionalProperties": {
                String key = m.getProperty();
                String at = YamlDocument.pointerChild(pointer, key);
                List<String> allowed = allowedKeys(m);
                String near = key.length() > 100 ? null : Suggestions.nearest(key, allowed);
                return document.problem(at, Texts.get("params.schema.unknownKey", shorten(key), String.join(", ", allowed)))
                        .withSuggestion(near == null ? Texts.get("params.schema.unknownKey.fix") : Texts.get("params.didYouMean", near));
            }
            case "required": {
                String key = m.getProperty();
                return document.problem(pointer, Texts.get("params.schema.required", key))
                        .withSuggestion(Texts.get("params.schema.required.fix", key));
            }
            case "enum": {
                List<String> values = new ArrayList<>();
                m.getSchemaNode().forEach(v -> values.add(v.asText()));
                String given = m.getInstanceNode() == null ? "" : shorten(m.getInstanceNode().asText());
                String near = Suggestions.nearest(given, values);
                return document.problem(pointer, Texts.get("params.schema.enum", given, String.join(", ", values)))
                        .withSuggestion(near == null ? null : Texts.get("params.didYouMean", near));
            }
            case "type": {
                return document.problem(pointer, Texts.get("params.schema.type", typeName(m.getSchemaNode().asText("")),
                        describe(m.getInstanceNode())));
            }
            case "const": {
                String description = description(propertySchema(m));
                return document.problem(pointer, Texts.get("params.schema.const", m.getSchemaNode(), describe(m.getInstanceNode()))
                        + (description.isEmpty() ? "" : Texts.get("params.schema.description", description)));
            }
            case "not": {
                String description = description(propertySchema(m));
                return document.problem(pointer, description.isEmpty() ? Texts.get("params.schema.not")
                        : Texts.get("params.schema.not.because", description))
                        .withSuggestion(Texts.get("params.schema.not.fix"));
            }
            case "contains": {
                String wanted = m.getSchemaNode().path("const").asText("");
                return document.problem(pointer, Texts.get("params.schema.contains", wanted))
                        .withSuggestion(Texts.get("params.schema.contains.fix", wanted));
            }
            case "uniqueItems": {
                JsonNode list = m.getInstanceNode();
                for (int j = 1; list != null && j < list.size(); j++) {
                    for (int i = 0; i < j; i++) {
                        if (list.get(i).equals(list.get(j))) {
                            return document.problem(pointer + "/" + j, Texts.get("params.schema.uniqueItem", shorten(list.get(j).asText()), i + 1))
                                    .withSuggestion(Texts.get("params.schema.unique.fix"));
                        }
                    }
                }
                return document.problem(pointer, Texts.get("params.schema.unique")).withSuggestion(Texts.get("params.schema.unique.fix"));
            }
            case "maxLength": {
                String given = m.getInstanceNode() == null ? "" : m.getInstanceNode().asText();
                int length = given.codePointCount(0, given.length());
                return document.problem(pointer, Texts.get("params.schema.maxLength", shorten(given), Texts.count(length),
                        m.getSchemaNode().asInt()))
                        .withSuggestion(Texts.get("params.schema.maxLength.fix"));
            }
            case "minLength": {
                return document.problem(pointer, Texts.get("params.schema.empty")).withSuggestion(Texts.get("params.schema.empty.fix"));
            }
            case "maxItems":
            case "maxProperties": {
                int size = m.getInstanceNode() == null ? 0 : m.getInstanceNode().size();
                return document.problem(pointer, Texts.get("params.schema.maxItems", Texts.count(size),
                        m.getSchemaNode().asInt())).withSuggestion(Texts.get("params.schema.maxItems.fix"));
            }
            case "pattern": {
                String given = m.getInstanceNode() == null ? "" : shorten(m.getInstanceNode().asText());
                String description = description(propertySchema(m));
                return document.problem(pointer, description.isEmpty() ? Texts.get("params.schema.pattern", given, m.getSchemaNode().asText())
                        : Texts.get("params.schema.pattern.because", given, description));
            }
            default: {
                // not / if-then / oneOf …: the validator's words name schema paths, so add what the
                // schema says the value is for
                String description = description(propertySchema(m));
                return document.problem(pointer, stripPath(m.getMessage())
                        + (description.isEmpty() ? "" : Texts.get("params.schema.description", description)));
            }
        }
    }

    /** The property names the schema allows where an unknown key was found. */
    private List<String> allowedKeys(ValidationMessage m) {
        // the fragment ends with "additionalProperties"; its parent object lists the properties
        JsonNode node = propertySchema(m);
        List<String> keys = new ArrayList<>();
        if (node.has("properties")) {
            Iterator<String> names = node.get("properties").fieldNames();
            names.forEachRemaining(keys::add);
        }
        return keys;
    }

    /** The schema object that holds the keyword a message is about (its parent in the schema). */
    private JsonNode propertySchema(ValidationMessage m) {
        JsonNodePath fragment = m.getSchemaLocation().getFragment();
        JsonNode node = schemaNode;
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /**
     * What the schema says a value is for, in the language of the run: descriptions are written
     * Japanese first, then a blank line, then English (editors show both while typing).
     */
    private static String description(JsonNode schema) {
        String both = schema.path("description").asText("");
        int split = both.indexOf("\n\n");
        if (split < 0) {
            return both;
        }
        return Texts.japanese() ? both.substring(0, split) : both.substring(split + 2);
    }

    /** The schema's type name (string, boolean …) in words. */
    private static String typeName(String type) {
        return switch (type) {
            case "string", "boolean", "number", "integer", "array", "object", "null" -> Texts.get("params.schema.typeName." + type);
            default -> Texts.get("params.schema.typeName.other");
        };
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return Texts.get("params.schema.found.nothing");
        }
        if (node.isTextual()) {
            return Texts.get("params.schema.found.text", shorten(node.asText()));
        }
        if (node.isBoolean()) {
            return Texts.get("params.schema.found.boolean", node.asText());
        }
        if (node.isNumber()) {
            return Texts.get("params.schema.found.number", node.asText());
        }
        return Texts.get(node.isArray() ? "params.schema.found.list" : "params.schema.found.mapping");
    }

    /** A value quoted in a message: a 200,000-character value shows its start and its length. */
    static String shorten(String value) {
        int limit = 30;
        if (value.codePointCount(0, value.length()) <= limit) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, limit)) + "…";
    }

    /** The validator prefixes its messages with the JSON path; the problem already says where. */
    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }
}
