package jp.policygen.lint;

import static jp.policygen.lint.LintTesting.lint;
import static jp.policygen.lint.LintTesting.section;
import static jp.policygen.lint.LintTesting.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.params.BodyParams;

class OtherRulesTest {

    static final Rule DEBRIS = new OtherRules.Debris();
    static final Rule SELF = new OtherRules.SelfReference();

    // ---- import.debris ------------------------------------------------------------------------

    @Test
    void aSentenceBrokenAcrossListItemsAndAStrayIndentationAreFound() {
        String text = """
                1 対象とする脅威

                - (1) 不正アクセス等による情報資産の漏えい、改ざん等
                - (2) 情報資産の無断持ち出し、認証情報の不適切管理、無

                - 許可ソフトウェアの使用等の規定違反による漏えい等
                - (3) 地震、落雷、火災等の災害による業務の停止等
                 - (4) 電力供給の途絶等のインフラの障害からの波及等
                """;
        List<Finding> f = lint(text, DEBRIS);
        assertEquals(List.of("import.debris@6:1", "import.debris@8:1"), where(f));
        assertTrue(f.get(0).message().contains("line 4") && f.get(0).message().contains("stray list marker"), f.get(0).message());
        assertEquals(2, f.get(0).length(), "the marker 「- 」");
        assertEquals("", f.get(1).replacement());
    }

    @Test
    void wholeSentencesAndConsistentlyNestedListsAreNotDebris() {
        String text = """
                1 外部委託

                - ・ 委託する場合は、次に掲げる事項を明記した契約を締結しなければならない。
                 - ア. 秘密保持に関する事項
                 - イ. 再委託の制限に関する事項
                 - ウ. 報告義務に関する事項
                - ・ 委託先で事故が発生したときは、報告しなければならない。

                第一の段落である。

                第二の段落である。

                | 区分 | 分類の基準 |
                | --- | --- |
                | 機密性2 | 公表を前提としない情報資産 |

                完全性の区分は、次のとおりとする。
                """;
        assertEquals(List.of(), lint(text, DEBRIS), "a table row ends without 。 by nature");
    }

    // ---- params.self-reference ----------------------------------------------------------------

    @Test
    void anotherKindsSelfReferenceIsFoundInABodysText() {
        BodyParams komoro = RoleRulesTest.body("komoro-city");
        List<Finding> f = lint(section("本町の情報資産を守る。本市は対策を講じる。"), komoro, LintConfig.NONE, SELF);
        assertEquals(List.of("params.self-reference@3:1"), where(f));
        assertEquals("本市", f.get(0).replacement());
    }

    @Test
    void placeNamesAndTextsWithoutABodyAreLeftAlone() {
        BodyParams komoro = RoleRulesTest.body("komoro-city");
        assertEquals(List.of(), lint(section("本町二丁目の庁舎及び本町通りの倉庫に設置する。"), komoro, LintConfig.NONE, SELF));
        assertEquals(List.of(), lint(section("本町の情報資産を守る。"), SELF));
    }
}
