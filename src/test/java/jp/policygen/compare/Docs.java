package jp.policygen.compare;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.Block;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Inline;
import jp.policygen.model.Layout;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;

/** Small crafted documents for compare tests. */
final class Docs {

    private Docs() {
    }

    static Section section(String id, String title, Provenance provenance, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new Block.Paragraph(List.of(new Inline.Text(p))));
        }
        return new Section(id, List.of(new Inline.Text(title)), blocks, List.of(), provenance, null);
    }

    /** An imported section: positional id, the number the text printed. */
    static Section imported(int n, String title, String... paragraphs) {
        Section s = section("s" + n, title, Provenance.IMPORTED, paragraphs);
        return new Section(s.id(), s.title(), s.blocks(), List.of(), Provenance.IMPORTED, String.valueOf(n));
    }

    static PolicyDocument document(String bodyName, Section... sections) {
        DocumentInfo info = new DocumentInfo("test", bodyName, bodyName + "情報セキュリティ基本方針",
                DocumentKind.BASIC_POLICY, Visibility.PUBLIC, 1, "令和8年3月", List.of(), new Layout("plain", 0, 1));
        return new PolicyDocument(info, List.of(sections));
    }

    /** A side without parameters (an imported text), its body name guessed. */
    static Side importedSide(PolicyDocument d) {
        return new Side(d, null, Substitutions.guess(d), null);
    }

    /** A side generated from the given template set, with explicit parameter values. */
    static Side generatedSide(PolicyDocument d, Substitutions values, String templates) {
        return new Side(d, null, values, templates);
    }
}
