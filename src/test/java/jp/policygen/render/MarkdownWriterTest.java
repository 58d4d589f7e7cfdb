package jp.policygen.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.model.Block;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Inline;
import jp.policygen.model.Layout;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.NumberingStyle;

class MarkdownWriterTest {

    @Test
    void aNoteIsQuotedLineByLineBetweenTheTextAroundIt() {
        Block.Paragraph before = new Block.Paragraph(List.of(new Inline.Text("前の段落。")));
        Block.Note note = new Block.Note(List.of(new Block.Paragraph(List.of(new Inline.Text("注記の一。"))),
                new Block.Paragraph(List.of(new Inline.Text("注記の二。")))));
        Block.Paragraph after = new Block.Paragraph(List.of(new Inline.Text("後の段落。")));
        Section s = new Section("basic.purpose", List.of(new Inline.Text("目的")), List.of(before, note, after),
                List.of(), Provenance.TEMPLATE, null);
        DocumentInfo info = new DocumentInfo("t", "テスト市", "テスト市情報セキュリティ基本方針", DocumentKind.BASIC_POLICY,
                Visibility.PUBLIC, 1, "令和8年3月", List.of(), new Layout("plain", 0, 1));
        String md = new MarkdownWriter().render(NumberingStyle.named("plain").number(new PolicyDocument(info, List.of(s))));
        assertTrue(md.contains("前の段落。\n\n> 注記の一。\n>\n> 注記の二。\n\n後の段落。"), md);
    }
}
