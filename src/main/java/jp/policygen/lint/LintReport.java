package jp.policygen.lint;

import java.util.List;

/** What a lint run found, and what it left out because the body's configuration silences it. */
public record LintReport(List<Finding> findings, List<Silenced> silenced) {

    /** A finding a body's lint.yaml silences, with the reason given there. */
    public record Silenced(Finding finding, String reason) {
    }

    public LintReport {
        findings = List.copyOf(findings);
        silenced = List.copyOf(silenced);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when some finding is at or above the threshold. */
    public boolean failsAt(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    public List<Finding> atLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).toList();
    }
}
