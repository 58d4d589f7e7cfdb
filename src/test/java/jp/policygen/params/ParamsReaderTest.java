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
import jp.policygen.TestProjects;

class ParamsReaderTest {

    @TempDir
    Path dir;

    private Path body(String id) {
        return dir.resolve("municipalities").resolve(id).resolve("policy.yaml");
    }

    private List<Problem> problemsOf(String id) {
        PolicygenException e = assertThrows(PolicygenException.class, () -> new ParamsReader(dir).read(id));
        return e.problems();
    }

    private static int lineOf(Path file, String text) {
        List<String> lines = TestProjects.read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(text + " not in " + file);
    }

    @Test
    void everyShippedBodyIsValid() {
        ParamsReader reader = new ParamsReader(TestProjects.real());
        List<String> ids = reader.bodyIds();
        assertTrue(ids.containsAll(List.of("model", "komoro-city", "mito-city-council", "tadami-town")), ids.toString());
        for (String id : ids) {
            BodyParams p = reader.read(id);
            assertEquals(id, p.id());
            assertFalse(p.scope().organisations().isEmpty(), id);
        }
    }

    @Test
    void aMisspeltKeyIsReportedAtItsLineWithTheKeyMeant() {
        TestProjects.copy(dir, "komoro-city");
        Path file = body("komoro-city");
        TestProjects.replaceOnce(file, "  chiefOfficer:", "  chiefOficer:");
        List<Problem> problems = problemsOf("komoro-city");
        Problem typo = problems.stream().filter(p -> p.message().contains("unknown key")).findFirst().orElseThrow();
        assertEquals(file, typo.file());
        assertEquals(lineOf(file, "chiefOficer"), typo.line());
        assertEquals("roles.chiefOficer", typo.key());
        assertTrue(typo.message().contains("expected one of"), typo.message());
        assertEquals("did you mean 'chiefOfficer'?", typo.suggestion());
        // and the now missing required role is reported too, in the same run
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("missing required key 'chiefOfficer'")));
    }

    @Test
    void aMissingKeyNamesTheKeyAndWhereToAddIt() {
        TestProjects.copy(dir, "mito-city-council");
        Path file = body("mito-city-council");
        String text = TestProjects.read(file);
        TestProjects.write(file, text.replaceAll("(?m)^  kind: council.*$", ""));
        Problem p = problemsOf("mito-city-council").get(0);
        assertEquals("body", p.key());
        assertEquals(lineOf(file, "body:"), p.line());
        assertTrue(p.message().contains("missing required key 'kind'"), p.message());
    }

    @Test
    void aWrongValueListsTheAllowedOnesAndSuggestsTheNearest() {
        TestProjects.copy(dir, "tadami-town");
        Path file = body("tadami-town");
        TestProjects.replaceOnce(file, "style: plain", "style: plian");
        Problem p = problemsOf("tadami-town").get(0);
        assertEquals("numbering.style", p.key());
        assertEquals(lineOf(file, "style: plian"), p.line());
        assertTrue(p.message().contains("plain, chapter-dotted, article") || p.message().contains("plain"), p.message());
        assertEquals("did you mean 'plain'?", p.suggestion());
    }

    @Test
    void aDateThatDoesNotExistIsReportedWithTheFormsAccepted() {
        TestProjects.copy(dir, "model");
        Path file = body("model");
        TestProjects.replaceOnce(file, "established: 2026-03", "established: 2026-02-30");
        Problem p = problemsOf("model").get(0);
        assertEquals("dates.established", p.key());
        assertEquals(lineOf(file, "established: 2026-02-30"), p.line());
        assertTrue(p.suggestion().contains("令和8年3月"), p.suggestion());
    }

    @Test
    void aLocalClauseFileMayNotLeaveTheBodysFolder() {
        TestProjects.copy(dir, "model", "komoro-city");
        Path file = body("model");
        TestProjects.write(file, TestProjects.read(file)
                + "clauses:\n  replace:\n    basic.purpose: { file: ../komoro-city/policy.yaml }\n");
        Problem p = problemsOf("model").get(0);
        // the schema refuses the form, and the reader would refuse the resolved path
        assertTrue(p.message().contains("not in the expected form") || p.message().contains("outside the body's folder"),
                p.message());
        assertEquals(lineOf(file, "../komoro-city"), p.line());
    }

    @Test
    void aBodyCopiedFromTheModelMustLoseTheModelsPlaceholders() {
        TestProjects.copy(dir, "model");
        TestProjects.copyTree(dir.resolve("municipalities/model"), dir.resolve("municipalities/test-town"));
        Path file = body("test-town");
        TestProjects.replaceOnce(file, "name: ○○市", "name: テスト町");
        TestProjects.replaceOnce(file, "kind: city", "kind: town");
        List<Problem> problems = problemsOf("test-town");
        assertTrue(problems.stream().anyMatch(p -> p.key().equals("policy.placeholder")), problems.toString());
        Problem holder = problems.stream().filter(p -> p.key().equals("roles.chiefOfficer.holder")).findFirst().orElseThrow();
        assertTrue(holder.message().contains("○○部長"), holder.message());
        assertEquals(lineOf(file, "○○部長"), holder.line());
        Problem ciso = problems.stream().filter(p -> p.key().equals("roles.ciso.holder")).findFirst().orElseThrow();
        assertTrue(ciso.message().contains("副市長") && ciso.message().contains("町長"), ciso.message());
        assertTrue(problems.stream().anyMatch(p -> p.key().startsWith("scope.organisations")), problems.toString());
    }

    @Test
    void aNameThatContradictsItsKindIsReported() {
        TestProjects.copy(dir, "komoro-city");
        TestProjects.replaceOnce(body("komoro-city"), "kind: city", "kind: town");
        Problem p = problemsOf("komoro-city").get(0);
        assertEquals("body.kind", p.key());
        assertTrue(p.message().contains("町"), p.message());
    }

    @Test
    void twoRolesWithOneTitleAreReported() {
        TestProjects.copy(dir, "tadami-town");
        TestProjects.replaceOnce(body("tadami-town"), "title: 総括情報管理者", "title: 情報管理者");
        Problem p = problemsOf("tadami-town").get(0);
        assertTrue(p.message().contains("'chiefOfficer'") && p.message().contains("'securityManager'")
                || p.message().contains("both called"), p.message());
    }

    @Test
    void aRevisionBeforeTheEstablishmentIsReported() {
        TestProjects.copy(dir, "tadami-town");
        Path file = body("tadami-town");
        String text = TestProjects.read(file);
        String established = text.lines().filter(l -> l.strip().startsWith("established:")).findFirst().orElseThrow();
        TestProjects.write(file, text.replace(established, "  established: 令和7年4月"));
        Problem p = problemsOf("tadami-town").get(0);
        assertTrue(p.key().startsWith("dates.revisions[0]"), p.key());
        assertTrue(p.message().contains("comes before the establishment"), p.message());
    }

    @Test
    void bookFormCannotBeCombinedWithArticles() {
        TestProjects.copy(dir, "tadami-town");
        TestProjects.replaceOnce(body("tadami-town"), "style: plain", "style: article");
        Problem p = problemsOf("tadami-town").get(0);
        assertEquals("numbering.documentChapters", p.key());
    }

    @Test
    void bodyIdsCannotClimbOutOfMunicipalities() {
        TestProjects.copy(dir, "model");
        for (String id : List.of("../schema", "model/..", "/etc", "Model", "")) {
            PolicygenException e = assertThrows(PolicygenException.class, () -> new ParamsReader(dir).read(id));
            assertTrue(e.problems().get(0).message().contains("is not a body id"), id);
        }
    }

    @Test
    void anUnknownBodySuggestsTheNearestOne() {
        TestProjects.copy(dir, "komoro-city");
        Problem p = problemsOf("komoro-ctiy").get(0);
        assertEquals("did you mean 'komoro-city'?", p.suggestion());
    }

    @Test
    void wordsFollowTheKindOfBodyUnlessGiven() {
        ParamsReader reader = new ParamsReader(TestProjects.real());
        BodyParams town = reader.read("tadami-town");
        assertEquals("本町", town.body().self());
        assertEquals("町民", town.body().residents());
        BodyParams council = reader.read("mito-city-council");
        assertEquals("議会", council.body().self());
        assertEquals("市民", council.body().residents());
        assertEquals("議員及び職員", council.staff().term());
    }

    @Test
    void aRoleABodyDoesNotHaveCarriesTheTitleOfTheRoleThatTakesItsDuties() {
        BodyParams tadami = new ParamsReader(TestProjects.real()).read("tadami-town");
        assertEquals("最高情報総括責任者", tadami.roles().get("ciso").title());
        BodyParams.Role systemManager = tadami.roles().get("systemManager");
        assertFalse(systemManager.defined());
        assertEquals("情報管理者", systemManager.title());
        assertEquals("securityManager", systemManager.dutiesOf());
    }

    @Test
    void datesFromHeisei13ToFiveYearsAheadAreAcceptedAndOthersRefusedAtTheirLine() {
        TestProjects.copy(dir, "model");
        Path file = body("model");
        // the model's basic policy doubles as the 方針 of 地方自治法, which no text of 2001 can be: this
        // test is about plausible dates, so the model here is a body that adopted no such 方針
        String original = TestProjects.read(file).replaceAll("(?s)\ncyberPolicy:.*?\n\n", "\n");
        int year = java.time.Year.now(java.time.ZoneId.of("Asia/Tokyo")).getValue();
        for (String ok : new String[] {"平成13年1月", "2001-01-01", (year + ParamsReader.YEARS_AHEAD) + "-12-31"}) {
            TestProjects.write(file, original.replace("established: 2026-03", "established: " + ok));
            new ParamsReader(dir).read("model");
        }
        for (String bad : new String[] {"平成12年12月", "令和99年4月", "明治元年10月", (year + ParamsReader.YEARS_AHEAD + 1) + "-01"}) {
            TestProjects.write(file, original.replace("established: 2026-03", "established: " + bad));
            Problem p = problemsOf("model").get(0);
            assertEquals(lineOf(file, "established:"), p.line(), bad);
            assertTrue(p.message().contains("平成13年 (2001)"), p.message());
        }
    }

    @Test
    void aValueLongerThanTheSchemaAllowsIsRefusedWithoutEchoingItWhole() {
        TestProjects.copy(dir, "komoro-city");
        Path file = body("komoro-city");
        TestProjects.replaceOnce(file, "  name: 小諸市", "  name: " + "小".repeat(200_000) + "市");
        Problem p = problemsOf("komoro-city").get(0);
        assertEquals(lineOf(file, "  name: "), p.line());
        assertTrue(p.message().contains("200,001 characters long; at most 40"), p.message());
        assertTrue(p.format(null).length() < 300, p.format(null));
    }

    @Test
    void aDuplicateAddedClauseIsReportedAtItsId() {
        TestProjects.copy(dir, "model");
        Path file = body("model");
        TestProjects.write(file.resolveSibling("clauses/x.md"), "本文。\n");
        TestProjects.write(file, TestProjects.read(file) + "clauses:\n  add:\n"
                + "    - { id: local.x, after: basic.purpose, title: 研修, file: clauses/x.md }\n"
                + "    - { id: local.x, after: basic.threats, title: 訓練, file: clauses/x.md }\n");
        Problem p = problemsOf("model").get(0);
        assertTrue(p.message().contains("added twice"), p.message());
        assertEquals(lineOf(file, "訓練"), p.line());
    }

    // ---- the form of 例規 ---------------------------------------------------------------------

    @Test
    void theFrameAndHouseStyleAreRead() {
        BodyParams nagano = new ParamsReader(TestProjects.real()).read("nagano-prefecture");
        assertEquals("訓令", nagano.instrument().kind());
        assertEquals(List.of("basic-policy", "standards"), nagano.instrument().documents());
        BodyParams.Act original = nagano.dates().acts().get(0);
        assertEquals("平成15年3月31日", original.date());
        assertEquals(3, original.number("basic-policy"));
        assertEquals(4, original.number("standards"));
        assertEquals("平成15年4月1日", original.effective());
        assertEquals(5, nagano.dates().acts().size(), "the establishment and four revisions");
        assertEquals("paren", nagano.numbering().itemStyle());
        assertEquals("mixed", nagano.numbering().digits());
        BodyParams bunkyo = new ParamsReader(TestProjects.real()).read("bunkyo-ward");
        assertEquals("kanji", bunkyo.numbering().itemStyle());
        assertEquals("full", bunkyo.numbering().digits());
        assertEquals(null, bunkyo.instrument());
    }

    @Test
    void anInstrumentNeedsDatesToTheDayAndANumberForEveryAct() {
        TestProjects.copy(dir, "bunkyo-ward");
        Path file = body("bunkyo-ward");
        TestProjects.write(file, TestProjects.read(file) + "\ninstrument:\n  kind: 告示\n  documents: [basic-policy]\n");
        List<Problem> problems = problemsOf("bunkyo-ward");
        Problem day = problems.stream().filter(p -> p.message().contains("has no day")).findFirst().orElseThrow();
        assertEquals(lineOf(file, "established:"), day.line());
        assertTrue(day.suggestion().contains("31日"), day.suggestion());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("no instrument number for basic-policy")),
                problems.toString());
        assertEquals(4, problems.stream().filter(p -> p.message().contains("no instrument number")).count(),
                "the establishment and each of three revisions");
    }

    @Test
    void theFrameAndTheHouseStyleBelongToTheArticleStyle() {
        TestProjects.copy(dir, "komoro-city");
        Path file = body("komoro-city");
        TestProjects.replaceOnce(file, "  style: chapter-dotted", "  style: chapter-dotted\n  digits: full");
        TestProjects.write(file, TestProjects.read(file) + "\ninstrument:\n  kind: 訓令\n");
        List<Problem> problems = problemsOf("komoro-city");
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("digits is a house style of the article style")
                && p.line() == lineOf(file, "digits: full")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("printed in the article style")
                && p.suggestion().contains("numbering.style: article")), problems.toString());
    }

    @Test
    void anInstrumentNumberForADocumentTheFrameDoesNotHoldIsReported() {
        TestProjects.copy(dir, "nagano-prefecture");
        Path file = body("nagano-prefecture");
        TestProjects.replaceOnce(file, "  documents: [basic-policy, standards]", "  documents: [basic-policy]");
        List<Problem> problems = problemsOf("nagano-prefecture");
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("'standards' is not a document adopted as 訓令")),
                problems.toString());
    }
}
