package jp.policygen.checklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A filled checklist read against the standards as they are now: how much is done per chapter and
 * per role, which rules were answered × or △ and what is to be done about them, and how the
 * standards moved since the checklist was made — rules changed since (the text the person
 * answered is not the text in force), rules no longer there, rules added that the checklist does
 * not have. A row is matched to a rule by its key; a row whose key now names another text is
 * matched, within its clause, to the rule of the same text if there is one (an item inserted
 * before it moved its number), else it is a changed rule.
 */
public record Results(Checklist current, FilledChecklist filled, Tally total, List<Tally> chapters, List<Tally> roles,
                      List<Answered> open, List<Answered> changed, List<FilledChecklist.Row> removed, List<Rule> added) {

    /** Answers counted under a name: ○, △, ×, 該当なし, not answered. */
    public record Tally(String name, int done, int partly, int notDone, int notApplicable, int unanswered) {
        /** The rules answered ○, △ or ×. */
        public int assessed() {
            return done + partly + notDone;
        }

        /** 実施率: ○ among the rules answered ○, △ or × (該当なし and unanswered left out); NaN when none. */
        public double rate() {
            return assessed() == 0 ? Double.NaN : (double) done / assessed();
        }

        public String percent() {
            return Double.isNaN(rate()) ? "―" : String.format(Locale.ROOT, "%.1f%%", rate() * 100);
        }

        Tally plus(String answer) {
            return new Tally(name, done + (answer.equals("○") ? 1 : 0), partly + (answer.equals("△") ? 1 : 0),
                    notDone + (answer.equals("×") ? 1 : 0), notApplicable + (answer.equals("該当なし") ? 1 : 0),
                    unanswered + (answer.isEmpty() ? 1 : 0));
        }
    }

    /** A row of the filled checklist and the rule it stands for now (null: no longer in the standards). */
    public record Answered(FilledChecklist.Row row, Rule rule) {
    }

    public static Results of(Checklist current, FilledChecklist filled) {
        Map<String, Rule> byKey = new HashMap<>();
        Map<String, Rule> byClauseAndText = new HashMap<>();
        for (Rule r : current.rules()) {
            byKey.put(r.key(), r);
            byClauseAndText.putIfAbsent(r.clauseId() + "\n" + normal(r.text()), r);
        }
        Set<String> seen = new HashSet<>();
        List<Answered> matched = new ArrayList<>();
        List<Answered> changed = new ArrayList<>();
        List<FilledChecklist.Row> removed = new ArrayList<>();
        for (FilledChecklist.Row row : filled.rows()) {
            Rule same = byKey.get(row.key());
            String clause = row.key().contains("#") ? row.key().substring(0, row.key().indexOf('#')) : row.key();
            Rule rule;
            if (same != null && normal(same.text()).equals(normal(row.text()))) {
                rule = same;
            } else {
                Rule moved = byClauseAndText.get(clause + "\n" + normal(row.text()));
                rule = moved != null ? moved : same;
                if (moved == null && same != null) {
                    changed.add(new Answered(row, same));
                }
            }
            if (rule == null) {
                removed.add(row);
                continue;
            }
            seen.add(rule.key());
            matched.add(new Answered(row, rule));
        }
        List<Rule> added = current.rules().stream().filter(r -> !seen.contains(r.key())).toList();

        Tally total = new Tally("計", 0, 0, 0, 0, 0);
        Map<String, Tally> chapters = new LinkedHashMap<>();
        current.byChapter().keySet().forEach(c -> chapters.put(c, new Tally(c, 0, 0, 0, 0, 0)));
        Map<String, Tally> roles = new LinkedHashMap<>();
        for (Roles.Role r : current.roles().all()) {
            roles.put(r.key(), new Tally(r.title(), 0, 0, 0, 0, 0));
        }
        List<Answered> open = new ArrayList<>();
        for (Answered a : matched) {
            String answer = a.row().answer();
            total = total.plus(answer);
            chapters.merge(a.rule().chapter(), new Tally(a.rule().chapter(), 0, 0, 0, 0, 0).plus(answer), Results::sum);
            for (String role : a.rule().roles()) {
                roles.put(role, roles.get(role).plus(answer));
            }
            if (answer.equals("×") || answer.equals("△")) {
                open.add(a);
            }
        }
        // × before △, then in the standards' order
        open.sort(java.util.Comparator.comparing((Answered a) -> a.row().answer().equals("×") ? 0 : 1)
                .thenComparing(a -> current.rules().indexOf(a.rule())));
        List<Tally> roleTallies = roles.values().stream().filter(t -> t.assessed() + t.notApplicable() + t.unanswered() > 0).toList();
        return new Results(current, filled, total, List.copyOf(chapters.values()), roleTallies, open, changed, removed, added);
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.name(), a.done() + b.done(), a.partly() + b.partly(), a.notDone() + b.notDone(),
                a.notApplicable() + b.notApplicable(), a.unanswered() + b.unanswered());
    }

    /** Text compared without its line breaks and spaces (a cell re-typed or re-wrapped is the same rule). */
    private static String normal(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }
}
