package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class KinsokuLineBreakerTest {

    private static List<Integer> breaks(String text) {
        KinsokuLineBreaker b = new KinsokuLineBreaker();
        b.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int i = b.next(); i != BreakIterator.DONE; i = b.next()) {
            out.add(i);
        }
        return out;
    }

    @Test
    void noBreakBeforeAnyCharacterThatMustNotStartALine() {
        KinsokuLineBreaker.NO_START.codePoints().forEach(cp -> {
            String text = "情報" + new String(Character.toChars(cp)) + "資産";
            assertTrue(!breaks(text).contains(2), "break before '" + new String(Character.toChars(cp)) + "'");
        });
    }

    @Test
    void noBreakAfterAnyCharacterThatMustNotEndALine() {
        KinsokuLineBreaker.NO_END.codePoints().forEach(cp -> {
            String text = "情報" + new String(Character.toChars(cp)) + "資産";
            assertTrue(!breaks(text).contains(3), "break after '" + new String(Character.toChars(cp)) + "'");
        });
    }

    @Test
    void otherwiseBreaksBetweenJapaneseCharactersAsTheJdkDoes() {
        // every boundary of 「情報資産の管理」 (and its end); in the second, none before 「・」「」」 or after 「「」
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), breaks("情報資産の管理"));
        assertEquals(List.of(1, 3, 4, 5, 7, 8, 10, 11), breaks("職員・委託「事業者」等"));
    }
}
