package jp.policygen.lint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.lint.SlipInjection.Slip;

/**
 * How lint does on slips it was not written for: realistic slips of many kinds (conversion slips
 * into other real words, one kanji for a look-alike, 公用文 conventions broken, wrong particles in
 * fixed expressions, doubled particles, a 、 before 及び) are put one by one into texts that follow
 * the model without being it (the seeds' komoro and mito texts, and texts written for the tests);
 * none of them is a slip the dictionary lists. Recall: slips found at their place; precision:
 * findings that are not at a slip nor found in the clean text. Prints the figures.
 */
class InjectedSlipsTest {

    /** The rules that read wording (the others check structure, and the seeds' structural defects are real). */
    static final java.util.Set<String> READING_RULES = SlipInjection.READING_RULES;

    static final List<Slip> SLIPS = List.of(
            new Slip("homophone", "廃棄", "排気"), new Slip("homophone", "使用", "仕様"), new Slip("homophone", "指示", "支持"),
            new Slip("homophone", "侵入", "浸入"), new Slip("homophone", "必要", "必用"), new Slip("homophone", "周知", "衆知"),
            new Slip("homophone", "監視", "環視"), new Slip("homophone", "承認", "証人"), new Slip("homophone", "確認", "確忍"),
            new Slip("homophone", "適切", "適設"), new Slip("homophone", "研修", "研習"), new Slip("homophone", "障害", "障外"),
            new Slip("homophone", "保管", "補完"), new Slip("homophone", "対策", "対索"), new Slip("homophone", "制限", "正限"),
            new Slip("homophone", "責任", "責認"), new Slip("homophone", "記録", "記緑"), new Slip("homophone", "遵守", "準守"),
            new Slip("homophone", "維持", "維時"), new Slip("homophone", "情報", "状報"),
            new Slip("kobun", "なお、", "尚、"), new Slip("kobun", "ただし、", "但し、"), new Slip("kobun", "において", "に於いて"),
            new Slip("kobun", "また、", "又、"), new Slip("kobun", "取り扱う", "取扱う"), new Slip("kobun", "のため", "の為"),
            new Slip("kobun", "することができる", "することが出来る"),
            new Slip("particle", "に基づき", "を基づき"), new Slip("particle", "に対する", "を対する"), new Slip("particle", "に関する", "を関する"),
            new Slip("particle", "に応じて", "を応じて"),
            new Slip("doubled", "資産の", "資産のの"), new Slip("doubled", "を実施", "をを実施"), new Slip("doubled", "が必要", "がが必要"),
            new Slip("list-comma", "完全性及び可用性", "完全性、及び可用性"),
            // written after PhraseSlips was built and measured once, not tuned on: other words of the field
            // converted into a real word that reads the same, or one kanji into a look-alike or same-sounding one
            new Slip("homophone+", "機密", "気密"), new Slip("homophone+", "暗号", "暗合"), new Slip("homophone+", "委託", "依託"),
            new Slip("homophone+", "保護", "補語"), new Slip("homophone+", "運用", "運要"), new Slip("homophone+", "緊急", "緊級"),
            new Slip("homophone+", "復旧", "復急"), new Slip("homophone+", "更新", "更震"), new Slip("homophone+", "点検", "点険"),
            new Slip("homophone+", "認証", "認商"), new Slip("homophone+", "脆弱", "脆若"), new Slip("homophone+", "外部", "概部"),
            new Slip("homophone+", "報告", "報酷"), new Slip("homophone+", "措置", "措地"), new Slip("homophone+", "評価", "評荷"),
            new Slip("homophone+", "事故", "事古"), new Slip("homophone+", "対応", "対広"), new Slip("homophone+", "職員", "職因"),
            new Slip("homophone+", "教育", "教郁"), new Slip("homophone+", "規則", "規側"));

    static List<Path> texts() {
        Path seeds = TestProjects.real().resolveSibling("shared").resolve("seeds");
        Path corpus = Path.of("src/test/resources/jp/policygen/lint/corpus");
        return List.of(seeds.resolve("komoro-city-basic-policy.txt"), seeds.resolve("mito-city-council-basic-policy.txt"),
                corpus.resolve("kunrei-standards.txt"), corpus.resolve("preface-basic-policy.txt"));
    }

    @Test
    void slipsPutIntoRealisticTextsAreFoundWithFewFalseAlarms() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(texts().get(0).getParent()), "../shared/seeds not found");
        Project project = new Project(TestProjects.real());
        ReferenceCorpus model = ReferenceCorpus.model(project);
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path file : texts()) {
            texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        SlipInjection.Result r = SlipInjection.measure(SLIPS, texts, model);
        System.out.print(r.report());
        assertTrue(r.recall() >= 0.9 && r.precision() >= 0.9, r.report()); // measured: 74/78, no false alarm (55/78 before PhraseSlips)
    }
}
