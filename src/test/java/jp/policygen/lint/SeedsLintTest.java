package jp.policygen.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The defects of domain.md §8, each found in its seed at the right place, and nothing else
 * found that reading the seeds does not confirm. The full expected lists are the evidence: a new
 * finding on a seed must be read and either added here (a real defect) or fixed (a false alarm).
 */
class SeedsLintTest {

    static final Path SEEDS = Path.of("../shared/seeds");

    private static LintReport lint(String seed) {
        return Linter.run(Lint.file(SEEDS.resolve(seed), seed, LintTesting.DICTIONARY, null, null));
    }

    private static Finding at(LintReport r, String rule, int line) {
        return r.findings().stream().filter(f -> f.rule().equals(rule) && f.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " on line " + line + " in " + LintTesting.lines(r.findings())));
    }

    /** The line holds the text: the expectations read as the seed does. */
    private static void line(String seed, int n, String holds) {
        try {
            String line = Files.readAllLines(SEEDS.resolve(seed), StandardCharsets.UTF_8).get(n - 1);
            assertTrue(line.contains(holds), seed + ":" + n + " is 「" + line + "」, expected to hold 「" + holds + "」");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String column(String seed, int n, String text) {
        try {
            String line = Files.readAllLines(SEEDS.resolve(seed), StandardCharsets.UTF_8).get(n - 1);
            return n + ":" + (line.indexOf(text) + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- komoro: stale references under 1.x numbering, conversion debris -------------------

    static final String KOMORO = "komoro-city-basic-policy.txt";

    @Test
    void komorosStaleReferencesAreFoundWithTheNumbersMeant() {
        LintReport r = lint(KOMORO);
        line(KOMORO, 68, "上記3の脅威");
        Finding threats = at(r, "reference.missing", 68);
        assertEquals(column(KOMORO, 68, "上記3"), threats.line() + ":" + threats.column());
        assertEquals("上記1.3", threats.replacement());
        assertTrue(threats.fix().contains("対象とする脅威"), threats.fix());
        line(KOMORO, 104, "上記6、7及び8");
        Finding measures = at(r, "reference.missing", 104);
        assertEquals("上記1.6、1.7及び1.8", measures.replacement());
        assertEquals("上記6、7及び8".length(), measures.length());
    }

    @Test
    void komorosConversionDebrisIsFound() {
        LintReport r = lint(KOMORO);
        line(KOMORO, 42, "認証情報の不適切管理、無");
        line(KOMORO, 44, "- 許可ソフトウェアの使用");
        Finding broken = at(r, "import.debris", 44);
        assertTrue(broken.message().contains("line 42") && broken.message().contains("stray list marker"), broken.message());
        line(KOMORO, 46, " - (4) 電力供給の途絶");
        assertTrue(at(r, "import.debris", 46).message().contains("indented unlike"));
    }

    @Test
    void komoroHasNothingElse() {
        assertEquals(List.of("import.debris@44", "import.debris@46", "reference.missing@68", "reference.missing@104"),
                LintTesting.lines(lint(KOMORO).findings()));
    }

    // ---- mito: 的的, heading levels, the broken definition line ------------------------------

    static final String MITO = "mito-city-council-basic-policy.txt";

    @Test
    void mitosDoubledCharacterIsFound() {
        LintReport r = lint(MITO);
        line(MITO, 66, "非意図的的要因");
        Finding doubled = at(r, "chars.doubled", 66);
        assertEquals(column(MITO, 66, "的的"), doubled.line() + ":" + doubled.column());
        assertEquals("的", doubled.replacement());
        assertEquals(2, doubled.length());
    }

    @Test
    void mitosInconsistentHeadingLevelsAreFound() {
        LintReport r = lint(MITO);
        // 1–6 are ### headings, 7–10 are ## headings of the same rank
        line(MITO, 61, "### 3 対象とする脅威");
        for (int n : new int[] {139, 143, 150, 154}) {
            line(MITO, n, "## ");
            Finding f = at(r, "numbering.heading-level", n);
            assertEquals("### ", f.replacement());
        }
        // (12) is a #### heading among eleven plain definitions, (1) among seven plain measures
        line(MITO, 57, "#### (12) 無害化通信");
        at(r, "numbering.heading-level", 57);
        line(MITO, 93, "#### (1) 組織体制");
        at(r, "numbering.heading-level", 93);
    }

    @Test
    void mitosBrokenDefinitionLinesAreFound() {
        LintReport r = lint(MITO);
        line(MITO, 53, "安全が確");
        line(MITO, 55, "保された通信");
        assertTrue(at(r, "import.debris", 55).message().contains("line 53"));
        // the definition of LGWAN 接続系 ends 「…を除く。）。)」: a bracket closed twice
        line(MITO, 45, "除く。）。)");
        Finding bracket = at(r, "chars.brackets", 45);
        assertEquals(column(MITO, 45, ")"), bracket.line() + ":" + bracket.column(), "the half-width 「)」 after 「。」");
    }

    @Test
    void mitoHasNothingElse() {
        assertEquals(List.of("chars.brackets@45", "import.debris@55", "numbering.heading-level@57", "chars.doubled@66",
                "numbering.heading-level@93", "numbering.heading-level@139", "numbering.heading-level@143",
                "numbering.heading-level@150", "numbering.heading-level@154"), LintTesting.lines(lint(MITO).findings()));
    }

    // ---- tadami: 1.1/1.2 for 11/12, TOC, role names, wrong characters -------------------------

    static final String TADAMI = "tadami-town-policy.txt";

    @Test
    void tadamisElevenAndTwelvePrintedAsOnePointOneAndOnePointTwo() {
        LintReport r = lint(TADAMI);
        line(TADAMI, 218, "1.1 情報セキュリティ実施手順");
        assertEquals("11", at(r, "numbering.format", 218).replacement());
        line(TADAMI, 224, "1.2 評価・見直し");
        assertEquals("12", at(r, "numbering.format", 224).replacement());
    }

    @Test
    void tadamisTableOfContentsDisagreesWithTheBody() {
        LintReport r = lint(TADAMI);
        line(TADAMI, 56, "(4) パスワードの管理");
        line(TADAMI, 329, "(4) パスワード等の管理");
        Finding password = at(r, "numbering.toc", 56);
        assertEquals("パスワード等の管理", password.replacement());
        assertTrue(password.message().contains("line 329"), password.message());
        assertEquals(column(TADAMI, 56, "パスワードの管理"), password.line() + ":" + password.column());
        // and more the TOC gets wrong: (10) 行政資産 for 情報資産, (1) 人的セキュリティ for …対策
        line(TADAMI, 27, "行政資産");
        at(r, "numbering.toc", 27);
        line(TADAMI, 36, "(1) 人的セキュリティ");
        at(r, "numbering.toc", 36);
    }

    @Test
    void tadamisRoleNamesSpelledTwoWays() {
        LintReport r = lint(TADAMI);
        for (int n : new int[] {308, 576}) {
            line(TADAMI, n, "統括情報管理者");
            Finding f = at(r, "roles.variant", n);
            assertEquals("総括情報管理者", f.replacement());
            assertEquals(column(TADAMI, n, "統括情報管理者"), f.line() + ":" + f.column());
        }
        for (int n : new int[] {556, 560}) {
            line(TADAMI, n, "最高情報統括責任者");
            Finding f = at(r, "roles.variant", n);
            assertEquals("最高情報総括責任者", f.replacement());
            assertEquals(column(TADAMI, n, "最高情報統括責任者"), f.line() + ":" + f.column());
        }
    }

    @Test
    void tadamisWrongCharacters() {
        LintReport r = lint(TADAMI);
        line(TADAMI, 346, "円滑に非難できる");
        Finding evacuation = at(r, "terms.misspelling", 346);
        assertEquals("避難", evacuation.replacement());
        assertEquals(column(TADAMI, 346, "非難"), evacuation.line() + ":" + evacuation.column());
        line(TADAMI, 434, "住民情報の流失防止");
        Finding leak = at(r, "terms.misspelling", 434);
        assertEquals("流出", leak.replacement());
        assertEquals(column(TADAMI, 434, "流失"), leak.line() + ":" + leak.column());
        line(TADAMI, 182, "発生日合い");
        Finding degree = at(r, "terms.misspelling", 182);
        assertEquals("度合い", degree.replacement());
        assertTrue(degree.message().contains("発生日合い"), degree.message());
        assertEquals(column(TADAMI, 182, "日合い"), degree.line() + ":" + degree.column());
    }

    @Test
    void tadamiHasNothingElse() {
        assertEquals(List.of(
                        // the table of contents: 序's title, (10) 行政資産, (1) 人的セキュリティ, 11's title, (4) パスワードの管理
                        "numbering.toc@14", "numbering.toc@27", "numbering.toc@36", "numbering.toc@41", "numbering.toc@56",
                        "terms.variant@91", // 全て beside すべて
                        // （1）（2）（3） with full-width brackets, (4) … (11) half-width
                        "numbering.label-form@116", "numbering.label-form@120", "numbering.label-form@124",
                        "terms.variant@150", "style.kobun@150", // 取扱う beside 取り扱う; 公用文 writes the verb 取り扱う
                        "terms.misspelling@182", // 発生日合い
                        "terms.variant@214", // 当たって beside あたって
                        "numbering.format@218", "numbering.format@224", // 1.1 and 1.2 for 11 and 12
                        "terms.variant@238", "terms.variant@265", "terms.variant@302", // 全て, おそれ, または
                        "roles.variant@308", // 統括情報管理者
                        "chars.width@341", "chars.width@341", // 重要性分類 I・II beside Ⅰ・Ⅱ
                        "terms.misspelling@346", // 非難
                        "import.debris@376", // 「保管しなけ / ればならない」
                        "terms.variant@386", // または
                        "terms.misspelling@434", // 流失
                        "terms.variant@460", // ごと beside 毎
                        "import.debris@518", // 「最高情 / 報総括責任者」
                        "terms.variant@537", // すみやか
                        "terms.variant@556", "roles.variant@556", "roles.variant@560", // おそれ, 最高情報統括責任者 twice
                        "roles.variant@576"), // 統括情報管理者
                LintTesting.lines(lint(TADAMI).findings()));
    }

    /**
     * Found by reading, not by remembering: without the dictionary's entries for the seeds' own
     * misconversions, terms.slip still finds 非難 for 避難 (the model writes 「円滑に避難できる」).
     */
    @Test
    void tadamisEvacuationSlipIsFoundWithoutTheDictionaryEntryForIt() throws IOException {
        String terms = Files.readString(Path.of("lint/terms.yaml"), StandardCharsets.UTF_8)
                .replaceAll("(?s)  - wrong: 非難\n.*?(?=\n  - wrong:)", "")
                .replaceAll("(?s)  - wrong: 流失\n.*?(?=\n  - wrong:)", "")
                .replaceAll("(?s)  - wrong: 日合い\n.*?(?=\n  - wrong:)", "");
        Dictionary without = Dictionary.parse(Path.of("lint/terms.yaml"), terms);
        assertTrue(without.misspellings().stream().noneMatch(m -> m.wrong().equals("非難") || m.wrong().equals("流失")));
        ReferenceCorpus model = ReferenceCorpus.model(new jp.policygen.Project(jp.policygen.TestProjects.real()));
        LintReport r = Linter.run(Lint.file(SEEDS.resolve(TADAMI), TADAMI, without, null, null).withReference(model));
        Finding slip = at(r, "terms.slip", 346);
        assertEquals("避", slip.replacement());
        assertEquals(column(TADAMI, 346, "非難"), slip.line() + ":" + slip.column());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("terms.misspelling") && f.line() == 346));
    }

    @Test
    void aShiftJisTextWithWindowsLineEndsGivesTheSameFindingsAtTheSameColumns(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        String text = Files.readString(SEEDS.resolve(MITO), StandardCharsets.UTF_8);
        Path sjis = dir.resolve("mito-sjis.txt");
        Files.write(sjis, text.replace("\n", "\r\n").getBytes(java.nio.charset.Charset.forName("windows-31j")));
        LintReport r = Linter.run(Lint.file(sjis, MITO, LintTesting.DICTIONARY, null, null));
        assertEquals(LintTesting.where(lint(MITO).findings()), LintTesting.where(r.findings()));
    }

    @Test
    void aBrokenRoleNameIsReadWholeAcrossTheBreak() {
        // 「最高情 / 報総括責任者」 (lines 516/518) is one name, spelled the usual way: not a variant
        LintReport r = lint(TADAMI);
        line(TADAMI, 516, "最高情");
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().startsWith("roles.") && (f.line() == 516 || f.line() == 518)));
    }
}
