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

    /** An article of rules with a list of 号 in its third 項, and one whose text is a 号 sub-clause, in the form of 例規. */
    @Test
    void anArticleIsLaidOutAsA例規AndItsNumberedLinesOpenTheClause() {
        List<Block.Item> inner = List.of(item("甲"), item("乙"));
        List<Block.Item> rules = List.of(item("一の項"), item("二の項"),
                new Block.Item(List.of(), List.of(new Block.Paragraph(List.of(new Inline.Text("次に掲げる事項。"))),
                        new Block.ItemList(true, inner)), null));
        Section article = new Section("x.a", List.of(new Inline.Text("目的")), List.of(new Block.ItemList(true, rules)),
                List.of(), Provenance.TEMPLATE, null);
        Section sub = new Section("x.b.one", List.of(new Inline.Text("範囲")), List.of(new Block.Paragraph(
                List.of(new Inline.Text("範囲は、全部とする。")))), List.of(), Provenance.TEMPLATE, null);
        Section second = new Section("x.b", List.of(new Inline.Text("適用範囲")), List.of(), List.of(sub),
                Provenance.TEMPLATE, null);
        DocumentInfo info = new DocumentInfo("t", "テスト市", "テスト市情報セキュリティ基本方針", DocumentKind.BASIC_POLICY,
                Visibility.PUBLIC, 1, "令和8年3月", List.of(),
                new Layout("article", 0, 1, Layout.Items.PAREN, Layout.Digits.MIXED, null, null));
        jp.policygen.printed.PrintedDocument printed = jp.policygen.printed.Printer.print(
                NumberingStyle.named("article").number(new PolicyDocument(info, List.of(article, second))));
        MarkdownWriter.Layout layout = new MarkdownWriter().layout(printed);
        String md = layout.text();
        assertTrue(md.contains("（目的）\n\n第１条　一の項\n\n２　二の項\n\n３　次に掲げる事項。\n\n(１)　甲\n\n(２)　乙\n\n"
                + "（適用範囲）\n\n第２条　適用範囲については、次に定めるところによる。\n\n(１)　範囲　範囲は、全部とする。\n"), md);
        List<String> lines = List.of(md.split("\n", -1));
        List<String> numbered = layout.numbered().stream()
                .map(n -> (n.heading() ? "open " : "item ") + n.clauseId() + " " + lines.get(n.line() - 1)).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("open x.a （目的）", "open x.a 第１条　一の項", "item x.a ２　二の項",
                "item x.a ３　次に掲げる事項。", "item x.a (１)　甲", "item x.a (２)　乙", "open x.b （適用範囲）",
                "open x.b 第２条　適用範囲については、次に定めるところによる。", "open x.b.one (１)　範囲　範囲は、全部とする。"), numbered);
    }

    private static Block.Item item(String text) {
        return new Block.Item(List.of(), List.of(new Block.Paragraph(List.of(new Inline.Text(text)))), null);
    }
}
