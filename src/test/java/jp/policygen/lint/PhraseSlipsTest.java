package jp.policygen.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * terms.slip's reading of phrases (PhraseSlips), on small texts against a small reference written
 * for the tests: where it must fire and, for each way a correct text differs from its reference,
 * where it must not.
 */
class PhraseSlipsTest {

    /** A reference that writes its words often, each in a few phrases. */
    static final ReferenceCorpus REFERENCE = ReferenceCorpus.of(List.of(String.join("\n",
            "情報資産を電磁的記録媒体に保存し、記録媒体を施錠できる場所に保管する。",
            "電磁的記録媒体は、記録された情報を消去してから廃棄する。",
            "情報資産の廃棄を行う場合は、管理者の許可を得る。",
            "部外者の侵入を防ぐため、入退室を記録する。",
            "不正な侵入を検知した場合は、記録を保存する。",
            "機密性、完全性及び可用性を維持するため、対策を講じる。",
            "対策の実施状況を確認し、記録を維持する。",
            "管理者は、許可の内容を確認する。手順を維持し、結果を確認する。",
            "職員等は、情報セキュリティ対策を遵守する。",
            "職員等に対し、研修を行う。職員等は研修を受講する。",
            "電子計算機を相互に接続する機器を管理する。機器の一覧を作成する。",
            "規定に違反した職員等は、懲戒の対象となる。",
            "許可された機器以外の機器を接続しない。職員以外の者は、機器以外の物を持ち込まない。")));

    private static List<Finding> slips(String text) {
        LintContext context = Lint.text("test.txt", LintTesting.section(text), LintTesting.DICTIONARY, null, null).withReference(REFERENCE);
        return Linter.run(context, List.of(new SlipRules.Slip())).findings();
    }

    private static void finds(String text, String written, String meant) {
        List<Finding> found = slips(text);
        assertTrue(found.stream().anyMatch(f -> meant.equals(f.replacement()) && f.message().contains("「" + written + "」")),
                text + " → " + found);
    }

    private static void silent(String text) {
        assertEquals(List.of(), slips(text).stream().map(Finding::message).toList(), text);
    }

    @Test
    void aKanjiChangedInsideAPhraseOfTheReferenceIsASlip() {
        finds("業務で使う電磁的記緑媒体は、施錠できる場所に置く。", "記緑", "記録"); // a look-alike: no word, both sides agree
        finds("可用性を維時するため、手順を定める。", "維時", "維持"); // no word, read as nothing
        finds("部外者の浸入等に備える。", "浸入", "侵入"); // a real word that reads the same, three characters before agree
        finds("情報資産の排気を行う場合は、台帳から消す。", "排気", "廃棄"); // both kanji differ, the reading is the same
    }

    @Test
    void aBrokenWordStandingAloneIsASlipWhateverItsPhrase() {
        finds("月に一度、状況の確忍に努める。", "確忍", "確認");
    }

    @Test
    void correctWordingThatDiffersFromTheReferenceIsNoSlip() {
        silent("電磁的記録媒体は、施錠できる場所に保管する。"); // the reference's own words
        silent("電子計算機等を相互に接続する。"); // a word and a suffix (機|等), not 機器 broken
        silent("規定外の機器を接続しない。"); // across the end of a known word (規定|外)
        silent("従業員に対し、研修を行う。"); // a longer word that holds a reference word's kanji
        silent("職員等は、記念の品を保管する。"); // another real word in another phrase (記念, not 記録)
        silent("第三条及び第五条に定める対策を講じる。"); // kanji numerals are numbers
        silent("市長及び町長は、対策の実施状況を確認する。"); // a body's kind is the body's own word
    }

    @Test
    void aWordTheTextWritesMoreThanOnceIsItsOwnChoice() {
        silent("情報資産の処分を行う。処分した記緑は残す。台帳の記緑を見直す。");
    }

    @Test
    void homophonesBothRightInTheFieldAreLeftAlone() {
        silent("規程に違反した職員等は、懲戒の対象となる。"); // 規程 / 規定: both words of the field
    }
}
