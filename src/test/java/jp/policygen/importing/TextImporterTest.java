package jp.policygen.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.model.Block;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Inline;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.render.MarkdownWriter;

class TextImporterTest {

    static final Path SEEDS = Path.of("../shared/seeds");

    @TempDir
    Path dir;

    private static ImportResult seed(String name) {
        return new TextImporter().read(SEEDS.resolve(name));
    }

    private static List<String> topLevel(PolicyDocument d) {
        return d.sections().stream().map(s -> s.found() + " " + s.titleText()).toList();
    }

    private static String text(Block block) {
        if (block instanceof Block.Paragraph p) {
            return Inline.plainText(p.content());
        }
        throw new IllegalArgumentException(block.toString());
    }

    @Test
    void komoroIsOneBasicPolicyInChapterOneWithDottedSections() {
        ImportResult r = seed("komoro-city-basic-policy.txt");
        assertEquals(1, r.documents().size());
        PolicyDocument d = r.documents().get(0);
        assertEquals(DocumentKind.BASIC_POLICY, d.info().kind());
        assertEquals("小諸市", d.info().bodyName());
        assertEquals("chapter-dotted", d.info().layout().style());
        assertEquals(1, d.info().layout().documentChapter());
        assertEquals(10, d.sections().size());
        assertEquals("1.1 目的", topLevel(d).get(0));
        assertEquals("1.10 情報セキュリティ実施手順の策定", topLevel(d).get(9));
        Section definitions = d.sections().get(1);
        assertEquals(6, definitions.children().size(), "six defined terms");
        assertEquals("(4)", definitions.children().get(3).found());
        assertEquals("機密性", definitions.children().get(3).titleText());
    }

    @Test
    void komorosThreatBrokenByExtractionIsJoinedAndReported() {
        ImportResult r = seed("komoro-city-basic-policy.txt");
        Section threats = r.documents().get(0).sections().get(2);
        Block.ItemList list = (Block.ItemList) threats.blocks().get(1);
        assertEquals(4, list.items().size(), "four threats, the broken second one joined");
        assertEquals("(2)", list.items().get(1).found());
        String second = text(list.items().get(1).blocks().get(0));
        assertTrue(second.contains("無許可ソフトウェアの使用等の規定違反"), second);
        Problem note = r.notes().get(0);
        assertTrue(note.message().contains("broken across lines"), note.message());
        int brokenLine = lineOf("komoro-city-basic-policy.txt", "- 許可ソフトウェア");
        assertEquals(brokenLine, note.line());
    }

    @Test
    void mitoKeepsItsHeadingLevelsAndNumbersAndJoinsTheBrokenDefinition() {
        ImportResult r = seed("mito-city-council-basic-policy.txt");
        PolicyDocument d = r.documents().get(0);
        assertEquals("水戸市議会", d.info().bodyName());
        assertEquals("水戸市議会情報セキュリティ基本方針", d.info().title());
        assertEquals(10, d.sections().size());
        Section definitions = d.sections().get(1);
        assertEquals(12, definitions.children().size());
        assertEquals("無害化通信", definitions.children().get(11).titleText());
        String split = text(definitions.children().get(10).blocks().get(0));
        assertTrue(split.contains("安全が確保された通信だけを許可"), split);
        // heading levels as written: "### 1 目的" but "## 7 …" — kept for lint
        ImportResult.SourceLine seven = r.lines().stream().filter(l -> l.heading() && l.label().printed().equals("7"))
                .findFirst().orElseThrow();
        ImportResult.SourceLine one = r.lines().stream().filter(l -> l.heading() && l.label().printed().equals("1"))
                .findFirst().orElseThrow();
        assertEquals(2, seven.markdownLevel());
        assertEquals(3, one.markdownLevel());
        // items of the same rank after a heading stay items: 4(2) has three assets, no sub-sections
        Section assets = d.sections().get(3).children().get(1);
        assertEquals(List.of(), assets.children());
    }

    @Test
    void tadamiIsSplitIntoItsBasicPolicyAndStandardsKeepingTheMisprintedNumbers() {
        ImportResult r = seed("tadami-town-policy.txt");
        assertEquals(2, r.documents().size());
        PolicyDocument basic = r.documents().get(0);
        PolicyDocument standards = r.documents().get(1);
        assertEquals(DocumentKind.BASIC_POLICY, basic.info().kind());
        assertEquals(DocumentKind.STANDARDS, standards.info().kind());
        assertEquals("只見町", basic.info().bodyName());
        assertEquals(3, basic.info().edition());
        assertEquals("平成15年4月", basic.info().established());
        assertEquals(2, basic.info().revisions().size());
        List<String> labels = basic.sections().stream().map(Section::found).toList();
        assertEquals(List.of("序", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "1.1", "1.2"), labels,
                "sections 11 and 12 are printed 1.1 and 1.2, and the importer keeps what is printed");
        assertEquals("（1）", basic.sections().get(2).children().get(0).found(), "full-width brackets as printed");
        assertEquals(8, standards.sections().size());
        assertEquals("最高情報総括責任者", standards.sections().get(0).children().get(0).titleText());
        // the printed table of contents is kept for comparison with the body
        assertTrue(r.toc().stream().anyMatch(t -> t.title().equals("パスワードの管理")), r.toc().toString());
    }

    @Test
    void shiftJisAndEucJpAreDetectedAndGiveTheSameDocument() throws Exception {
        // EUC-JP has no circled digits (they are a Windows extension), so they become (1) … here
        String text = Files.readString(SEEDS.resolve("mito-city-council-basic-policy.txt"), StandardCharsets.UTF_8)
                .replace("①", "(1)").replace("②", "(2)").replace("③", "(3)");
        Path utf8File = dir.resolve("mito-utf8.txt");
        Files.writeString(utf8File, text, StandardCharsets.UTF_8);
        ImportResult utf8 = new TextImporter().read(utf8File);
        for (String charset : List.of("windows-31j", "EUC-JP")) {
            Path file = dir.resolve("mito-" + charset + ".txt");
            Files.write(file, text.replace("\n", "\r\n").getBytes(Charset.forName(charset)));
            ImportResult r = new TextImporter().read(file);
            assertEquals(charset.equals("EUC-JP") ? "EUC-JP" : "Shift_JIS", r.encoding());
            assertTrue(utf8.documents().get(0).sections().equals(r.documents().get(0).sections()),
                    charset + " gives another document");
        }
    }

    @Test
    void bomAndCrlfAreHandled() throws Exception {
        Path file = dir.resolve("bom.md");
        String text = Files.readString(SEEDS.resolve("komoro-city-basic-policy.txt"), StandardCharsets.UTF_8);
        Files.write(file, ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        ImportResult r = new TextImporter().read(file);
        assertEquals("UTF-8 (BOM)", r.encoding());
        assertTrue(seed("komoro-city-basic-policy.txt").documents().get(0).sections().equals(r.documents().get(0).sections()));
    }

    @Test
    void articlesWithCaptionsParagraphsItemsAndBranchNumbers() {
        String kunrei = """
                ○○町情報セキュリティ基本方針

                （目的）
                第1条　この方針は、本町の情報資産を守るために必要な事項を定める。
                ２　前項の情報資産は、次に掲げるものとする。
                (1)　ネットワーク及び情報システム
                (2)　これらで取り扱う情報
                （定義）
                第2条　この方針において用語の意義は、次のとおりとする。
                （対象とする脅威）
                第2条の2　本町は、次の脅威を想定する。
                """;
        PolicyDocument d = new TextImporter().read(dir.resolve("kunrei.txt"), kunrei, "UTF-8").documents().get(0);
        assertEquals("article", d.info().layout().style());
        assertEquals(List.of("第1条", "第2条", "第2条の2"), d.sections().stream().map(Section::found).toList());
        Section first = d.sections().get(0);
        assertEquals("目的", first.titleText());
        assertEquals(3, first.blocks().size(), "two paragraphs (項) and the list of 号");
        Block.ItemList items = (Block.ItemList) first.blocks().get(2);
        assertEquals("(2)", items.items().get(1).found());
        String md = new MarkdownWriter().render(NumberingStyle.named("article").number(d));
        assertTrue(md.contains("## 第2条の2（対象とする脅威）"), md);
    }

    @Test
    void ourOwnMarkdownReadsBackWithItsArticleCaptionsAndPlaceholderName() {
        String md = """
                # ○○町情報セキュリティ基本方針

                ## 第1条（目的）

                この方針は、情報資産を守るために必要な事項を定める。

                ２　前項の情報資産は、次に掲げるものとする。
                """;
        PolicyDocument d = new TextImporter().read(dir.resolve("own.md"), md, "UTF-8").documents().get(0);
        assertEquals("○○町情報セキュリティ基本方針", d.info().title());
        assertEquals(1, d.sections().size());
        assertEquals("目的", d.sections().get(0).titleText());
        assertEquals(2, d.sections().get(0).blocks().size());
    }

    @Test
    void tableRowsAreNeitherJoinedToTheirNeighboursNorReportedAsBrokenSentences() {
        String text = """
                1 分類

                情報資産は、次の表により分類する。

                | 区分 | 分類の基準 |
                | --- | --- |
                | 機密性3 | 秘密文書に相当する機密性を要するもの、又はこれに準ずるもの |
                分類に迷うときは、上位の区分とする。

                文書名	内容
                基本方針	基本的な方針、及び体系
                2 管理
                """;
        ImportResult r = new TextImporter().read(dir.resolve("t.md"), text, "UTF-8");
        assertEquals(List.of(), r.notes());
        Section first = r.documents().get(0).sections().get(0);
        List<String> paragraphs = first.blocks().stream().map(TextImporterTest::text).toList();
        assertTrue(paragraphs.contains("分類に迷うときは、上位の区分とする。"), paragraphs.toString());
        assertTrue(paragraphs.contains("基本方針\t基本的な方針、及び体系"), paragraphs.toString());
    }

    @Test
    void aTextWithoutNumberedStructureIsRefusedNotGuessed() {
        PolicygenException e = assertThrows(PolicygenException.class,
                () -> new TextImporter().read(dir.resolve("x.txt"), "ただの文章である。\n\n二行目。\n", "UTF-8"));
        assertTrue(e.problems().get(0).message().contains("no numbered structure"), e.problems().get(0).message());
    }

    @Test
    void labelsAreRecognisedInTheirPrintedForms() {
        assertEquals(LabelKind.PAREN_NUMBER, Label.parse("（１２）　全角").label().kind());
        assertEquals(12, Label.parse("（１２）　全角").label().value());
        assertEquals(LabelKind.CHAPTER, Label.parse("第三章 運用").label().kind());
        assertEquals(3, Label.parse("第三章 運用").label().value());
        assertEquals(LabelKind.KATAKANA, Label.parse("ア. 障害の内容").label().kind());
        assertEquals(LabelKind.DOTTED, Label.parse("1.10 実施手順").label().kind());
        assertEquals(10, Label.parse("1.10 実施手順").label().value());
        assertNull(Label.parse("アクセス制御を行う。"));
        assertNull(Label.parse("情報資産を守る。"));
    }

    private static int lineOf(String seed, String text) {
        try {
            List<String> lines = Files.readAllLines(SEEDS.resolve(seed), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException(text);
    }

    @Test
    void pageBreaksOfPdftotextAreDroppedAndTheTextReadsAsWithout() throws Exception {
        String text = Files.readString(SEEDS.resolve("komoro-city-basic-policy.txt"), StandardCharsets.UTF_8);
        int middle = text.indexOf('\n', text.length() / 2) + 1;
        Path paged = dir.resolve("paged.txt");
        Files.writeString(paged, text.substring(0, middle) + "\f" + text.substring(middle), StandardCharsets.UTF_8);
        ImportResult plain = seed("komoro-city-basic-policy.txt");
        ImportResult withBreak = new TextImporter().read(paged);
        assertEquals(new String(new MarkdownWriter().write(NumberingStyle.named("plain").number(plain.documents().get(0))),
                        StandardCharsets.UTF_8),
                new String(new MarkdownWriter().write(NumberingStyle.named("plain").number(withBreak.documents().get(0))),
                        StandardCharsets.UTF_8));
    }

    @Test
    void otherControlCharactersAreRefusedAtTheirLineAndColumn() throws Exception {
        Path file = dir.resolve("bel.txt");
        Files.writeString(file, "第1章　基本方針\n1.1　目的\n本市の\u0007情報資産\n", StandardCharsets.UTF_8);
        PolicygenException e = assertThrows(PolicygenException.class, () -> new TextImporter().read(file));
        Problem p = e.problems().get(0);
        assertEquals(3, p.line());
        assertEquals(4, p.column());
        assertTrue(p.message().contains("U+0007 BEL"), p.message());
    }
}
