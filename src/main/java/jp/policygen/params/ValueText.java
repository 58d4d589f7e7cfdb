package jp.policygen.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.Problem;
import jp.policygen.text.YamlDocument;
import jp.policygen.i18n.Texts;

/**
 * What the schema cannot say about the text of a parameter value: a name, a title or a holder is
 * one line (a tab or a line break in it would print inside a heading or a sentence), and every
 * character must be one the PDF font can draw, reported here at the value's line rather than
 * later against the clause it ended up in. (Control characters never get this far: the YAML
 * reader refuses them.)
 */
final class ValueText {

    /** Keys whose values are sentences or paragraphs, where a line break of a block scalar is fine. */
    private static final Set<String> PARAGRAPH_KEYS = Set.of("note", "definition", "description", "text");

    private final YamlDocument doc;
    private final IntPredicate printable;
    private final List<Problem> problems = new ArrayList<>();

    private ValueText(YamlDocument doc, IntPredicate printable) {
        this.doc = doc;
        this.printable = printable;
    }

    /** The problems of every text value of a parameter file. */
    static List<Problem> check(YamlDocument doc, IntPredicate printable) {
        ValueText check = new ValueText(doc, printable);
        check.walk(doc.root(), "", false);
        return check.problems;
    }

    private void walk(JsonNode node, String pointer, boolean paragraph) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), YamlDocument.pointerChild(pointer, e.getKey()),
                    PARAGRAPH_KEYS.contains(e.getKey())));
        } else if (node.isArray()) {
            boolean sentences = pointer.equals("/threats/extra") || pointer.equals("/threats/own");
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, sentences);
            }
        } else if (node.isTextual()) {
            text(node.asText(), pointer, paragraph);
        }
    }

    private void text(String value, String pointer, boolean paragraph) {
        String body = paragraph ? value.stripTrailing() : value;
        if (body.indexOf('\t') >= 0) {
            problems.add(doc.problem(pointer, Texts.get("params.value.tab"))
                    .withSuggestion(Texts.get("params.value.tab.fix")));
        } else if (!paragraph && body.indexOf('\n') >= 0) {
            problems.add(doc.problem(pointer, Texts.get("params.value.lineBreak"))
                    .withSuggestion(Texts.get("params.value.lineBreak.fix")));
        }
        int missing = value.codePoints().filter(cp -> cp > 0x20 && !printable.test(cp)).findFirst().orElse(-1);
        if (missing >= 0) {
            problems.add(doc.problem(pointer, Texts.get("params.value.notInFont", new String(Character.toChars(missing)),
                    String.format("U+%04X", missing)))
                    .withSuggestion(Texts.get("params.value.notInFont.fix")));
        }
    }
}
