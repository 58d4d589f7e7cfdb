package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Revision;
import jp.policygen.text.Wareki;

/**
 * What an amendment says about the instruments involved: the kind (訓令, 告示, 規則), how the
 * amended text is cited (「平成15年長野県訓令第５号」), the date and number of the amending
 * instrument and its 施行日. Read from what the documents know today — the body's name, the date
 * it was established, the revision history (dates to the month or the day) — with the user's
 * options first and fallbacks where a fact is unknown: 訓令; the number left blank (「第　号」);
 * the 施行日 from the revision's date, the first of its month when only the month is known (the
 * assumption is listed in {@link #notes}).
 *
 * <p>This is the adapter to reconnect when documents carry their legal frame (the instrument's
 * kind, number, date and 施行日 of each act): {@link #of} is the one place that reads them.
 */
public record InstrumentFacts(String kind, String bodyName, String oldTitle, String oldCitation, String date, String number,
                              String effective, List<String> notes) {

    public InstrumentFacts {
        notes = List.copyOf(notes);
    }

    private static final Pattern JAPANESE = Pattern.compile(
            "(明治|大正|昭和|平成|令和)([0-9０-９]{1,2}|元)年([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?");

    /** The facts of amending {@code old} into {@code neu}. */
    public static InstrumentFacts of(DocumentInfo old, DocumentInfo neu, AmendOptions options) {
        List<String> notes = new ArrayList<>();
        // the document's legal frame (a 例規): its kind, the act that made it, the act that amends it
        jp.policygen.model.Instrument frame = neu.layout().instrument();
        String kind = options.kind() != null && !options.kind().isBlank() ? options.kind().strip()
                : frame != null ? frame.kind() : "訓令";
        String body = old.bodyName();
        // the amended text: 「（平成15年長野県訓令第３号）」 from its establishment
        String established = frame != null ? frame.original().date() : old.established();
        String year = established == null ? "" : Wareki.print(established).map(InstrumentFacts::eraYear).orElse("");
        String oldNumber = frame != null ? Integer.toString(frame.original().number()) : BLANK;
        String oldCitation = year + body + kind + "第" + oldNumber + "号";
        jp.policygen.model.Instrument.Act act = frame != null && !frame.revisions().isEmpty()
                && !sameActs(old, neu) ? frame.acts().get(frame.acts().size() - 1) : null;
        // the new text's latest revision is this amendment only when the old text does not have it too
        String revisionDate = act != null ? Wareki.print(act.date()).orElse(act.date())
                : java.util.Objects.equals(latest(old), latest(neu)) ? null : latest(neu);
        String date = options.date() != null ? printed(options.date(), "--date") : revisionDate;
        if (date == null && options.date() == null) {
            notes.add("公布の日が分からないため空欄とした（改正の履歴に追加するか --date で指定）");
        }
        String number = options.number() != null ? number(options.number())
                : act != null ? "第" + act.number() + "号" : "第" + BLANK + "号";
        if (options.number() == null && act == null) {
            notes.add("番号は空欄（--number で指定）");
        }
        String effective;
        if (options.effective() != null) {
            effective = printed(options.effective(), "--effective");
        } else if (act != null) {
            effective = Wareki.print(act.effective()).orElse(act.effective());
        } else if (revisionDate != null && hasDay(revisionDate)) {
            effective = revisionDate;
        } else if (revisionDate != null) {
            effective = firstOfMonth(revisionDate);
            notes.add("施行日は改正の年月（" + revisionDate + "）の初日とした（--effective で指定）");
        } else {
            effective = null;
            notes.add("施行日が分からないため公布の日から施行とした（--effective で指定）");
        }
        return new InstrumentFacts(kind, body, old.title(), oldCitation, date, number, effective, notes);
    }

    /** Whether the new text records no act the old one lacks (then the amending act is not known yet). */
    private static boolean sameActs(DocumentInfo old, DocumentInfo neu) {
        jp.policygen.model.Instrument a = old.layout().instrument();
        jp.policygen.model.Instrument b = neu.layout().instrument();
        return a != null && b != null && a.acts().size() >= b.acts().size();
    }

    /** A blank for a number the drafter fills in. */
    static final String BLANK = "\u3000";

    /** 「令和８年４月１日から」 or 「公布の日から」. */
    String from() {
        return effective == null ? "公布の日から" : digits(effective) + "から";
    }

    /** 「令和８年３月31日　訓令第５号」. */
    String dateLine() {
        return (date == null ? "令和" + BLANK + "年" + BLANK + "月" + BLANK + "日" : digits(date)) + "\u3000" + kind + digits(number);
    }

    private static String latest(DocumentInfo info) {
        List<Revision> revisions = info.revisions();
        String d = revisions.isEmpty() ? info.established() : revisions.get(revisions.size() - 1).date();
        return d == null ? null : Wareki.print(d).orElse(null);
    }

    private static String printed(String date, String option) {
        Optional<String> p = Wareki.print(date);
        if (p.isEmpty()) {
            throw new IllegalArgumentException(option + ": not a date: '" + date + "' (令和8年4月1日 or 2026-04-01)");
        }
        return p.get();
    }

    private static String number(String n) {
        String s = n.strip();
        if (s.matches("[0-9０-９]+")) {
            return "第" + s + "号";
        }
        if (s.matches("第[0-9０-９]+号")) {
            return s;
        }
        throw new IllegalArgumentException("--number: a number such as 5 or 第５号, not '" + n + "'");
    }

    private static String eraYear(String printed) {
        Matcher m = JAPANESE.matcher(printed);
        return m.matches() ? m.group(1) + m.group(2) + "年" : "";
    }

    private static boolean hasDay(String printed) {
        Matcher m = JAPANESE.matcher(printed);
        return m.matches() && m.group(4) != null;
    }

    private static String firstOfMonth(String printed) {
        Matcher m = JAPANESE.matcher(printed);
        return m.matches() ? m.group(1) + m.group(2) + "年" + m.group(3) + "月1日" : printed;
    }

    /** Dates as amendments print them: one digit full-width, more half-width (令和８年３月31日). */
    static String digits(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                int j = i;
                while (j < text.length() && (text.charAt(j) >= '0' && text.charAt(j) <= '9' || text.charAt(j) >= '０' && text.charAt(j) <= '９')) {
                    j++;
                }
                out.append(Structure.Digits.MIXED.of(Labels.parseDigits(text.substring(i, j))));
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
