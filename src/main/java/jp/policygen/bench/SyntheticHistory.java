package jp.policygen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A synthetic body's dates: established between 2001 and 2020, then 0–4 revisions in order up
 * to 2026, each with a note that fits its year (no 令和7年 guideline in 2021), written in one of
 * the four notations a body may use (2016-03, "2016-03-31", 平成28年3月, 平成28年3月31日) and
 * always inside its era (平成31年4月, then 令和元年5月).
 */
final class SyntheticHistory {

    private final Dice dice;
    private final boolean telework;

    SyntheticHistory(Dice dice, boolean telework) {
        this.dice = dice;
        this.telework = telework;
    }

    /** A date of the history: year, month, day (day 0: a month only). */
    private record Day(int year, int month, int day) implements Comparable<Day> {
        @Override
        public int compareTo(Day o) {
            return Integer.compare(year * 400 + month * 32 + day, o.year * 400 + o.month * 32 + o.day);
        }
    }

    void write(YamlText y) {
        int format = dice.nextInt(4); // one notation per body, as real files do
        boolean withDay = format == 1 || format == 3;
        Day established = day(2001 + dice.nextInt(20), withDay);
        List<Day> revisions = new ArrayList<>();
        Day last = established;
        int count = dice.nextInt(5);
        for (int k = 0; k < count; k++) {
            int year = last.year() + 1 + dice.nextInt(5);
            if (year > 2026) {
                break;
            }
            Day next = day(year, withDay);
            if (next.compareTo(last) <= 0) {
                continue;
            }
            revisions.add(next);
            last = next;
        }
        y.open(0, "dates").entry(2, "established", print(established, format));
        if (revisions.isEmpty()) {
            y.raw("  revisions: []");
        } else {
            y.open(2, "revisions");
            for (Day r : revisions) {
                String note = note(r);
                if (note == null) {
                    y.flowItem(4, "date", print(r, format));
                } else {
                    y.flowItem(4, "date", print(r, format), "note", note);
                }
            }
        }
        if (dice.chance(0.2)) {
            y.entry(2, "edition", revisions.size() + 1 + dice.nextInt(3));
        }
    }

    private Day day(int year, boolean withDay) {
        // April and March are when most policies take effect; 2019 also gives dates in 令和元年
        int month = dice.chance(0.6) ? (dice.nextBoolean() ? 4 : 3) : 1 + dice.nextInt(12);
        if (year == 2019 && dice.chance(0.5)) {
            month = 5 + dice.nextInt(8);
        }
        return new Day(year, month, withDay ? (month == 4 && dice.chance(0.5) ? 1 : 1 + dice.nextInt(28)) : 0);
    }

    /** ISO month, ISO date, 和暦 month or 和暦 date. */
    private static String print(Day d, int format) {
        if (format < 2) {
            return d.day() == 0 ? String.format(Locale.ROOT, "%04d-%02d", d.year(), d.month())
                    : String.format(Locale.ROOT, "%04d-%02d-%02d", d.year(), d.month(), d.day());
        }
        boolean reiwa = d.year() > 2019 || (d.year() == 2019 && d.month() >= 5);
        int eraYear = reiwa ? d.year() - 2018 : d.year() - 1988;
        return (reiwa ? "令和" : "平成") + (eraYear == 1 ? "元" : Integer.toString(eraYear)) + "年" + d.month() + "月"
                + (d.day() == 0 ? "" : d.day() + "日");
    }

    /** What a revision of that date plausibly did; null sometimes (a note is optional). */
    private String note(Day d) {
        List<String> notes = new ArrayList<>(List.of("組織改正に伴う役職名の変更", "情報セキュリティ監査の実施に関する規定の整備"));
        if (d.year() >= 2016) {
            notes.add("自治体情報システム強靱性向上モデル（三層の対策）への対応");
        }
        if (d.year() >= 2021) {
            notes.add("令和2年12月版ガイドラインへの対応");
            notes.add("クラウドサービスの利用に関する規定の追加");
            if (telework) {
                notes.add("テレワークに関する規定の追加");
            }
        }
        if (d.year() >= 2023) {
            notes.add("令和4年3月版ガイドラインへの対応");
        }
        if (d.year() >= 2025) {
            notes.add("令和7年3月版ガイドラインへの対応");
            notes.add("改正地方自治法に基づくサイバーセキュリティに関する方針としての見直し");
        }
        return dice.chance(0.15) ? null : notes.get(dice.nextInt(notes.size()));
    }
}
