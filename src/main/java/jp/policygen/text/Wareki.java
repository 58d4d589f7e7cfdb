package jp.policygen.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Japanese documents print them: 令和8年3月, 平成15年4月1日, 令和元年5月. Accepts ISO
 * (2026-03, 2026-03-15) and converts it; accepts 和暦 and keeps it exactly as written.
 */
public final class Wareki {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern JAPANESE = Pattern.compile(
            "(明治|大正|昭和|平成|令和)([0-9０-９]{1,2}|元)年([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?");

    private Wareki() {
    }

    /** The date as printed, or empty when the text is neither ISO nor a 和暦 date that exists. */
    public static Optional<String> print(String text) {
        String t = text.strip();
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            try {
                int year = Integer.parseInt(iso.group(1));
                int month = Integer.parseInt(iso.group(2));
                boolean withDay = iso.group(3) != null;
                int day = withDay ? Integer.parseInt(iso.group(3)) : 1;
                LocalDate date = LocalDate.of(year, month, day);
                // A month without a day is named by its first day: 2019-04 is 平成31年4月, 2019-05 令和元年5月.
                return Optional.of(format(date, withDay));
            } catch (DateTimeException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        Matcher jp = JAPANESE.matcher(t);
        if (jp.matches() && exists(jp)) {
            return Optional.of(t);
        }
        return Optional.empty();
    }

    /**
     * The calendar date of a date as printed (「令和8年3月」「平成15年4月1日」, or ISO); a month
     * without a day is its first day. Empty when the text is not such a date.
     */
    public static Optional<LocalDate> toDate(String text) {
        Optional<String> printed = print(text);
        if (printed.isEmpty()) {
            return Optional.empty();
        }
        Matcher jp = JAPANESE.matcher(printed.get());
        if (!jp.matches()) {
            return Optional.empty();
        }
        int year = jp.group(2).equals("元") ? 1 : parseDigits(jp.group(2));
        int month = parseDigits(jp.group(3));
        int day = jp.group(4) == null ? 1 : parseDigits(jp.group(4));
        int start = eraStart(jp.group(1));
        return Optional.of(LocalDate.of(start + year - 1, month, day));
    }

    /** The Gregorian year in which an era's first year fell. */
    private static int eraStart(String era) {
        return switch (era) {
            case "明治" -> 1868;
            case "大正" -> 1912;
            case "昭和" -> 1926;
            case "平成" -> 1989;
            default -> 2019;
        };
    }

    private static String format(LocalDate date, boolean withDay) {
        JapaneseDate jd = JapaneseDate.from(date);
        JapaneseEra era = jd.getEra();
        int year = jd.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        String name = era.getDisplayName(TextStyle.FULL, Locale.JAPAN);
        String y = year == 1 ? "元" : Integer.toString(year);
        return name + y + "年" + date.getMonthValue() + "月" + (withDay ? date.getDayOfMonth() + "日" : "");
    }

    private static boolean exists(Matcher jp) {
        int year = jp.group(2).equals("元") ? 1 : parseDigits(jp.group(2));
        int month = parseDigits(jp.group(3));
        int day = jp.group(4) == null ? 0 : parseDigits(jp.group(4));
        int start = eraStart(jp.group(1));
        int maxYear = switch (jp.group(1)) {
            case "明治" -> 45;
            case "大正" -> 15;
            case "昭和" -> 64;
            case "平成" -> 31;
            default -> 99;
        };
        if (year < 1 || year > maxYear || month < 1 || month > 12) {
            return false;
        }
        try {
            LocalDate first = LocalDate.of(start + year - 1, month, day == 0 ? 1 : day);
            LocalDate last = day == 0 ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            // The era must still (or already) be in force: 平成31年5月1日 and 昭和64年1月8日 do not exist.
            return inEra(first, jp.group(1)) || inEra(last, jp.group(1));
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether the date falls in the named era; 明治 before the calendar reform is taken on trust. */
    private static boolean inEra(LocalDate date, String era) {
        if (date.getYear() < 1873) {
            return era.equals("明治");
        }
        return JapaneseDate.from(date).getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN).equals(era);
    }

    /** Whether a date as printed names its day (「令和8年3月31日」), as an instrument's date must. */
    public static boolean hasDay(String printed) {
        Matcher jp = JAPANESE.matcher(printed.strip());
        return jp.matches() && jp.group(4) != null;
    }

    /** Parses ASCII or full-width digits. */
    static int parseDigits(String digits) {
        int n = 0;
        for (char c : digits.toCharArray()) {
            n = n * 10 + (c >= '０' && c <= '９' ? c - '０' : c - '0');
        }
        return n;
    }
}
