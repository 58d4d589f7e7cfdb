package jp.policygen.lint;

import static jp.policygen.lint.LintTesting.lint;
import static jp.policygen.lint.LintTesting.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberingRulesTest {

    static final Rule SEQUENCE = new NumberingRules.Sequence();
    static final Rule FORMAT = new NumberingRules.Format();
    static final Rule LABEL_FORM = new NumberingRules.LabelForm();
    static final Rule HEADING_LEVEL = new NumberingRules.HeadingLevel();
    static final Rule TOC = new NumberingRules.Toc();

    // ---- numbering.sequence -------------------------------------------------------------------

    @Test
    void aGapADuplicateAndAStepBackAreFound() {
        String text = """
                1 目的

                本文である。

                2 定義

                本文である。

                4 対象とする脅威

                次のとおりとする。

                (1) 不正アクセスによる漏えい等
                (2) 操作の誤りによる消去等
                (2) 災害による業務の停止等

                3 適用範囲

                本文である。
                """;
        List<Finding> f = lint(text, SEQUENCE);
        assertEquals(List.of("numbering.sequence@9:1", "numbering.sequence@15:1", "numbering.sequence@17:1"), where(f));
        assertTrue(f.get(0).message().contains("「3」 is missing"), f.get(0).message());
        assertEquals("3", f.get(0).replacement());
        assertTrue(f.get(1).message().contains("repeats"), f.get(1).message());
        assertEquals("(3)", f.get(1).replacement());
        assertTrue(f.get(2).message().contains("out of order"), f.get(2).message());
    }

    @Test
    void aListStartingAtTwoIsFound() {
        List<Finding> f = lint(LintTesting.section("次のとおりとする。", "② 二つ目の項目である事項等\n③ 三つ目の項目である事項等"), SEQUENCE);
        assertEquals(List.of("numbering.sequence@5:1"), where(f));
        assertTrue(f.get(0).message().contains("starts at"), f.get(0).message());
    }

    @Test
    void nestedListsRestartAndOuterListsContinue() {
        String text = LintTesting.section("次のとおりとする。", """
                ① 第一の事項について、次のとおりとする。
                ア 一つ目
                イ 二つ目
                ② 第二の事項について、次のとおりとする。
                ア 一つ目
                イ 二つ目
                ③ 第三の事項
                """);
        assertEquals(List.of(), lint(text, SEQUENCE));
    }

    @Test
    void articlesCountThroughChaptersAndBranchArticlesDoNotMoveTheCount() {
        String text = """
                第1章 総則

                （目的）
                第1条 この方針は、情報資産を守るために必要な事項を定める。
                ２ 前項の情報資産は、次に掲げるものとする。
                (1) ネットワーク
                (2) 情報システム

                第2章 対策

                （脅威）
                第2条 本町は、次の脅威を想定する。
                （脅威の追加）
                第2条の2 本町は、別に定める脅威も想定する。
                （対策）
                第3条 本町は、対策を講じる。
                ２ 対策は、定期的に見直す。
                ３ 見直しの結果は、公表する。
                """;
        assertEquals(List.of(), lint(text, SEQUENCE));
        String skipped = text.replace("第3条 本町は", "第4条 本町は").replace("３ 見直し", "４ 見直し");
        assertEquals(List.of("numbering.sequence@16:1", "numbering.sequence@18:1"), where(lint(skipped, SEQUENCE)));
    }

    @Test
    void aSubSectionNumberedAgainAfterTheItemsOfItsSectionIsFound() {
        String text = """
                1 物理的セキュリティ

                (1) 通信回線の管理

                ① 回線を管理しなければならない。

                ② 装置を施錠された場所に設置しなければならない。

                ① 無線LANの管理

                無線LANは、承認を得て利用しなければならない。
                """;
        List<Finding> f = lint(text, SEQUENCE);
        assertEquals(List.of("numbering.sequence@9:1"), where(f));
        assertTrue(f.get(0).message().contains("names two places"), f.get(0).message());
        assertEquals("③", f.get(0).replacement());
    }

    // ---- numbering.format ---------------------------------------------------------------------

    @Test
    void dottedNumbersAmongPlainOnesAreReadAsTheNumbersMeant() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            text.append(i).append(" 見出し").append(i).append("\n\n本文である。\n\n");
        }
        text.append("1.1 見出し十一\n\n本文である。\n\n1.2 見出し十二\n\n本文である。\n");
        List<Finding> f = lint(text.toString(), FORMAT);
        assertEquals(List.of("numbering.format@41:1", "numbering.format@45:1"), where(f));
        assertEquals("11", f.get(0).replacement());
        assertEquals("12", f.get(1).replacement());
    }

    @Test
    void dottedNumbersUnderTheirChapterAreRightAndUnderAnotherWrong() {
        String good = """
                第1章 情報セキュリティ基本方針

                1.1 目的

                本文である。

                1.2 定義

                本文である。
                """;
        assertEquals(List.of(), lint(good, FORMAT));
        List<Finding> f = lint(good.replace("1.2 定義", "2.2 定義"), FORMAT);
        assertEquals(List.of("numbering.format@7:1"), where(f));
        assertEquals("1.2", f.get(0).replacement());
    }

    @Test
    void plainNumbersUnderPlainNumbersAreNotAFormatError() {
        // 1 → (1) → ① is the usual ladder; 1 and 2 under a chapter are fine
        String text = """
                第2章 情報セキュリティ対策基準

                1 組織体制

                (1) 最高情報セキュリティ責任者

                本文である。

                2 情報資産の分類と管理

                本文である。
                """;
        assertEquals(List.of(), lint(text, FORMAT, SEQUENCE));
    }

    // ---- numbering.label-form -----------------------------------------------------------------

    @Test
    void labelsOfOneRankInAnotherWidthAreFound() {
        String text = LintTesting.section("次のとおりとする。", """
                （1） 一つ目の事項
                (2) 二つ目の事項
                (3) 三つ目の事項
                """);
        List<Finding> f = lint(text, LABEL_FORM);
        assertEquals(List.of("numbering.label-form@5:1"), where(f));
        assertEquals("(1)", f.get(0).replacement());
    }

    @Test
    void differentLabelKindsAndConsistentWidthsAreNotFound() {
        String text = LintTesting.section("次のとおりとする。", """
                （１） 一つ目の事項
                （２） 二つ目の事項
                ① 丸数字は別の段である
                ア カタカナも別の段である
                """);
        assertEquals(List.of(), lint(text, LABEL_FORM));
    }

    // ---- numbering.heading-level --------------------------------------------------------------

    @Test
    void siblingsAtAnotherHeadingLevelAreFound() {
        String text = """
                # 基本方針

                ### 1 目的

                本文である。

                ### 2 定義

                本文である。

                ## 3 対象とする脅威

                本文である。
                """;
        List<Finding> f = lint(text, HEADING_LEVEL);
        assertEquals(List.of("numbering.heading-level@11:1"), where(f));
        assertEquals("### ", f.get(0).replacement());
        assertEquals(3, f.get(0).length());
    }

    @Test
    void deeperLevelsForDeeperSectionsAndPlainTextAreFine() {
        String markdown = """
                # 基本方針

                ## 1 適用範囲

                ### (1) 行政機関の範囲

                本文である。

                ### (2) 情報資産の範囲

                本文である。

                ## 2 遵守義務

                本文である。
                """;
        assertEquals(List.of(), lint(markdown, HEADING_LEVEL));
        assertEquals(List.of(), lint(markdown.replace("#", "").replace("\n ", "\n"), HEADING_LEVEL));
    }

    // ---- numbering.toc ------------------------------------------------------------------------

    static final String WITH_TOC = """
            ○○町情報セキュリティポリシー

            目 次

            1 目的\t1
            2 管理体制\t1
            (1) 最高情報セキュリティ責任者\t1
            (2) パスワードの管理\t2
            3 評価\t3

            1 目的

            本文である。

            2 管理体制

            (1) 最高情報セキュリティ責任者

            本文である。

            (2) パスワード等の管理

            本文である。

            3 評価

            本文である。
            """;

    @Test
    void aContentsEntryThatDisagreesWithItsHeadingIsFound() {
        List<Finding> f = lint(WITH_TOC, TOC);
        assertEquals(List.of("numbering.toc@8:5"), where(f));
        assertEquals("パスワード等の管理", f.get(0).replacement());
        assertTrue(f.get(0).message().contains("line 21"), f.get(0).message());
    }

    @Test
    void aContentsThatAgreesIsNotFoundAndMissingEntriesAreFound() {
        String agreeing = WITH_TOC.replace("(2) パスワードの管理\t2", "(2) パスワード等の管理\t2");
        assertEquals(List.of(), lint(agreeing, TOC));
        String missing = agreeing.replace("(2) パスワード等の管理\t2\n", "");
        List<Finding> f = lint(missing, TOC);
        assertEquals(List.of("numbering.toc@20:1"), where(f));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("missing from the table of contents"));
    }
}
