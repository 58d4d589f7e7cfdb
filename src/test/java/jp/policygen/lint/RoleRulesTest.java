package jp.policygen.lint;

import static jp.policygen.lint.LintTesting.lint;
import static jp.policygen.lint.LintTesting.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.params.BodyParams;

class RoleRulesTest {

    static final Rule VARIANT = new RoleRules.Variant();
    static final Rule UNDEFINED = new RoleRules.Undefined();

    static BodyParams body(String id) {
        return new Project(TestProjects.real()).params().read(id);
    }

    @Test
    void theLessUsedSpellingOfARoleIsFound() {
        String text = LintTesting.section(
                "総括情報管理者を置く。総括情報管理者は、総務課長をもって充てる。",
                "統括情報管理者は、研修を行わなければならない。");
        List<Finding> f = lint(text, VARIANT);
        assertEquals(List.of("roles.variant@5:1"), where(f));
        assertEquals("総括情報管理者", f.get(0).replacement());
        assertEquals(7, f.get(0).length());
    }

    @Test
    void rolesThatDifferByMoreThanOneCharacterOrByRankAreDistinctRoles() {
        String text = LintTesting.section(
                "情報セキュリティ責任者、情報セキュリティ管理者、情報システム管理者及び情報システム担当者を置く。",
                "統括情報セキュリティ責任者は、副最高情報セキュリティ責任者を補佐する。最高情報セキュリティ責任者は、全体を統括する。",
                "アカウント正責任者及びアカウント副責任者を置く。");
        assertEquals(List.of(), lint(text, VARIANT));
    }

    @Test
    void withParametersTheBodysOwnTitleIsTheRightSpelling() {
        // tadami names its chief officer 総括情報管理者; one 統括 is wrong even where it is the only spelling used
        BodyParams tadami = body("tadami-town");
        List<Finding> f = lint(LintTesting.section("統括情報管理者は、研修を行わなければならない。"), tadami, LintConfig.NONE, VARIANT);
        assertEquals(List.of("roles.variant@3:1"), where(f));
        assertTrue(f.get(0).message().contains("parameters"), f.get(0).message());
        // a title behind other words is still the title
        assertEquals(List.of(), lint(LintTesting.section("毎年度総括情報管理者が計画を定める。"), tadami, LintConfig.NONE, VARIANT, UNDEFINED));
    }

    @Test
    void aRoleTheBodyDoesNotHaveIsFound() {
        BodyParams tadami = body("tadami-town");
        List<Finding> f = lint(LintTesting.section("情報セキュリティ管理者は、情報管理者に報告する。"), tadami, LintConfig.NONE, UNDEFINED);
        assertEquals(List.of("roles.undefined@3:1"), where(f));
        assertTrue(f.get(0).message().contains("只見町"), f.get(0).message());
    }

    @Test
    void postsNamedInTheParametersAndTermsDefinedInTheTextAreNotRoles() {
        BodyParams model = body("model");
        String text = LintTesting.section("会計管理者の所管する情報システムを含む。",
                "監査を行う者（以下「監査責任者」という。）を置く。監査責任者は報告する。");
        assertEquals(List.of(), lint(text, model, LintConfig.NONE, UNDEFINED));
    }

    @Test
    void withoutParametersOnlyATextWithItsStandardsIsCheckedForUndefinedRoles() {
        String basicOnly = LintTesting.section("最高情報セキュリティ責任者は、対策を統括する。");
        assertEquals(List.of(), lint(basicOnly, UNDEFINED), "a basic policy alone: its roles are set up in the standards");
        String combined = """
                第1章 情報セキュリティ基本方針

                1 目的

                本文である。

                第2章 情報セキュリティ対策基準

                1 組織体制

                (1) 情報管理者

                情報管理者を置き、課長をもって充てる。

                (2) 研修

                情報管理者及び情報システム担当者は、研修を受けなければならない。
                """;
        List<Finding> f = lint(combined, UNDEFINED);
        assertEquals(List.of("roles.undefined@17:8"), where(f));
        assertTrue(f.get(0).message().contains("情報システム担当者"));
    }
}
