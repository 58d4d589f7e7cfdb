package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.policygen.Project;
import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.numbering.Numbering;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.params.BodyParams;

/** Statuses between two revisions of one text: 改正 for any change of printed text, 番号のみ変更 for a number alone. */
class RevisionStatusTest {

    private static final Project PROJECT = new Project(Path.of("").toAbsolutePath());

    @Test
    void anArticleInsertedRenumbersTheLaterOnesAndAParameterChangeIsAnAmendment() {
        BodyParams params = PROJECT.params().read("nagano-prefecture");
        Numbering old = PROJECT.build(params).get(0);
        PolicyDocument d = old.document();
        List<Section> sections = new ArrayList<>(d.sections());
        sections.add(1, new Section("basic.cyber", List.of(new Inline.Text("サイバーセキュリティの確保")),
                List.of(new Block.Paragraph(List.of(new Inline.Text("本県は、サイバーセキュリティを確保する。")))), List.of(),
                Provenance.TEMPLATE, null));
        PolicyDocument edited = new PolicyDocument(d.info(), sections);
        Numbering neu = NumberingStyle.named(edited.info().layout().style()).number(edited);

        Comparison c = new Comparer(Set.of(Ignore.NOTATION)).forRevisions()
                .compare(Side.generated(neu, params), Side.generated(old, params));
        Comparison.Summary s = c.summary();
        StringBuilder rows = new StringBuilder();
        for (Comparison.Row r : c.rows()) {
            rows.append(r.status()).append(' ').append(r.target().stream().map(Section::id).toList()).append(' ')
                    .append(r.base().stream().map(Section::id).toList()).append('\n');
        }
        assertEquals(1, s.count(ClauseStatus.LOCAL_ADDITION), "the article added is 新設\n" + rows);
        assertEquals(0, s.count(ClauseStatus.PARAMETERS_ONLY), "no パラメータのみ相違 between revisions");
        // every later article has a new number; those whose text does not cite a moved number are 番号のみ変更
        assertTrue(s.count(ClauseStatus.RENUMBERED) >= 5, "renumbered: " + s.count(ClauseStatus.RENUMBERED));
        Comparison.Row purpose = c.rows().get(0);
        assertEquals(ClauseStatus.IDENTICAL, purpose.status(), "第１条 keeps its number and text");
        String md = new MarkdownReport().render(c, ReportOptions.REVISION);
        assertTrue(md.contains("| 番号のみ変更 | "), md.substring(0, 800));
        assertTrue(!md.contains("パラメータのみ相違"), "no parameter status between revisions");
    }
}
