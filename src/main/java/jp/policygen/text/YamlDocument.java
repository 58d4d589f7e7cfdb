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
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;

/**
 * A YAML file read into a JSON tree (for schema validation and typed reading) that remembers
 * where every key and value stood, so that any later error can point at file:line:column.
 * Locations are keyed by JSON pointer ({@code /roles/ciso/holder}).
 */
public final class YamlDocument {

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

    public static YamlDocument parse(Path file, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
        Optional<Node> node;
        try {
            node = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(0);
            int column = mark.map(m -> m.getColumn() + 1).orElse(0);
            throw PolicygenException.badInput(new Problem(file, line, column, null,
                    "not valid YAML: " + firstLine(e.getProblem() == null ? e.getMessage() : e.getProblem()),
                    "check the indentation and quoting on this line"));
        } catch (RuntimeException e) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, null, "not valid YAML: " + firstLine(e.getMessage())));
        }
        Map<String, int[]> marks = new HashMap<>();
        JsonNode root = node.map(n -> convert(file, n, "", marks)).orElse(JsonNodeFactory.instance.objectNode());
        return new YamlDocument(file, root, marks);
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

    private static JsonNode convert(Path file, Node node, String pointer, Map<String, int[]> marks) {
        marks.putIfAbsent(pointer, position(node));
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MappingNode mapping) {
            ObjectNode object = f.objectNode();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw PolicygenException.badInput(new Problem(file, position(tuple.getKeyNode())[0],
                            position(tuple.getKeyNode())[1], null, "a key must be a plain word", null));
                }
                String key = keyNode.getValue();
                String child = pointerChild(pointer, key);
                if (!seen.add(key)) {
                    int[] at = position(keyNode);
                    throw PolicygenException.badInput(new Problem(file, at[0], at[1], dotted(child),
                            "key given twice (first on line " + marks.get(child)[0] + ")", "keep one of them"));
                }
                marks.put(child, position(keyNode));
                object.set(key, convert(file, tuple.getValueNode(), child, marks));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = f.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(file, items.get(i), pointer + "/" + i, marks));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
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
