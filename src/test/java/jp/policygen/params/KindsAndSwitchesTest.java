package jp.policygen.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.render.MarkdownWriter;

/**
 * Kinds of body and content switches, each seen in the text it generates: what a body writes in
 * policy.yaml, and what its basic policy then says (or refuses, at the key's line).
 */
class KindsAndSwitchesTest {

    @TempDir
    Path tmp;
    /** The project of the latest edit: a fresh copy each time. */
    private Path dir;
    private int copies;

    /** The model's policy.yaml with some lines replaced (pairs: from, to), then its basic policy. */
    private String basic(String body, String... edits) {
        Path file = edit(body, edits);
        Project p = new Project(dir);
        return new MarkdownWriter().render(p.build(p.params().read(body), List.of("basic-policy")).get(0));
    }

    private Path edit(String body, String... edits) {
        dir = tmp.resolve("p" + copies++);
        TestProjects.copy(dir, body);
        Path file = dir.resolve("municipalities/" + body + "/policy.yaml");
        for (int i = 0; i < edits.length; i += 2) {
            TestProjects.replaceOnce(file, edits[i], edits[i + 1]);
        }
        return file;
    }

    private List<Problem> refused(String body, String... edits) {
        edit(body, edits);
        return assertThrows(PolicygenException.class, () -> new ParamsReader(dir).read(body)).problems();
    }

    private int lineOf(String body, String text) {
        List<String> lines = TestProjects.read(dir.resolve("municipalities/" + body + "/policy.yaml")).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    // --- kinds

    @Test
    void aDesignatedCityMayNameWardsAndBureausAsRoleHoldersAndACityIsToldItMightBeOne() {
        String ward = "securityOfficer: { holder: 各局長及び各区長 }";
        String md = basic("model", "kind: city ", "kind: designated-city ", "securityOfficer: { holder: 各部局長 }", ward,
                "    - 市長部局\n", "    - 市長部局（区役所を含む。）\n");
        assertTrue(md.contains("この基本方針を適用する行政機関は、市長部局（区役所を含む。）"), md);
        assertTrue(md.contains("本市"), md);

        List<Problem> problems = refused("model", "securityOfficer: { holder: 各部局長 }", ward);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(lineOf("model", ward), problems.get(0).line());
        assertTrue(problems.get(0).suggestion().contains("choose kind designated-city"), problems.get(0).suggestion());
    }

    @Test
    void aCoreCityIsACity() {
        edit("model", "kind: city ", "kind: core-city ");
        BodyParams p = new ParamsReader(dir).read("model");
        assertEquals("本市", p.body().self());
        assertEquals("市長", p.body().head());
        assertEquals("中核市", p.body().kind().kindName());
    }

    @Test
    void aUnionSaysHowItSharesSystemsWithItsMembersOnlyWhenItDoes() {
        String shared = "構成市と情報システム等を共用する場合は"; // the term ryusenen defines for its members
        assertTrue(basic("ryusenen-union").contains(shared));
        String md = basic("ryusenen-union", "  kind: partial-affairs-union", "  kind: partial-affairs-union\n  sharedSystems: false");
        assertFalse(md.contains("情報システム等を共用する場合"), md);
        List<Problem> problems = refused("model", "  kind: city ", "  sharedSystems: false\n  kind: city ");
        assertTrue(problems.get(0).message().contains("sharedSystems says whether a union shares systems"), problems.toString());
    }

    @Test
    void aBoardOfEducationIsABodyOfItsOwnUnderItsParent() {
        BodyParams p = new ParamsReader(TestProjects.real()).read("sakuradai-city-board-of-education");
        assertEquals("教育委員会", p.body().self());
        assertEquals("桜台市", p.body().parent());
        assertEquals("教育長", p.body().head());
        assertEquals("市民", p.body().residents());
    }

    // --- content switches

    @Test
    void threatsInThreeClassesOrTheBodysOwnList() {
        String classes = basic("model", "\n  epidemic: true\n", "\n  list: classes\n  epidemic: true\n");
        assertTrue(classes.contains("(1) 意図的な要因による脅威"), classes);
        assertTrue(classes.contains("(2) 偶発的な要因による脅威"), classes);
        assertTrue(classes.contains("(3) 環境的な要因による脅威"), classes);

        String own = basic("model", "\n  epidemic: true\n  infrastructure: true\n  extra: []",
                "\n  list: own\n  own: [自前の脅威その一, 自前の脅威その二]");
        assertTrue(own.contains("(1) 自前の脅威その一\n\n(2) 自前の脅威その二\n\n## 4"), own);
        assertFalse(own.contains("サイバー攻撃又は部外者の侵入"), own);

        List<Problem> problems = refused("model", "  epidemic: true\n", "  epidemic: true\n  list: own\n  own: [自前の脅威]\n");
        assertTrue(problems.stream().anyMatch(pr -> pr.message().contains("list: own prints threats.own alone, so epidemic has no effect")
                && pr.line() == lineOf("model", "  epidemic: true")), problems.toString());
    }

    @Test
    void resilienceOverSomeZonesDefinesOnlyTheZonesItUses() {
        String md = basic("model", "  model: alpha ", "  model: none  ",
                "  zones: [my-number, lgwan, internet]", "  zones: [my-number, lgwan, internet, juki-net]\n  resilience: [my-number, juki-net]");
        assertTrue(md.contains("マイナンバー利用事務系\n\n　個人番号"), md);
        assertTrue(md.contains("住民基本台帳ネットワークシステム\n\n　"), md);
        assertFalse(md.contains(") LGWAN接続系\n"), "a zone the measure does not cover is not defined: " + md);
        assertFalse(md.contains(") インターネット接続系\n"), md);
        assertFalse(md.contains("通信経路の分割\n"), md);
        assertTrue(md.contains("### (3) 情報システム全体の強靱性の向上"), md);

        String none = basic("model", "  model: alpha ", "  model: none  ", "  zones: [my-number, lgwan, internet]",
                "  zones: [my-number, lgwan, internet]\n  resilience: []");
        assertFalse(none.contains("強靱性の向上"), none);
        assertFalse(none.contains("マイナンバー利用事務系"), "no measure, so no zone is defined: " + none);

        List<Problem> problems = refused("model", "  zones: [my-number, lgwan, internet]",
                "  zones: [my-number, lgwan, internet]\n  resilience: [my-number]");
        assertTrue(problems.stream().anyMatch(pr -> pr.message().contains("so the 強靱性 measure covers lgwan")
                && pr.suggestion().equals("add lgwan to network.resilience, or choose model none")), problems.toString());
    }

    @Test
    void violationsEitherByTheLawsOrByDisciplinaryAction() {
        assertTrue(basic("model").contains("関係法令及び規程に基づき適切に対処する"));
        String md = basic("model", "  violations: true", "  violations: discipline");
        assertTrue(md.contains("地方公務員法に基づく懲戒処分の対象とする"), md);
        assertFalse(md.contains("関係法令及び規程に基づき適切に対処する"), md);
        assertFalse(basic("model", "  violations: true", "  violations: none").contains("違反への対応"));
    }

    @Test
    void theStaffDefinitionNeverDefinesAWordByItself() {
        String md = basic("model", "  term: 職員等", "  term: 職員\n  definition: includes");
        assertTrue(md.contains("職員（特別職の職員、再任用職員及び会計年度任用職員を含む。以下同じ。）は、"), md);
        assertFalse(md.contains("（以下「職員」という。）"), md);

        List<Problem> problems = refused("model", "  term: 職員等", "  term: 職員");
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(lineOf("model", "  term: 職員"), p.line());
        assertTrue(p.message().contains("would define 職員 by itself"), p.message());
        assertTrue(p.suggestion().contains("definition: includes"), p.suggestion());
    }

    // --- the 方針 of 地方自治法

    @Test
    void theStatuteIsCitedOnlyWhenChosenAndFromTheEdition() {
        String joint = basic("model");
        assertTrue(joint.contains("市長、議会、教育委員会、選挙管理委員会、監査委員及び農業委員会が地方自治法（昭和22年法律第67号）第244条の6の規定に基づき共同して定める"), joint);

        String none = basic("model", "  form: basic-policy", "  form: none", "  adoption: joint", "",
                "  organs: [市長, 議会, 教育委員会, 選挙管理委員会, 監査委員, 農業委員会]", "");
        assertFalse(none.contains("地方自治法"), none);

        // the citation is edition data, in one place
        edit("model");
        TestProjects.replaceOnce(dir.resolve("templates/r7/edition.yaml"), "statute: 地方自治法（昭和22年法律第67号）第244条の6",
                "statute: 改正後の法律第九十九条");
        Project p = new Project(dir);
        String changed = new MarkdownWriter().render(p.build(p.params().read("model"), List.of("basic-policy")).get(0));
        assertTrue(changed.contains("改正後の法律第九十九条の規定に基づき共同して定める"), changed);
    }

    @Test
    void aSeparateMethodAdoptedPerOrganIsOneDocumentEach() {
        edit("model", "  form: basic-policy", "  form: separate", "  adoption: joint", "  adoption: per-organ",
                "  organs: [市長, 議会, 教育委員会, 選挙管理委員会, 監査委員, 農業委員会]", "  organs: [市長, 教育委員会]\n  adopted: 2026-03-27");
        BodyParams params = new ParamsReader(dir).read("model");
        assertEquals(List.of("basic-policy", "standards", "cyber-policy-mayor", "cyber-policy-board-of-education"),
                params.documents().stream().map(Edition.DocumentSpec::id).toList());
        Project p = new Project(dir);
        String board = new MarkdownWriter().render(p.build(params, List.of("cyber-policy-board-of-education")).get(0));
        assertTrue(board.startsWith("# ○○市教育委員会のサイバーセキュリティを確保するための方針\n\n第1版（令和8年3月27日策定）"), board);
        String basic = new MarkdownWriter().render(p.build(params, List.of("basic-policy")).get(0));
        assertTrue(basic.contains("サイバーセキュリティを確保するための方針は、この基本方針に基づき別に定める。"), basic);
    }

    @Test
    void aMethodCannotPredateTheStatute() {
        List<Problem> adopted = refused("model", "  # adopted: 2026-03-31 ", "  adopted: 2023-04-01 #");
        assertTrue(adopted.get(0).message().contains("is before 地方自治法第244条の6 was enacted"), adopted.toString());
        assertEquals(lineOf("model", "  adopted: 2023-04-01"), adopted.get(0).line());

        List<Problem> old = refused("model", "established: 2026-03", "established: 2023-03");
        assertTrue(old.get(0).message().contains("the basic policy was last revised in 令和5年3月, before"), old.toString());
        assertTrue(old.get(0).suggestion().contains("add the revision that made it the 方針 to dates.revisions, or choose form none"));
    }
}
