package jp.policygen.text;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.i18n.Texts;

/**
 * A YAML file read into a JSON tree (for schema validation and typed reading) that remembers
 * where every key and value stood, so that any later error can point at file:line:column.
 * Locations are keyed by JSON pointer ({@code /roles/ciso/holder}).
 */
public final class YamlDocument {

    /** Deepest nesting of lists and mappings: policy.yaml needs 5, the manifests about 10. */
    public static final int MAX_DEPTH = 40;
    /** Most aliases (*name) in one file. */
    public static final int MAX_ALIASES = 50;
    /** Most keys and values in one file, aliases expanded: the largest shipped file has about 1,500. */
    public static final int MAX_VALUES = 50_000;
    /** Longest YAML file, in characters. */
    public static final int MAX_CHARS = 1_000_000;

    private final Path file;
    private final JsonNode root;
    private final Map<String, int[]> marks;

    private YamlDocument(Path file, JsonNode root, Map<String, int[]> marks) {
        this.file = file;
        this.root = root;
        this.marks = marks;
    }

    public static YamlDocument read(Path file) {
        return parse(file, TextFiles.readUtf8(file));
    }

    /**
     * Reads YAML text that came from {@code file}. Besides YAML's own rules, the shapes that would
     * make a small file cost unbounded time or memory are refused at their line: nesting deeper
     * than {@link #MAX_DEPTH}, more than {@link #MAX_ALIASES} aliases, more than
     * {@link #MAX_VALUES} keys and values once aliases are expanded (an "alias bomb" such as
     * billion laughs), an alias inside what it names, more than {@link #MAX_CHARS} characters;
     * and so is every forbidden character ({@link ForbiddenCharacters}), in the file or written
     * as an escape in a quoted value.
     */
    public static YamlDocument parse(Path file, String text) {
        List<Problem> forbidden = ForbiddenCharacters.find(file, text, null);
        if (!forbidden.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("text.forbidden.count", file, forbidden.size()), forbidden);
        }
        if (text.length() > MAX_CHARS) {
            int[] at = lineAndColumn(text, MAX_CHARS);
            throw PolicygenException.badInput(new Problem(file, at[0], at[1], null, Texts.get("text.yaml.tooLong", Texts.count(MAX_CHARS)),
                    Texts.get("text.checkFile")));
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(true) // so that the converter reports a list used as a key at its line
                .setCodePointLimit(MAX_CHARS + 1)
                .build();
        Optional<Node> node;
        try {
            checkShape(file, settings, text);
            node = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            String problem = firstLine(e.getProblem() == null ? e.getMessage() : e.getProblem());
            if (problem.contains("end of stream") && e.getContextMark().isPresent() && e.getContext() != null) {
                // an unclosed quote or bracket: where it was opened helps, the end of the file does not
                Mark opened = e.getContextMark().get();
                throw PolicygenException.badInput(new Problem(file, opened.getLine() + 1, opened.getColumn() + 1, null,
                        Texts.get("text.yaml.unclosed", e.getContext()),
                        Texts.get("text.yaml.unclosed.fix")));
            }
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(1);
            int column = mark.map(m -> m.getColumn() + 1).orElse(1);
            if (problem.contains("another document")) {
                throw PolicygenException.badInput(new Problem(file, line, column, null,
                        Texts.get("text.yaml.secondDocument"),
                        Texts.get("text.yaml.secondDocument.fix")));
            }
            throw PolicygenException.badInput(new Problem(file, line, column, null, Texts.get("text.yaml.invalid", problem),
                    Texts.get("text.yaml.invalid.fix")));
        } catch (YamlEngineException e) {
            throw PolicygenException.badInput(new Problem(file, 1, 1, null, Texts.get("text.yaml.invalid", firstLine(e.getMessage())),
                    null));
        }
        Map<String, int[]> marks = new HashMap<>();
        Converter converter = new Converter(file, marks);
        JsonNode root = node.map(n -> converter.convert(n, "")).orElse(JsonNodeFactory.instance.objectNode());
        return new YamlDocument(file, root, marks);
    }

    /**
     * Walks the parser's events (the parser keeps its own stack, so this cannot overflow ours)
     * and refuses a document too deep, with too many aliases or too many values before the
     * composer, whose recursion a 5,000-deep [[[[…]]]] would overflow, ever sees it.
     */
    private static void checkShape(Path file, LoadSettings settings, String text) {
        int depth = 0;
        int aliases = 0;
        int values = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            Event.ID id = event.getEventId();
            if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw shapeProblem(file, event, Texts.get("text.yaml.depth", MAX_DEPTH),
                            Texts.get("text.yaml.depth.fix"));
                }
            } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                depth--;
            } else if (id == Event.ID.Alias) {
                aliases++;
                if (aliases > MAX_ALIASES) {
                    throw shapeProblem(file, event, Texts.get("text.yaml.aliases", MAX_ALIASES),
                            Texts.get("text.yaml.aliases.fix"));
                }
            }
            if (id == Event.ID.Scalar || id == Event.ID.MappingStart || id == Event.ID.SequenceStart
                    || id == Event.ID.Alias) {
                values++;
                if (values > MAX_VALUES) {
                    throw shapeProblem(file, event, Texts.get("text.yaml.values", Texts.count(MAX_VALUES)),
                            Texts.get("text.checkFile"));
                }
            }
        }
    }

    private static PolicygenException shapeProblem(Path file, Event event, String message, String suggestion) {
        int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
        int column = event.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
        return PolicygenException.badInput(new Problem(file, line, column, null, message, suggestion));
    }

    private static int[] lineAndColumn(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    public Path file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** Whether the file sets a value at exactly this JSON pointer. */
    public boolean has(String pointer) {
        return marks.containsKey(pointer);
    }

    /** Line (1-based) of the key or value at a JSON pointer, falling back to its nearest ancestor. */
    public int line(String pointer) {
        return mark(pointer)[0];
    }

    public int column(String pointer) {
        return mark(pointer)[1];
    }

    private int[] mark(String pointer) {
        String p = pointer;
        while (true) {
            int[] m = marks.get(p);
            if (m != null) {
                return m;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** A problem located at a JSON pointer of this file, with the key shown in dotted form. */
    public Problem problem(String pointer, String message) {
        return new Problem(file, line(pointer), column(pointer), dotted(pointer), message, null);
    }

    /** {@code /roles/ciso/holder} → {@code roles.ciso.holder}; {@code /a/0/b} → {@code a[0].b}. */
    public static String dotted(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }

    public static String pointerChild(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Turns the composed nodes into the JSON tree, expanding aliases, counting what it makes so
     * that aliases of aliases cannot multiply a small file into millions of values.
     */
    private static final class Converter {
        private final Path file;
        private final Map<String, int[]> marks;
        private final Set<Node> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private int made;

        Converter(Path file, Map<String, int[]> marks) {
            this.file = file;
            this.marks = marks;
        }

        JsonNode convert(Node node, String pointer) {
            int[] at = position(node);
            if (++made > MAX_VALUES) {
                throw PolicygenException.badInput(new Problem(file, at[0], at[1], null, Texts.get("text.yaml.aliasBomb", Texts.count(MAX_VALUES)),
                        Texts.get("text.yaml.aliases.fix")));
            }
            if (!open.add(node)) {
                throw PolicygenException.badInput(new Problem(file, at[0], at[1], null,
                        Texts.get("text.yaml.aliasLoop"),
                        Texts.get("text.yaml.aliasLoop.fix")));
            }
            try {
                marks.putIfAbsent(pointer, at);
                return convertNode(node, pointer);
            } finally {
                open.remove(node);
            }
        }

        private JsonNode convertNode(Node node, String pointer) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            if (node instanceof MappingNode mapping) {
                ObjectNode object = f.objectNode();
                Set<String> seen = new HashSet<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                        throw PolicygenException.badInput(new Problem(file, position(tuple.getKeyNode())[0],
                                position(tuple.getKeyNode())[1], null, Texts.get("text.yaml.key"), null));
                    }
                    String key = keyNode.getValue();
                    checkCharacters(keyNode, key);
                    String child = pointerChild(pointer, key);
                    if (!seen.add(key)) {
                        int[] at = position(keyNode);
                        throw PolicygenException.badInput(new Problem(file, at[0], at[1], dotted(child),
                                Texts.get("text.yaml.keyTwice", marks.get(child)[0]), Texts.get("text.yaml.keyTwice.fix")));
                    }
                    marks.put(child, position(keyNode));
                    object.set(key, convert(tuple.getValueNode(), child));
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = f.arrayNode();
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    array.add(convert(items.get(i), pointer + "/" + i));
                }
                return array;
            }
            ScalarNode scalar = (ScalarNode) node;
            String value = scalar.getValue();
            checkCharacters(scalar, value);
            Tag tag = scalar.getTag();
            if (Tag.NULL.equals(tag)) {
                return f.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return f.booleanNode(Boolean.parseBoolean(value.toLowerCase()));
            }
            if (Tag.INT.equals(tag)) {
                try {
                    return f.numberNode(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    return f.textNode(value);
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                try {
                    return f.numberNode(Double.parseDouble(value));
                } catch (NumberFormatException e) {
                    return f.textNode(value);
                }
            }
            return f.textNode(value);
        }

        /** A forbidden character written as an escape ("\a", "\0", "\u202E") in a quoted value. */
        private void checkCharacters(ScalarNode scalar, String value) {
            int cp = ForbiddenCharacters.first(value);
            if (cp >= 0) {
                int[] at = position(scalar);
                throw PolicygenException.badInput(new Problem(file, at[0], at[1], null,
                        Texts.get("text.forbidden.escape", ForbiddenCharacters.describe(cp)), Texts.get("text.forbidden.escape.fix")));
            }
        }
    }

    private static int[] position(Node node) {
        return node.getStartMark().map(m -> new int[] {m.getLine() + 1, m.getColumn() + 1}).orElse(new int[] {0, 0});
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
