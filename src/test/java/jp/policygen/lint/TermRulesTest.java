package jp.policygen.lint;

import static jp.policygen.lint.LintTesting.lint;
import static jp.policygen.lint.LintTesting.section;
import static jp.policygen.lint.LintTesting.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.PolicygenException;

class TermRulesTest {

    static final Rule MISSPELLING = new TermRules.Misspelling();
    static final Rule VARIANT = new TermRules.Variant();
    static final Rule UNUSED = new TermRules.Unused();

    // ---- terms.misspelling --------------------------------------------------------------------

    @Test
    void misconversionsOfTheFieldsWordsAreFound() {
        String text = section(
                "緊急時には、職員が円滑に非難できるようにしなければならない。",
                "個人情報の流失を防止する。",
                "脅威の発生日合いを考慮する。",
                "情報資産の機蜜性、完全性及び可用性を維持する。",
                "サイバー攻撃等の驚異から情報資産を守るため、必要な措置を構じる。");
        List<Finding> f = lint(text, MISSPELLING);
        assertEquals(List.of("terms.misspelling@3:13", "terms.misspelling@5:6", "terms.misspelling@7:6",
                "terms.misspelling@9:6", "terms.misspelling@11:9", "terms.misspelling@11:29"), where(f));
        assertEquals(List.of("避難", "流出", "度合い", "機密", "脅威", "講じ"), f.stream().map(Finding::replacement).toList());
    }

    @Test
    void theSameWordsInTheirOwnSenseAreLeftAlone() {
        String text = section(
                "職員の行為が社会的な非難を受けることのないよう努める。",
                "豪雨により家屋が流失した場合の記録を保存する。",
                "技術の進歩は驚異的である。",
                "この部屋の気密性を確保する。",
                "日合いという語は使わない。");
        assertEquals(List.of(), lint(text, MISSPELLING));
    }

    @Test
    void theDictionaryIsDataAndItsMistakesAreReportedWithTheirLines() {
        PolicygenException e = assertThrows(PolicygenException.class, () -> Dictionary.parse(Path.of("lint/terms.yaml"), """
                misspellings:
                  - wrong: 非難
                    right: 避難
                    context: "(緊急"
                  - wrong: 流失
                variants:
                  - forms: [おそれ]
                """));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertEquals(4, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("regular expression"));
        assertTrue(e.problems().get(1).message().contains("'right' is required"));
        assertTrue(e.problems().get(2).message().contains("two forms"));
    }

    @Test
    void anEntryAddedToTheDictionaryIsUsed() {
        Dictionary d = Dictionary.parse(Path.of("terms.yaml"), """
                misspellings:
                  - wrong: 情報漏話
                    right: 情報漏えい
                """);
        LintContext c = Lint.text("t.txt", section("情報漏話を防ぐ。"), d, null, LintConfig.NONE);
        assertEquals(List.of("terms.misspelling@3:1"), where(Linter.run(c, List.of(MISSPELLING)).findings()));
    }

    // ---- terms.variant ------------------------------------------------------------------------

    @Test
    void theLessUsedSpellingOfAWordIsFound() {
        String text = section("漏えいのおそれがある場合又は改ざんのおそれがある場合は、報告する。",
                "紛失の恐れがあるときは、速やかに報告する。");
        List<Finding> f = lint(text, VARIANT);
        assertEquals(List.of("terms.variant@5:4"), where(f));
        assertEquals("おそれ", f.get(0).replacement());
        assertEquals(Severity.INFO, f.get(0).severity());
    }

    @Test
    void theBodysChoiceWinsOverTheMajority() {
        String text = section("漏えいのおそれがある場合又は改ざんのおそれがある場合は、報告する。",
                "紛失の恐れがあるときは、速やかに報告する。");
        LintConfig prefers = new LintConfig(null, List.of(), List.of("恐れ"));
        List<Finding> f = lint(text, null, prefers, VARIANT);
        assertEquals(List.of("terms.variant@3:5", "terms.variant@3:19"), where(f));
        assertTrue(f.get(0).message().contains("chosen"), f.get(0).message());
    }

    @Test
    void aConsistentTextAndLongerWordsHoldingAFormAreFine() {
        // セキュリティ inside セキュリティー is not a second spelling; 毎年 is not 毎に; ことごとに is not ごとに
        String text = section("情報セキュリティーの確保のため、セキュリティーホールに対応する。",
                "毎年度、課ごとに点検し、ことごとに記録する。又は、及び、並びに。");
        assertEquals(List.of(), lint(text, VARIANT));
    }

    // ---- terms.unused -------------------------------------------------------------------------

    static final String COMBINED = """
            第1章 情報セキュリティ基本方針

            1 定義

            (1) ネットワーク

            機器を相互に接続する通信網をいう。

            (2) 通信経路の分割

            二つの環境の通信を分けることをいう。

            (3) 行政資産

            行政の資産をいう。

            2 対策

            ネットワークについて、通信経路を分割する。職員（以下「職員等」という。）及び委託事業者（以下「事業者」という。）は、事業者の義務を守る。

            第2章 情報セキュリティ対策基準

            1 組織体制

            本文である。
            """;

    @Test
    void aTermDefinedAndNeverUsedIsFound() {
        List<Finding> f = lint(COMBINED, UNUSED);
        assertEquals(List.of("terms.unused@13:5", "terms.unused@19:28"), where(f));
        assertTrue(f.get(0).message().contains("行政資産"), f.get(0).message());
        assertTrue(f.get(1).message().contains("職員等"), f.get(1).message());
    }

    @Test
    void theDefinitionsOfABasicPolicyAloneServeItsStandardsAndAreNotChecked() {
        String basicOnly = COMBINED.substring(0, COMBINED.indexOf("第2章"));
        List<Finding> f = lint(basicOnly, UNUSED);
        assertEquals(List.of("terms.unused@19:28"), where(f), "only the 以下「…」という definition, which is local");
    }
}
