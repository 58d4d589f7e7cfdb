package jp.policygen.lint;

import static jp.policygen.lint.LintTesting.lint;
import static jp.policygen.lint.LintTesting.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StyleRulesTest {

    static final Rule KOBUN = new StyleRules.Kobun();
    static final Rule LIST_COMMA = new StyleRules.ListComma();

    /** Every entry of lint/conventions.yaml reports on each of its 'fires' examples and on none of its 'silent' ones. */
    @Test
    void everyConventionFiresOnItsExamplesAndIsSilentOnTheOthers() {
        List<String> wrong = new ArrayList<>();
        for (Conventions.Entry e : LintTesting.DICTIONARY.conventions().entries()) {
            for (String s : e.fires()) {
                boolean found = lint(section(s), KOBUN).stream().anyMatch(f -> e.right().equals(f.replacement()));
                if (!found) {
                    wrong.add("line " + e.line() + " 「" + e.wrong() + "」 does not fire on 「" + s + "」");
                }
            }
            for (String s : e.silent()) {
                List<Finding> f = lint(section(s), KOBUN);
                if (!f.isEmpty()) {
                    wrong.add("line " + e.line() + " 「" + e.wrong() + "」: a finding on the correct 「" + s + "」: " + f.get(0).message());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aFindingPointsAtTheFormAndReplacesIt() {
        List<Finding> f = lint(section("尚、詳細は別に定める。"), KOBUN);
        assertEquals(List.of("style.kobun@3:1"), LintTesting.where(f));
        assertEquals("なお", f.get(0).replacement());
        assertEquals(1, f.get(0).length());
    }

    @Test
    void aCommaBeforeTheWordThatJoinsTheLastNounOfAListIsFound() {
        List<Finding> f = lint(section("機密性、完全性、及び可用性を維持する。"), LIST_COMMA);
        assertEquals(List.of("style.list-comma@3:8"), LintTesting.where(f));
        assertEquals("", f.get(0).replacement());
        assertEquals(1, lint(section("職員、委託事業者、又は派遣労働者が利用する。"), LIST_COMMA).size());
    }

    @Test
    void aCommaBeforeAndJoiningPredicatesOrTwoItemsIsRight() {
        for (String correct : List.of("機密性、完全性及び可用性を維持する。", "情報を収集し、及び分析する。",
                "記録媒体を施錠できる場所に保管し、又は廃棄する。", "職員は、及び委託事業者は、遵守する。",
                "機密性、完全性及び可用性、並びに情報システムの強靱性")) {
            assertEquals(List.of(), lint(section(correct), LIST_COMMA), correct);
        }
    }

    @Test
    void generatedAndCorpusTextsAreClean() {
        assertTrue(lint(RealFormsTest.corpus("kunrei-standards.txt"), KOBUN, LIST_COMMA).isEmpty());
        assertTrue(lint(RealFormsTest.corpus("preface-basic-policy.txt"), KOBUN, LIST_COMMA).isEmpty());
    }
}
