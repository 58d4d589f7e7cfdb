package jp.policygen.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Forms real texts are published in, written for these tests in the register of the field (a
 * 訓令 with a contents page of article ranges, 第5条の2 and 附則; a basic policy with はじめに and a
 * contents page with dot leaders): correct, they give no finding; with one defect put in, that
 * defect is found.
 */
class RealFormsTest {

    static String corpus(String name) {
        try (InputStream in = RealFormsTest.class.getResourceAsStream("corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Finding> lint(String text) {
        return LintTesting.lint(text);
    }

    @Test
    void aCorrectKunreiWithArticleRangesBranchArticlesAndSupplementaryProvisionsHasNoFinding() {
        assertEquals(List.of(), LintTesting.where(lint(corpus("kunrei-standards.txt"))));
    }

    @Test
    void aCorrectBasicPolicyWithAPrefaceAndDotLeadersHasNoFinding() {
        assertEquals(List.of(), LintTesting.where(lint(corpus("preface-basic-policy.txt"))));
    }

    @Test
    void aContentsEntryForAnUnheadedPrefaceIsNoMissingHeading() {
        String text = """
                ○○市情報セキュリティ基本方針

                目次
                前文 ........................ 1
                第１条（目的） .................. 1
                第２条（定義） .................. 1

                本市は、市民の信頼に応えるため、情報資産を守る基本的な考え方をここに定める。

                （目的）
                第１条　この基本方針は、情報資産を守ることを目的とする。
                （定義）
                第２条　用語の意義は、次のとおりとする。
                """;
        assertEquals(List.of(), LintTesting.where(lint(text)), "例規 list a 前文 they print without a heading");
        String withoutPreface = text.replace("本市は、市民の信頼に応えるため、情報資産を守る基本的な考え方をここに定める。\n\n", "");
        assertTrue(LintTesting.where(lint(withoutPreface)).stream().anyMatch(w -> w.contains("numbering.toc")),
                "an entry 前文 with no preface in the text is still reported");
    }

    @Test
    void aMissingArticleIsFoundAndTheContentsRangeThatNoLongerHolds() {
        String text = corpus("kunrei-standards.txt").replaceFirst("（情報セキュリティ管理者）\n第６条[^\n]*\n２[^\n]*\n", "");
        List<Finding> f = lint(text);
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("numbering.toc") && x.message().contains("第３条―第６条")),
                LintTesting.lines(f).toString());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("numbering.sequence") && x.message().contains("第6条")
                || x.rule().equals("numbering.sequence") && x.message().contains("第６条")), f.toString());
    }

    @Test
    void aReferenceToAnArticleTheCompleteTextLacksIsFoundButNotInAnExcerpt() {
        String wrong = corpus("kunrei-standards.txt").replace("第５条第２項に規定する", "第15条第２項に規定する");
        List<Finding> f = lint(wrong);
        assertEquals(List.of("reference.missing"), f.stream().map(Finding::rule).toList());
        // an excerpt that starts at 第３条: a reference to 第１条 points into the part left out
        String excerpt = corpus("kunrei-standards.txt").replaceFirst("(?s)（目的）.*?　　　第２章", "　　　第２章")
                .replaceFirst("(?s)目次.*?附則\n", "");
        assertTrue(lint(excerpt.replace("第３条に規定する", "第１条に規定する")).stream()
                .noneMatch(x -> x.rule().startsWith("reference.")), "excerpt");
    }

    @Test
    void aPrefaceEntryMissingFromTheTextIsStillAContentsFinding() {
        String text = corpus("preface-basic-policy.txt").replace("はじめに ……", "序文 ……");
        List<Finding> f = lint(text);
        assertEquals(List.of("numbering.toc@5"), LintTesting.lines(f));
    }
}
