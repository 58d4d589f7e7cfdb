package jp.policygen.lint;

import static jp.policygen.lint.LintTesting.lint;
import static jp.policygen.lint.LintTesting.section;
import static jp.policygen.lint.LintTesting.where;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CharRulesTest {

    static final Rule DOUBLED = new CharRules.Doubled();
    static final Rule WIDTH = new CharRules.Width();
    static final Rule BRACKETS = new CharRules.Brackets();

    // ---- chars.doubled ------------------------------------------------------------------------

    @Test
    void charactersThatNeverDoubleAreFound() {
        String text = section("機器故障等の非意図的的要因による漏えい", "情報資産をを保護するためのの対策、、を講じる。");
        List<Finding> f = lint(text, DOUBLED);
        assertEquals(List.of("chars.doubled@3:10", "chars.doubled@5:5", "chars.doubled@5:13", "chars.doubled@5:17"), where(f));
        assertEquals("的", f.get(0).replacement());
        assertEquals(2, f.get(0).length());
    }

    @Test
    void legitimateRepeatsAreLeftAlone() {
        String text = section("様々な脅威に対し、それぞれの課は時々点検する。ここに定めるもののほか、協議ののち、委員会会議で決める。",
                "只見町町民、ササユリ、ココア、2024年、11月、総務部部長、情報課課長。");
        assertEquals(List.of(), lint(text, DOUBLED));
    }

    // ---- chars.width --------------------------------------------------------------------------

    @Test
    void aNumberMixingWidthsAndTheOddWidthOutAreFound() {
        String text = section("平成15年4月に策定し、令和2年9月に改正した。", "令和８年3月に改正した。", "１2件の記録を残す。");
        List<Finding> f = lint(text, WIDTH);
        // 「１2」 mixes widths; the single full-width 「８」 is the odd one out among single digits
        assertEquals(List.of("chars.width@5:3", "chars.width@7:1"), where(f));
        assertEquals("8", f.get(0).replacement());
        assertEquals("12", f.get(1).replacement());
    }

    @Test
    void romanNumeralsWrittenAsLatinLettersBesideRomanNumeralsAreFound() {
        String text = section("重要性分類Ⅰ及び重要性分類Ⅱの情報を管理する。", "重要性分類 I・II の行政情報を管理する。");
        List<Finding> f = lint(text, WIDTH);
        assertEquals(List.of("chars.width@5:7", "chars.width@5:9"), where(f));
        assertEquals(List.of("Ⅰ", "Ⅱ"), f.stream().map(Finding::replacement).toList());
    }

    @Test
    void aConsistentStyleIdentifiersAndEnglishAreLeftAlone() {
        // full-width single digits and half-width longer numbers is a common deliberate style
        String text = section("第１号及び第２号に掲げる事項は、平成15年から適用する。", "ISO/IEC 27001:2013 及び ISO 7498-2 に準拠する。",
                "Windows XP 及び Version IV は使用しない。IDの管理を行う。");
        assertEquals(List.of(), lint(text, WIDTH));
    }

    // ---- chars.brackets -----------------------------------------------------------------------

    @Test
    void aBracketClosedTwiceOrLeftOpenIsFound() {
        String text = section("データをいう（マイナンバー利用事務系を除く。）。)", "情報資産（電磁的記録を含む。を保護する。");
        List<Finding> f = lint(text, BRACKETS);
        assertEquals(List.of("chars.brackets@3:25", "chars.brackets@5:5"), where(f));
        assertEquals("", f.get(0).replacement());
    }

    @Test
    void balancedBracketsMixedWidthsAndInlineEnumeratorsAreFine() {
        String text = section("只見町個人情報保護条例(平成14年条例第23号。)第2条（以下「法令等」という。）の規定による。",
                "次のとおりとする。 1) 第一の事項 2) 第二の事項", "「情報資産（以下「資産」という。）」を守る。");
        assertEquals(List.of(), lint(text, BRACKETS));
    }
}
