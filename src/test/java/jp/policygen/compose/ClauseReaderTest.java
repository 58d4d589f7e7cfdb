package jp.policygen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.PolicygenException;
import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;

class ClauseReaderTest {

    private final ClauseReader reader = new ClauseReader();

    private ClauseReader.Content read(String markdown) {
        return reader.read(markdown, "basic.measures", Provenance.TEMPLATE, Path.of("t.ftl"));
    }

    @Test
    void linesOfAParagraphJoinWithoutASpace() {
        Block.Paragraph p = (Block.Paragraph) read("情報資産を\n保護する。").blocks().get(0);
        assertEquals(List.of(new Inline.Text("情報資産を保護する。")), p.content());
    }

    @Test
    void referencesBecomeReferenceNodes() {
        Block.Paragraph p = (Block.Paragraph) read("{{ref:basic.threats}}に掲げる脅威及び{{num:basic.audit, basic.review}}").blocks().get(0);
        assertEquals(Inline.Ref.to(List.of("basic.threats")), p.content().get(0));
        assertEquals(new Inline.Text("に掲げる脅威及び"), p.content().get(1));
        assertEquals(new Inline.Ref(List.of("basic.audit", "basic.review"), true, null), p.content().get(2));
    }

    @Test
    void anEscapedMarkerIsTextNotAReference() {
        // what the Markdown output format makes of a value that looks like a marker
        String escaped = MarkdownOutputFormat.INSTANCE.escapePlainText("{{ref:basic.threats}} *太字*");
        Block.Paragraph p = (Block.Paragraph) read("値：" + escaped).blocks().get(0);
        assertEquals(List.of(new Inline.Text("値：{{ref:basic.threats}} *太字*")), p.content());
    }

    @Test
    void numberedAndTitledItems() {
        Block.ItemList list = (Block.ItemList) read("""
                1. **ネットワーク**

                   機器を接続する通信網をいう。
                2. 二つ目
                   1. 入れ子
                """).blocks().get(0);
        assertTrue(list.numbered());
        assertEquals(List.of(new Inline.Text("ネットワーク")), list.items().get(0).title());
        assertEquals(1, list.items().get(0).blocks().size());
        Block.Item second = list.items().get(1);
        assertTrue(second.title().isEmpty());
        assertInstanceOf(Block.ItemList.class, second.blocks().get(1));
    }

    @Test
    void headingsOpenSubSectionsWithTheirIds() {
        ClauseReader.Content c = read("""
                前文。

                # 機器の取付け {#mounting}

                本文。

                ## 細目 {#detail}

                細かい。

                # 電源 {#power}

                電源。
                """);
        assertEquals(1, c.blocks().size());
        List<Section> subs = c.subsections();
        assertEquals(List.of("basic.measures.mounting", "basic.measures.power"), subs.stream().map(Section::id).toList());
        assertEquals("機器の取付け", subs.get(0).titleText());
        assertEquals("basic.measures.mounting.detail", subs.get(0).children().get(0).id());
    }

    @Test
    void aHeadingWithoutAnIdIsAnError() {
        PolicygenException e = assertThrows(PolicygenException.class, () -> read("本文\n\n# 見出し\n"));
        assertEquals(3, e.problems().get(0).line());
    }

    @Test
    void rawHtmlIsRefused() {
        PolicygenException e = assertThrows(PolicygenException.class, () -> read("改行<br>する"));
        assertTrue(e.problems().get(0).message().contains("raw HTML"), e.problems().get(0).message());
    }

    @Test
    void tablesAndNotes() {
        ClauseReader.Content c = read("""
                | 分類 | 内容 |
                | --- | --- |
                | 3A | 特に重要 |

                > 注記である。
                """);
        Block.Table t = (Block.Table) c.blocks().get(0);
        assertTrue(t.header());
        assertEquals(2, t.rows().size());
        assertEquals(List.of(new Inline.Text("3A")), t.rows().get(1).get(0));
        assertInstanceOf(Block.Note.class, c.blocks().get(1));
    }

    @Test
    void everyRawHtmlTagOfAClauseIsReportedAtItsLineAndColumn() {
        PolicygenException e = assertThrows(PolicygenException.class, () -> read("一<b>二</b>三\n\n四<i>五</i>六<br>\n"));
        assertEquals(5, e.problems().size());
        assertEquals(List.of("1:2", "1:6", "3:2", "3:6", "3:11"),
                e.problems().stream().map(p -> p.line() + ":" + p.column()).toList());
    }

    @Test
    void malformedReferencesAreRefusedNotPrintedLiterally() {
        for (String text : new String[] {"{{ref:}}による。", "{{ref:basic.threats による。", "{{num:}}", "{{ref:Basic.Threats}}",
                "{{ref:basic.threats,,basic.scope}}", "{{ ref:basic.threats}}"}) {
            PolicygenException e = assertThrows(PolicygenException.class, () -> read("本文。\n" + text), text);
            assertEquals(2, e.problems().get(0).line(), text);
            assertEquals(1, e.problems().get(0).column(), text);
        }
    }

    @Test
    void anEscapedMarkerAndOtherBracesStayText() {
        Block.Paragraph p = (Block.Paragraph) read("\\{{ref:x}} と {{その他}}").blocks().get(0);
        assertEquals(List.of(new Inline.Text("{{ref:x}} と {{その他}}")), p.content());
    }

    @Test
    void aHeadingLongerThanTheLimitIsRefused() {
        PolicygenException e = assertThrows(PolicygenException.class,
                () -> read("本文\n\n# " + "見".repeat(ClauseReader.MAX_HEADING + 1) + " {#x}\n\n本文\n"));
        assertTrue(e.problems().get(0).message().contains("at most " + ClauseReader.MAX_HEADING), e.problems().get(0).message());
    }
}
