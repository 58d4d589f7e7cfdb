package jp.policygen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class WarekiTest {

    @Test
    void isoMonthsAndDaysArePrintedInTheEraOfTheirDate() {
        assertEquals(Optional.of("令和8年3月"), Wareki.print("2026-03"));
        assertEquals(Optional.of("平成15年4月1日"), Wareki.print("2003-04-01"));
        assertEquals(Optional.of("平成31年4月"), Wareki.print("2019-04"));
        assertEquals(Optional.of("令和元年5月"), Wareki.print("2019-05"));
        assertEquals(Optional.of("平成31年4月30日"), Wareki.print("2019-04-30"));
        assertEquals(Optional.of("令和元年5月1日"), Wareki.print("2019-05-01"));
    }

    @Test
    void japaneseDatesAreKeptExactlyAsWritten() {
        assertEquals(Optional.of("令和８年３月"), Wareki.print("令和８年３月"));
        assertEquals(Optional.of("令和元年5月"), Wareki.print("令和元年5月"));
        assertEquals(Optional.of("平成15年4月1日"), Wareki.print(" 平成15年4月1日 "));
    }

    @Test
    void datesThatDoNotExistAreRefused() {
        assertTrue(Wareki.print("2026-13").isEmpty());
        assertTrue(Wareki.print("2026-02-30").isEmpty());
        assertTrue(Wareki.print("平成32年1月").isEmpty(), "平成 ended in its 31st year");
        assertTrue(Wareki.print("令和8年13月").isEmpty());
        assertTrue(Wareki.print("平成27年2月30日").isEmpty());
        assertTrue(Wareki.print("next spring").isEmpty());
        assertTrue(Wareki.print("平成31年5月1日").isEmpty(), "令和 had begun");
        assertTrue(Wareki.print("平成31年5月").isEmpty());
        assertTrue(Wareki.print("昭和64年1月8日").isEmpty(), "平成 had begun");
        assertEquals(Optional.of("昭和64年1月7日"), Wareki.print("昭和64年1月7日"));
        assertEquals(Optional.of("平成元年1月"), Wareki.print("平成元年1月"), "平成 began on 1月8日");
        assertEquals(Optional.of("平成31年4月30日"), Wareki.print("平成31年4月30日"));
    }

    @Test
    void anInstrumentsDateNamesItsDay() {
        assertTrue(Wareki.hasDay(Wareki.print("2026-03-31").orElseThrow()));
        assertEquals(Optional.of("令和8年3月31日"), Wareki.print("2026-03-31"));
        assertTrue(Wareki.hasDay("令和８年３月31日"));
        assertTrue(!Wareki.hasDay("令和8年3月") && !Wareki.hasDay(Wareki.print("2026-03").orElseThrow()));
    }
}
