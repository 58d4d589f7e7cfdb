package jp.policygen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Titles are cut where a line may break: after the body's name and between words, never inside one. */
class TitleWordsTest {

    @Test
    void aTitleIsCutAfterTheBodysNameAndWhereTheScriptChanges() {
        assertEquals(List.of("長野県", "情報", "セキュリティ", "基本方針"), TitleWords.split("長野県情報セキュリティ基本方針", "長野県"));
        assertEquals(List.of("福島県", "南会津地方広域市町村圏組合", "情報", "セキュリティ", "対策基準"),
                TitleWords.split("福島県南会津地方広域市町村圏組合情報セキュリティ対策基準", "福島県南会津地方広域市町村圏組合"));
    }

    @Test
    void aLongNameIsCutAfterThePrefectureItBeginsWith() {
        assertEquals(List.of("福島県", "後期高齢者医療広域連合"), TitleWords.nameParts("福島県後期高齢者医療広域連合"));
        assertEquals(List.of("長野県"), TitleWords.nameParts("長野県"), "a prefecture alone stays whole");
        assertEquals(List.of("北海道", "札幌市"), TitleWords.nameParts("北海道札幌市"));
        assertEquals(List.of("文京区"), TitleWords.nameParts("文京区"));
    }

    @Test
    void particlesStayWithTheWordBeforeThem() {
        assertEquals(List.of("○○町", "における", "サイバーセキュリティを", "確保するための", "方針"),
                TitleWords.split("○○町におけるサイバーセキュリティを確保するための方針", "○○町"));
    }

    @Test
    void eachPieceIsKeptWholeInTheMarkupAndTheTextIsUnchanged() {
        String markup = TitleWords.markup("長野県情報セキュリティ基本方針", "長野県");
        assertEquals("<span class=\"w\">長野県</span><span class=\"w\">情報</span><span class=\"w\">セキュリティ</span>"
                + "<span class=\"w\">基本方針</span>", markup);
        assertEquals("A&amp;B", TitleWords.markup("A&B", "A&B"), "one piece: escaped, no spans");
        assertEquals("<span class=\"w\">福島県</span>南会津地方広域市町村圏組合<span class=\"w\">情報</span>"
                + "<span class=\"w\">セキュリティ</span><span class=\"w\">基本方針</span>",
                TitleWords.markup("福島県南会津地方広域市町村圏組合情報セキュリティ基本方針", "福島県南会津地方広域市町村圏組合"),
                "a piece longer than a phone's line flows, breaking where it must");
    }
}
