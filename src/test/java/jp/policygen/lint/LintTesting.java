package jp.policygen.lint;

import java.util.Arrays;
import java.util.List;

import jp.policygen.TestProjects;
import jp.policygen.params.BodyParams;

/** Lints small texts with one rule or all, for the rule tests. */
final class LintTesting {

    static final Dictionary DICTIONARY = Dictionary.forProject(TestProjects.real());

    private LintTesting() {
    }

    /** The findings of some rules (all when none given) on a text. */
    static List<Finding> lint(String text, Rule... rules) {
        return lint(text, null, LintConfig.NONE, rules);
    }

    static List<Finding> lint(String text, BodyParams body, LintConfig config, Rule... rules) {
        LintContext context = Lint.text("test.txt", text, DICTIONARY, body, config);
        return (rules.length == 0 ? Linter.run(context) : Linter.run(context, Arrays.asList(rules))).findings();
    }

    /** A one-section text around some sentences, so the importer sees a numbered structure. */
    static String section(String... paragraphs) {
        return "1 目的\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    /** 「rule@line:column」 of each finding, for compact assertions. */
    static List<String> where(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "@" + f.line() + ":" + f.column()).toList();
    }

    static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "@" + f.line()).toList();
    }
}
