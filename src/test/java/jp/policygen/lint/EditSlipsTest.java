package jp.policygen.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * terms.slip's reading of small edits (EditSlips), on small texts against a small reference written
 * for the tests: a word written twice, a kana of 送り仮名 added or left out, a particle or a kanji
 * changed inside a phrase of the reference; and, for each way a correct text may differ from its
 * reference, silence.
 */
class EditSlipsTest {

    static final ReferenceCorpus REFERENCE = ReferenceCorpus.of(List.of(String.join("\n",
            "職員等は、情報資産をその分類に従って取り扱わなければならない。",
            "管理者は、異常を認めたときは、速やかに責任者に報告しなければならない。",
            "担当者は、作業の結果を直ちに管理者に報告しなければならない。",
            "委員会は、毎年度少なくとも一回開催する。",
            "委員会の庶務は、総務課が処理する。",
            "本方針の対象とする情報資産は、次のとおりとする。",
            "技術的な対策を講じなければならない。",
            "外部記録媒体を使用する場合は、管理者の許可を得なければならない。",
            "前項の規定により報告を受けた者は、その内容を記録しなければならない。",
            "重要性分類甲の情報資産は、施錠できる場所に保管する。")));

    private static List<Finding> slips(String text) {
        LintContext context = Lint.text("test.txt", LintTesting.section(text), LintTesting.DICTIONARY, null, null).withReference(REFERENCE);
        return Linter.run(context, List.of(new SlipRules.Slip())).findings();
    }

    private static void finds(String text, String replacement) {
        List<Finding> found = slips(text);
        assertTrue(found.stream().anyMatch(f -> replacement.equals(f.replacement())), text + " → " + found);
    }

    private static void silent(String text) {
        assertEquals(List.of(), slips(text).stream().map(Finding::message).toList(), text);
    }

    @Test
    void aWordWrittenTwiceInsideAPhraseOfTheReferenceIsASlip() {
        finds("管理者は、異常を認めたときは、速やかに責任責任者に報告しなければならない。", ""); // 責任 written twice
        finds("職員等は、情報資産資産をその分類に従って取り扱わなければならない。", "");
    }

    @Test
    void aKanaOfOkuriganaAddedOrLeftOutIsASlip() {
        finds("委員会は、毎年度少くとも一回開催する。", "少な");
        finds("管理者は、異常を認めたときは、速かに責任者に報告しなければならない。", "速や");
        finds("職員等は、情報資産をその分類に従がって取り扱わなければならない。", "");
        finds("職員等は、情報資産をその分類に従って取扱わなければならない。", "取り");
    }

    @Test
    void aParticleOrAKanjiChangedInsideAPhraseOfTheReferenceIsASlip() {
        finds("担当者は、作業の結果を直ちに管理者を報告しなければならない。", "に");
        finds("委員会の庶冒は、総務課が処理する。", "務");
    }

    @Test
    void theReferencesOwnPhrasesAndOtherWaysOfWritingThemAreLeftAlone() {
        silent("職員等は、情報資産をその分類に従って取り扱わなければならない。");
        // が and の alternate before a verb of the clause; に and へ both say where to; は stands for any case
        silent("本方針が対象とする情報資産は、次のとおりとする。");
        silent("担当者は、作業の結果を直ちに管理者へ報告しなければならない。");
        // a noun and a particle, a suffix and its auxiliary: two words, not 送り仮名 (場合|に|は, 技術的|な)
        silent("外部記録媒体を使用する場合には、管理者の許可を得なければならない。");
        silent("技術的対策を講じなければならない。");
        // another word of the language, not the same word converted wrongly (前項 / 次項 read differently)
        silent("次項の規定により報告を受けた者は、その内容を記録しなければならない。");
        // a word of one kanji in a series is another member of it, not a broken word (甲, 乙, 丙)
        silent("重要性分類丙の情報資産は、施錠できる場所に保管する。");
    }
}
