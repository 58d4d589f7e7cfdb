package jp.policygen.bench;

import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Where a scalar stands in a YAML text, so that one value can be replaced in place: the rest of
 * the file (comments, layout, quoting) stays as its author wrote it.
 */
final class YamlSpans {

    /** A scalar's text as written, from {@code start} to {@code end} (UTF-16 offsets), and its value. */
    record Span(int start, int end, String value) {
    }

    private YamlSpans() {
    }

    /** The scalar at a path of mapping keys, e.g. roles → chiefOfficer → holder. */
    static Span scalar(String yaml, String... keys) {
        Optional<Node> root = new Compose(LoadSettings.builder().build()).composeString(yaml);
        Node node = root.orElseThrow(() -> new IllegalArgumentException("empty YAML"));
        for (String key : keys) {
            node = child(node, key);
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new IllegalArgumentException(String.join(".", keys) + " is not a scalar");
        }
        // marks count code points: convert to the string's UTF-16 offsets
        int start = yaml.offsetByCodePoints(0, scalar.getStartMark().orElseThrow().getIndex());
        int end = yaml.offsetByCodePoints(0, scalar.getEndMark().orElseThrow().getIndex());
        return new Span(start, end, scalar.getValue());
    }

    private static Node child(Node node, String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        throw new IllegalArgumentException("no key '" + key + "'");
    }
}
