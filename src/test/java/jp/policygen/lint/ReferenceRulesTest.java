package jp.policygen.lint;

import static jp.policygen.lint.LintTesting.lint;
import static jp.policygen.lint.LintTesting.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReferenceRulesTest {

    static final Rule MISSING = new ReferenceRules.Missing();
    static final Rule DIRECTION = new ReferenceRules.Direction();
    static final Rule SUBJECT = new ReferenceRules.Subject();

    static final String PLAIN = """
            1 目的

            本文である。

            2 定義

            本文である。

            3 対象とする脅威

            (1) 不正アクセス等による漏えい等
            (2) 災害による業務の停止等

            4 適用範囲

            (1) 行政機関の範囲

            本文である。

            (2) 情報資産の範囲

            本文である。

            5 情報セキュリティ対策

            %s

            6 評価及び見直し

            本文である。
            """;

    private static List<Finding> refs(String sentence) {
        return lint(PLAIN.formatted(sentence), MISSING, DIRECTION, SUBJECT);
    }

    @Test
    void referencesToSectionsSubSectionsAndItemsThatExistAreFine() {
        assertEquals(List.of(), refs("上記3の脅威から情報資産を保護するため、上記4(2)に定める情報資産について対策を講じる。"));
        assertEquals(List.of(), refs("上記3(2)の場合に備え、下記6の評価及び見直しを行う。"));
        assertEquals(List.of(), refs("上記1、2及び4に定めるところによる。"));
        // generic words after the reference say nothing about the section
        assertEquals(List.of(), refs("上記2の規定にかかわらず、上記4に定めるところによる。"));
        // counts are no references
        assertEquals(List.of(), refs("上記2点及び上記9つの事項並びに下記12件の事案を報告する。"));
    }

    @Test
    void aReferenceToASectionThatDoesNotExistIsFound() {
        List<Finding> f = refs("上記3の脅威及び上記8に定める事項に基づき対策を講じる。");
        assertEquals(List.of("reference.missing@26:9"), where(f));
        assertTrue(f.get(0).message().contains("「上記8」"), f.get(0).message());
        List<Finding> item = refs("上記3(4)に掲げる脅威に備える。");
        assertEquals(List.of("reference.missing@26:1"), where(item));
    }

    @Test
    void aReferenceOnTheWrongSideIsFound() {
        List<Finding> f = refs("下記3の脅威から情報資産を保護する。");
        assertEquals(List.of("reference.direction@26:1"), where(f));
        assertEquals("上記3", f.get(0).replacement());
    }

    @Test
    void aReferenceAboutAnotherSubjectIsFoundOnlyWhenAnotherSectionIsAboutIt() {
        List<Finding> f = refs("上記2の脅威から情報資産を保護する。");
        assertEquals(List.of("reference.subject@26:1"), where(f));
        assertTrue(f.get(0).message().contains("3 対象とする脅威"), f.get(0).message());
        // 「上記2の用語」: no section is about 用語, so a loose word is not taken for a wrong number
        assertEquals(List.of(), refs("上記2の用語の意義による。"));
        // the section's text is about it though its title is not
        assertEquals(List.of(), refs("上記4の行政機関において対策を講じる。"));
    }

    @Test
    void staleNumbersInADottedTextSuggestTheNumbersMeant() {
        String text = """
                第1章 情報セキュリティ基本方針

                1.1 目的

                本文である。

                1.2 対象とする脅威

                本文である。

                1.3 情報セキュリティ対策

                上記2の脅威から情報資産を保護する。

                1.4 対策基準の策定

                上記1.3に規定する対策を実施するため、対策基準を定める。
                """;
        List<Finding> f = lint(text, MISSING, SUBJECT);
        assertEquals(List.of("reference.missing@13:1"), where(f));
        assertEquals("上記1.2", f.get(0).replacement());
    }

    static final String ARTICLES = """
            ○○町情報セキュリティ基本方針

            （目的）
            第1条 この方針は、情報資産を守るために必要な事項を定める。
            ２ 前項の情報資産は、次に掲げるものとする。
            (1) ネットワーク
            (2) 情報システム
            （対象とする脅威）
            第2条 本町は、次の脅威を想定する。
            （対策）
            第3条 本町は、%s
            """;

    @Test
    void articleReferencesThatExistAreFineAndOtherLawsAreNotChecked() {
        String ok = ARTICLES.formatted("前条に掲げる脅威から、第1条第2項第2号の情報システムを保護する。地方公務員法第34条及び"
                + "只見町課設置条例（昭和30年条例第3号）第1条の規定にも留意する。");
        assertEquals(List.of(), lint(ok, MISSING, SUBJECT));
    }

    @Test
    void articleParagraphAndItemReferencesThatDoNotExistAreFound() {
        List<Finding> f = lint(ARTICLES.formatted("第4条及び第1条第3項並びに第1条第2項第5号に定めるところにより対策を講じる。"), MISSING);
        assertEquals(3, f.size(), where(f).toString());
        assertTrue(f.get(0).message().contains("no 第4条"), f.get(0).message());
        assertTrue(f.get(1).message().contains("paragraph"), f.get(1).message());
        assertTrue(f.get(2).message().contains("(5)"), f.get(2).message());
    }

    @Test
    void previousParagraphAndArticleMustExist() {
        String text = """
                （目的）
                第1条 前項及び前条の規定にかかわらず、この方針は、必要な事項を定める。
                ２ 前項の事項は、別に定める。
                """;
        List<Finding> f = lint(text, MISSING);
        assertEquals(List.of("reference.missing@2:5", "reference.missing@2:9"), where(f));
        assertTrue(f.get(0).message().contains("first paragraph"));
        assertTrue(f.get(1).message().contains("first article"));
    }

    @Test
    void articleReferencesInATextWithoutArticlesAreLeftAlone() {
        // 第N条 in a text numbered 1, 2, 3 cites another law
        assertEquals(List.of(), refs("個人情報の保護に関する法律第2条に規定する個人情報を取り扱う。"));
        assertEquals(List.of(), refs("第2条に規定する個人情報を取り扱う。"));
    }
}
