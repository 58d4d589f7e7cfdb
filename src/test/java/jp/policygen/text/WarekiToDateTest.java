package jp.policygen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WarekiToDateTest {

    @Test
    void readsPrintedDatesBack() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), Wareki.toDate("令和8年3月"));
        assertEquals(Optional.of(LocalDate.of(2003, 4, 1)), Wareki.toDate("平成15年4月1日"));
        assertEquals(Optional.of(LocalDate.of(2019, 5, 1)), Wareki.toDate("令和元年5月"));
        assertEquals(Optional.of(LocalDate.of(2019, 4, 1)), Wareki.toDate("2019-04"));
        assertEquals(Optional.of(LocalDate.of(2010, 12, 1)), Wareki.toDate("平成２２年１２月"));
    }

    @Test
    void emptyForWhatIsNotADate() {
        assertEquals(Optional.empty(), Wareki.toDate("令和8年13月"));
        assertEquals(Optional.empty(), Wareki.toDate("来年度"));
    }
}
