package jp.policygen.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What belongs to the page, not the text; where a wrapped paragraph ends; a citation that starts a line. */
class PageFurnitureTest {

    /** Three pages: a running header, a sentence broken by the page, page numbers of two kinds. */
    private static String[] pages() {
        List<String> l = new ArrayList<>();
        l.add("○○市　○○市情報セキュリティ対策基準　非公開");
        l.add("第１条　職員は、この基準に定めるところにより、");
        l.add("");
        l.add("― 1 ―");
        l.add("\f○○市　○○市情報セキュリティ対策基準　非公開");
        l.add("");
        l.add("情報資産を管理しなければならない。");
        l.add("第２条　管理者は、記録を残す。");
        l.add("2");
        l.add("\f○○市　○○市情報セキュリティ対策基準　非公開");
        l.add("第３条　管理者は、点検する。");
        l.add("- 3 -");
        return l.toArray(String[]::new);
    }

    @Test
    void pageNumbersAndRunningHeadersAreSetAsideAndABrokenSentenceReadsOn() {
        boolean[] aside = PageFurniture.find(pages());
        boolean[] expected = {true, false, true, true, true, true, false, false, true, true, false, true};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], aside[i], "line " + (i + 1) + ": " + pages()[i]);
        }
    }

    @Test
    void aTextWithoutPagesKeepsEveryLineButADecoratedPageNumber() {
        String[] lines = {"1 目的", "この基本方針は、情報資産を守る。", "2", "― 4 ―", "2 定義"};
        boolean[] aside = PageFurniture.find(lines);
        assertFalse(aside[0] || aside[1] || aside[4]);
        assertFalse(aside[2], "a bare number away from any page break is left to the reader");
        assertTrue(aside[3]);
    }

    @Test
    void aWrappedTextHasAMarginAndALineEndingShortOfItEndsItsParagraph() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add("　情報セキュリティ管理者は、所管する情報システムの情報資産を次に定めるところにより");
        }
        lines.add("(1)　サーバ等の管理");
        LineWrap wrap = LineWrap.of(lines.toArray(String[]::new));
        assertFalse(wrap.endsShort(lines.get(0)));
        assertTrue(wrap.endsShort("(1)　サーバ等の管理"));
        // a text written a paragraph to a line has no margin: nothing ends short
        LineWrap unwrapped = LineWrap.of(new String[] {"1 目的", "短い。", "もう少し長い文である。"});
        assertFalse(unwrapped.endsShort("1 目的"));
    }

    @Test
    void anArticleNumberRunningIntoAParticleIsACitationNotALabel() {
        assertNull(Label.parse("第30条に定めるところに準じて対処しなければならない。"));
        assertNull(Label.parse("第５条の規定により報告する。"));
        assertNull(Label.parse("第２条第３項の管理者は、"));
        assertNull(Label.parse("第１章、第２章及び第３章"));
        assertNotNull(Label.parse("第２条の２　管理者は、点検する。"));
        assertEquals("第２条の２", Label.parse("第２条の２　管理者は、点検する。").label().printed());
        assertNotNull(Label.parse("第３条（目的）"));
        assertNotNull(Label.parse("第１章　総則"));
        assertNotNull(Label.parse("第10条"));
    }
}
