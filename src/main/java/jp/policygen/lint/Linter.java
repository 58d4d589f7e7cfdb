package jp.policygen.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.policygen.i18n.Texts;

/** Runs every rule over a context and applies the body's silences. */
public final class Linter {

    private static final List<Rule> RULES = List.of(
            new NumberingRules.Sequence(),
            new NumberingRules.Format(),
            new NumberingRules.LabelForm(),
            new NumberingRules.HeadingLevel(),
            new NumberingRules.Toc(),
            new ReferenceRules.Missing(),
            new ReferenceRules.Direction(),
            new ReferenceRules.Subject(),
            new RoleRules.Variant(),
            new RoleRules.Undefined(),
            new TermRules.Misspelling(),
            new SlipRules.Slip(),
            new TermRules.Variant(),
            new TermRules.Unused(),
            new CharRules.Doubled(),
            new CharRules.Width(),
            new CharRules.Brackets(),
            new StyleRules.Kobun(),
            new StyleRules.ListComma(),
            new OtherRules.Debris(),
            new OtherRules.SelfReference(),
            new UnusedSilence());

    /**
     * A silence in a body's lint.yaml that silenced nothing: the defect it was written for is
     * gone, so the silence should go too. Computed by the linter after the other rules.
     */
    static final class UnusedSilence implements Rule {
        @Override
        public String id() {
            return "config.unused-silence";
        }

        @Override
        public Severity severity() {
            return Severity.INFO;
        }

        @Override
        public void check(LintContext context, Findings out) {
        }
    }

    private Linter() {
    }

    /** Every rule, in the order findings of one line are listed. */
    public static List<Rule> rules() {
        return RULES;
    }

    public static Set<String> ruleIds() {
        Set<String> out = new LinkedHashSet<>();
        for (Rule r : RULES) {
            out.add(r.id());
        }
        return out;
    }

    public static LintReport run(LintContext context) {
        return run(context, RULES);
    }

    /** Runs some rules only (tests run one rule at a time). */
    public static LintReport run(LintContext context, List<Rule> rules) {
        List<Finding> all = new ArrayList<>();
        for (Rule rule : rules) {
            Findings out = new Findings(rule);
            rule.check(context, out);
            all.addAll(out.list());
        }
        Map<String, Integer> fileOrder = new HashMap<>();
        for (SourceFile f : context.files()) {
            fileOrder.putIfAbsent(f.path(), fileOrder.size());
        }
        Map<String, Integer> ruleOrder = new HashMap<>();
        for (Rule r : RULES) {
            ruleOrder.put(r.id(), ruleOrder.size());
        }
        all.sort(Comparator.comparing((Finding f) -> fileOrder.getOrDefault(f.file(), 0))
                .thenComparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(f -> ruleOrder.getOrDefault(f.rule(), 0)));
        List<Finding> kept = new ArrayList<>();
        List<LintReport.Silenced> silenced = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<LintConfig.Silence> used = new LinkedHashSet<>();
        for (Finding f : all) {
            if (!seen.add(f.rule() + "\u0000" + f.location() + "\u0000" + f.message())) {
                continue;
            }
            LintConfig.Silence s = context.config().silencing(f);
            if (s != null) {
                silenced.add(new LintReport.Silenced(f, s.reason()));
                used.add(s);
            } else {
                kept.add(f);
            }
        }
        String configFile = context.config().shownPath();
        if (configFile != null && rules.size() == RULES.size() && context.generated()) {
            for (LintConfig.Silence s : context.config().silences()) {
                if (!used.contains(s)) {
                    kept.add(new Finding("config.unused-silence", Severity.INFO, configFile, Math.max(1, s.line()), 1, 0, null, null,
                            Texts.get("lint.config.unused-silence.message", s.rule(),
                                    s.section() == null ? "" : Texts.get("lint.config.unused-silence.section", s.section()),
                                    s.match() == null ? "" : Texts.get("lint.config.unused-silence.match", s.match())),
                            Texts.get("lint.config.unused-silence.fix", configFile), null));
                }
            }
        }
        return new LintReport(kept, silenced);
    }
}
