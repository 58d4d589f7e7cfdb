package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.Origin;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.numbering.NumberingStyle;

/**
 * A generated text's parameter values are known by where the printed text marks them: a word of
 * the template that happens to equal a value is the template's word, and is compared as such.
 */
class MarkedValuesTest {

    private static final Origin TEMPLATE = new Origin("templates/r7/basic-policy/x.ftl", 3, 1, null);

    private static PolicyDocument document(String self) {
        Section s = new Section("basic.purpose", List.of(new Inline.Text("目的")), List.of(new Block.Paragraph(List.of(
                new Inline.Text(self, new Origin("templates/r7/basic-policy/x.ftl", 3, 1, "body.self")),
                new Inline.Text("は、本市の名を冠する施設についても定める。", TEMPLATE)))), List.of(), Provenance.TEMPLATE, null);
        return Docs.document("小諸市", s);
    }

    private static Side generated(PolicyDocument d, String self) {
        Substitutions values = new Substitutions(List.of(new Substitutions.Entry("body.self", Ignore.SELF, self)));
        return new Side(d, NumberingStyle.named("plain").number(d), values, "r7");
    }

    @Test
    void onlyTheMarkedValueIsAPlaceholderNotTheSameWordInTheTemplate() {
        Side side = generated(document("本市"), "本市");
        assertTrue(side.valuesMarked());
        Normaliser n = new Normaliser(Ignore.all(), side.substitutions(), new Normaliser.Placeholders(), false);
        ClauseText text = ClauseText.of(side.clauses(), side.valuesMarked());
        assertEquals(List.of(new ClauseText.Value(text.text().indexOf("本市"), text.text().indexOf("本市") + 2, "body.self")),
                text.values());
        String chars = n.of(text, false).chars();
        assertEquals(1, chars.chars().filter(c -> Normaliser.Placeholders.isPlaceholder((char) c)).count(), chars);
        assertTrue(chars.contains("本市の名を冠する"), "the template's own 本市 stays a word: " + chars);
    }

    @Test
    void twoBodiesThatDifferOnlyInTheValueAreParametersOnly() {
        Comparison c = new Comparer(Ignore.all()).compare(generated(document("本町"), "本町"), generated(document("本市"), "本市"));
        assertEquals(ClauseStatus.PARAMETERS_ONLY, c.rows().get(0).status());
    }
}
