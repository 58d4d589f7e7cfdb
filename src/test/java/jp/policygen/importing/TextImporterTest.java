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
    void tableRowsStayTablesNeitherJoinedToTheirNeighboursNorReportedAsBrokenSentences() {
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
        List<Block> blocks = first.blocks();
        assertEquals(4, blocks.size(), blocks.toString());
        Block.Table pipes = (Block.Table) blocks.get(1);
        assertTrue(pipes.header());
        assertEquals(List.of("区分", "分類の基準"), cells(pipes, 0));
        assertEquals(List.of("機密性3", "秘密文書に相当する機密性を要するもの、又はこれに準ずるもの"), cells(pipes, 1));
        assertEquals("分類に迷うときは、上位の区分とする。", text(blocks.get(2)));
        Block.Table tabs = (Block.Table) blocks.get(3);
        assertEquals(List.of("文書名", "内容"), cells(tabs, 0));
        assertEquals(List.of("基本方針", "基本的な方針、及び体系"), cells(tabs, 1));
    }

    @Test
    void aSpaceAlignedTableAndTadamisTwoColumnDocumentTableStayTables() {
        String text = """
                1 構成

                文書名　　　　　　　　内容
                基本方針　　　　　　　統一的かつ基本的な方針
                対策基準　　　　　　　基本方針を実行に移すための基準

                本文は、この表による。
                """;
        ImportResult r = new TextImporter().read(dir.resolve("t.txt"), text, "UTF-8");
        Block.Table t = (Block.Table) r.documents().get(0).sections().get(0).blocks().get(0);
        assertEquals(3, t.rows().size());
        assertEquals(List.of("対策基準", "基本方針を実行に移すための基準"), cells(t, 2));
        // tadami's 文書名 / 内容 table, tab-aligned with an empty cell where a row continues the one above
        Section preface = seed("tadami-town-policy.txt").documents().get(0).sections().get(0);
        Block.Table documents = (Block.Table) preface.blocks().stream().filter(b -> b instanceof Block.Table).findFirst().orElseThrow();
        assertTrue(documents.header());
        assertEquals(4, documents.rows().size());
        assertEquals("", cells(documents, 2).get(0));
        assertEquals("情報セキュリティ対策基準", cells(documents, 2).get(1));
    }

    private static List<String> cells(Block.Table t, int row) {
        return t.rows().get(row).stream().map(Inline::plainText).toList();
    }

    @Test
    void aPrefaceBeforeTheFirstNumberedHeadingIsKeptFirst() {
        String text = """
                ○○市情報セキュリティ基本方針

                はじめに

                本市は、市民の信頼に応えるため、情報資産を守る。
                このため、この基本方針を定める。

                1 目的
                この基本方針は、情報資産を守ることを目的とする。
                2 定義
                用語の意義は、次のとおりとする。
                """;
        PolicyDocument d = new TextImporter().read(dir.resolve("p.txt"), text, "UTF-8").documents().get(0);
        assertEquals(List.of(" はじめに", "1 目的", "2 定義"), topLevel(d));
        assertEquals("本市は、市民の信頼に応えるため、情報資産を守る。このため、この基本方針を定める。", text(d.sections().get(0).blocks().get(0)));
        assertEquals("○○市情報セキュリティ基本方針", d.info().title());
    }

    @Test
    void anUnheadedPrefaceOfAReikiIsKeptFirstAndGetsNoNumber() {
        // 例規集 print a 前文 without a heading, straight before the first article
        String text = """
                ○○市情報セキュリティ基本方針

                本市は、市民の信頼に応えるため、情報資産を守る基本的な考え方をここに定める。

                （目的）
                第１条　この基本方針は、情報資産を守ることを目的とする。
                （定義）
                第２条　用語の意義は、次のとおりとする。
                """;
        PolicyDocument d = new TextImporter().read(dir.resolve("r.txt"), text, "UTF-8").documents().get(0);
        assertEquals(List.of(" ", "第１条 目的", "第２条 定義"), topLevel(d));
        String md = new MarkdownWriter().render(NumberingStyle.named("article").number(d));
        assertTrue(md.contains("\n\n本市は、市民の信頼に応えるため"), md);
        assertTrue(md.indexOf("本市は") < md.indexOf("第１条（目的）"), md);
        assertTrue(!md.contains("第３条") && !md.contains("第1条") && !md.contains("## 前文"), "no article invented for the preface: " + md);
        // nor for a 附則
        String withSupplement = text + "\n附　則\nこの基本方針は、令和８年４月１日から施行する。\n";
        PolicyDocument s = new TextImporter().read(dir.resolve("s.txt"), withSupplement, "UTF-8").documents().get(0);
        String written = new MarkdownWriter().render(NumberingStyle.named("article").number(s));
        assertTrue(written.contains("附　則") && !written.contains("第3条") && !written.contains("第３条"), written);
    }

    @Test
    void aDeclarationWithItsItemsBeforeTheFirstChapterIsKeptFirst() {
        String text = """
                ○○町情報セキュリティ宣言

                本町は、次のとおり宣言する。
                ⑴ 情報資産を適切に管理します。
                ⑵ 職員の意識の向上に努めます。

                第1章 情報セキュリティ基本方針
                1 目的
                この基本方針は、情報資産を守ることを目的とする。
                """;
        ImportResult r = new TextImporter().read(dir.resolve("d.txt"), text, "UTF-8");
        PolicyDocument d = r.documents().get(0);
        Section first = d.sections().get(0);
        assertEquals("本町は、次のとおり宣言する。", text(first.blocks().get(0)));
        Block.ItemList items = (Block.ItemList) first.blocks().get(1);
        assertEquals(List.of("⑴", "⑵"), items.items().stream().map(Block.Item::found).toList());
        assertEquals("1 目的", topLevel(d).get(1));
        // a declaration heading on its own opens the part too, and numbered items alone are structure enough
        String items2 = "情報セキュリティ宣言\n⑴ 情報資産を守ります。\n⑵ 法令を遵守します。\n";
        PolicyDocument only = new TextImporter().read(dir.resolve("e.txt"), items2, "UTF-8").documents().get(0);
        assertEquals("情報セキュリティ宣言", only.sections().get(0).titleText());
        assertEquals(2, ((Block.ItemList) only.sections().get(0).blocks().get(0)).items().size());
    }

    @Test
    void contentsPagesWithArticleRangesOrDotLeadersAreContentsNotChapters() {
        String text = """
                ○○市情報セキュリティ対策基準
                令和８年３月31日
                訓令第５号
                目次
                　第１章　総則（第１条・第２条）
                　第２章　組織体制（第３条―第４条）
                　附則
                　　　第１章　総則
                （目的）
                第１条　この訓令は、情報資産を守ることを目的とする。
                （定義）
                第２条　この訓令において用語の意義は、次のとおりとする。
                　　　第２章　組織体制
                （責任者）
                第３条　本市に最高情報セキュリティ責任者を置く。
                （管理者）
                第４条　課に情報セキュリティ管理者を置く。
                　　　附　則
                この訓令は、令和８年４月１日から施行する。
                """;
        ImportResult r = new TextImporter().read(dir.resolve("k.txt"), text, "UTF-8");
        assertEquals(3, r.toc().size(), r.toc().toString());
        assertEquals("総則", r.toc().get(0).title());
        assertEquals("第３条―第４条", r.toc().get(1).articles());
        PolicyDocument d = r.documents().get(0);
        assertEquals(List.of("第１章 総則", "第２章 組織体制", " 附　則"), topLevel(d));
        assertEquals(0, d.info().edition(), "no edition printed, none invented");

        String leaders = "目次\n1 目的 ………………… 1\n2 定義 ………………… 1\n\n1 目的\n目的を定める。\n2 定義\n定義を定める。\n";
        ImportResult l = new TextImporter().read(dir.resolve("l.txt"), leaders, "UTF-8");
        assertEquals(2, l.toc().size());
        assertEquals("1", l.toc().get(1).page());
        assertEquals(2, l.documents().get(0).sections().size());
    }

    @Test
    void theBodyIsNamedWheneverTheTitleOrTextNamesIt() {
        String cyber = "○○町におけるサイバーセキュリティを確保するための方針\n\n1 目的\n目的を定める。\n";
        assertEquals("○○町", new TextImporter().read(dir.resolve("a.txt"), cyber, "UTF-8").documents().get(0).info().bodyName());
        String alone = "情報セキュリティ基本方針\n\n△△村\n\n1 目的\n目的を定める。\n";
        assertEquals("△△村", new TextImporter().read(dir.resolve("b.txt"), alone, "UTF-8").documents().get(0).info().bodyName());
        String inText = "基本方針\n\n1 目的\nこの方針は、□□市の情報セキュリティ対策の基本を定める。\n";
        assertEquals("□□市", new TextImporter().read(dir.resolve("c.txt"), inText, "UTF-8").documents().get(0).info().bodyName());
        String none = "基本方針\n\n1 目的\n目的を定める。\n";
        assertEquals("（団体名不明）", new TextImporter().read(dir.resolve("d.txt"), none, "UTF-8").documents().get(0).info().bodyName());
    }

    @Test
    void emphasisLeftInATextIsMarkupNotText() {
        String text = "1 体制\n統括情報セキュリティ責任者は、**総務企画課長**をもって充てる。\n";
        Section s = new TextImporter().read(dir.resolve("m.txt"), text, "UTF-8").documents().get(0).sections().get(0);
        assertEquals("統括情報セキュリティ責任者は、総務企画課長をもって充てる。", text(s.blocks().get(0)));
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
