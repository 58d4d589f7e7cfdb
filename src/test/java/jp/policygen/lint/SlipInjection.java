package jp.policygen.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts slips one by one into correct texts and lints each result with the reading rules: a slip is
 * found when a finding stands at its place; a finding elsewhere that the clean text did not have is
 * a false alarm. Shared by the slip tests, so that every set of slips is measured the same way.
 */
final class SlipInjection {

    /** A slip: {@code right} (as the text has it) written as {@code wrong}; {@code kind} groups the figures. */
    record Slip(String kind, String right, String wrong) {
    }

    /** The rules that read wording (the others check structure, and the seeds' structural defects are real). */
    static final Set<String> READING_RULES = Set.of("terms.slip", "terms.misspelling", "style.kobun",
            "style.list-comma", "chars.doubled", "roles.variant");

    /** The figures of one measure, and the report that prints them with every miss and alarm. */
    record Result(int injected, int found, int falseAlarms, int cleanFindings, String report) {
        double recall() {
            return (double) found / injected;
        }

        double precision() {
            return found + falseAlarms == 0 ? 1 : (double) found / (found + falseAlarms);
        }
    }

    private SlipInjection() {
    }

    /**
     * Each slip, put into each text (name → text) at the first place its right form stands after the
     * text's first blank line (a title page is left alone), where the text has it.
     */
    static Result measure(List<Slip> slips, Map<String, String> texts, ReferenceCorpus reference) {
        int injected = 0;
        int found = 0;
        int falseAlarms = 0;
        int cleanFindings = 0;
        Map<String, int[]> perKind = new LinkedHashMap<>();
        List<String> missed = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String name = e.getKey();
            String clean = e.getValue();
            List<Finding> baseline = lint(name, clean, reference);
            for (Finding f : baseline) {
                if (READING_RULES.contains(f.rule())) {
                    cleanFindings++;
                    alarms.add("clean " + name + ":" + f.line() + " " + f.rule() + " " + f.message());
                }
            }
            for (Slip slip : slips) {
                int at = clean.indexOf(slip.right(), clean.indexOf("\n\n") + 1);
                if (at < 0) {
                    continue;
                }
                String text = clean.substring(0, at) + slip.wrong() + clean.substring(at + slip.right().length());
                int line = (int) clean.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                int column = at - clean.lastIndexOf('\n', at - 1);
                injected++;
                int[] k = perKind.computeIfAbsent(slip.kind(), x -> new int[2]);
                k[1]++;
                boolean hit = false;
                for (Finding f : lint(name, text, reference)) {
                    boolean near = f.line() == line && f.column() >= column - 2 && f.column() <= column + slip.wrong().length() + 1;
                    boolean before = baseline.stream().anyMatch(b -> b.rule().equals(f.rule()) && b.message().equals(f.message()));
                    if (near) {
                        hit = true;
                    } else if (!before && !f.rule().equals("terms.variant") && !f.message().contains(slip.wrong())) {
                        // (a finding elsewhere that quotes the slip, such as the contents entry that no longer
                        // matches its heading, is the slip's consequence, not a false alarm)
                        falseAlarms++;
                        alarms.add(name + ":" + f.line() + " " + f.rule() + " " + f.message());
                    }
                }
                if (hit) {
                    found++;
                    k[0]++;
                } else {
                    missed.add(slip.kind() + " " + slip.right() + "→" + slip.wrong() + " in " + name);
                }
            }
        }
        double recall = (double) found / injected;
        double precision = found + falseAlarms == 0 ? 1 : (double) found / (found + falseAlarms);
        StringBuilder report = new StringBuilder(String.format("injected slips: %d, found %d (recall %.1f%%), false alarms %d (precision %.1f%%); "
                + "findings of these rules on the clean texts: %d%n", injected, found, recall * 100, falseAlarms, precision * 100, cleanFindings));
        perKind.forEach((kind, c) -> report.append(String.format("  %-10s %d/%d%n", kind, c[0], c[1])));
        missed.forEach(m -> report.append("  missed: ").append(m).append('\n'));
        alarms.forEach(a -> report.append("  false alarm: ").append(a).append('\n'));
        return new Result(injected, found, falseAlarms, cleanFindings, report.toString());
    }

    private static List<Finding> lint(String name, String text, ReferenceCorpus reference) {
        return Linter.run(Lint.text(name, text, LintTesting.DICTIONARY, null, null).withReference(reference)).findings();
    }
}
