package jp.policygen.params;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Editors show the schema's descriptions while a user types policy.yaml: each is written in
 * Japanese first, then a blank line, then the English (validation messages pick the half of
 * the language in use).
 */
class SchemaDescriptionsTest {

    @Test
    void everyDescriptionIsJapaneseThenEnglish() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("schema/policy.schema.json").toFile());
        List<String> wrong = new ArrayList<>();
        int[] count = {0};
        walk(schema, "", wrong, count);
        assertTrue(count[0] > 100, "descriptions seen: " + count[0]);
        assertTrue(wrong.isEmpty(), "not Japanese, a blank line, then English:\n" + String.join("\n", wrong));
    }

    private static void walk(JsonNode node, String at, List<String> wrong, int[] count) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if (e.getKey().equals("description") && e.getValue().isTextual()) {
                    count[0]++;
                    String d = e.getValue().asText();
                    int split = d.indexOf("\n\n");
                    boolean ok = split > 0
                            && d.substring(0, split).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA)
                            && d.substring(split + 2).matches("(?s).*[A-Za-z]{2,}[ ,:;]+[A-Za-z]{2,}.*");
                    if (!ok) {
                        wrong.add(at + ": " + d);
                    }
                } else {
                    walk(e.getValue(), at + "/" + e.getKey(), wrong, count);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, wrong, count);
            }
        }
    }
}
