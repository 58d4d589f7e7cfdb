package jp.policygen.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jp.policygen.Problem;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;

/**
 * The lint every command that produces a body's text applies before anything is written
 * (generate, validate, publish): errors stop the command, warnings are shown and do not. One
 * gate, so text that generate refuses can never be published.
 */
public final class GenerationGate {

    private final Path projectRoot;
    private final Dictionary dictionary;

    public GenerationGate(Path projectRoot) {
        this.projectRoot = projectRoot;
        this.dictionary = Dictionary.forProject(projectRoot);
    }

    /** The errors lint finds in a body's generated documents, as they would read in output/; warnings go to {@code warnings}. */
    public List<Problem> errors(BodyParams body, List<Numbering> built, Consumer<Problem> warnings) {
        LintReport report = Linter.run(Lint.generated("output", body, built, dictionary,
                LintConfig.forBody(body.folder(), Linter.ruleIds())));
        List<Problem> errors = new ArrayList<>();
        for (Finding f : report.atLeast(Severity.WARNING)) {
            Problem p = new Problem(projectRoot.resolve(f.file()), f.line(), f.column(), f.rule(), f.message(),
                    f.fix() == null ? null : "fix: " + f.fix());
            if (f.severity() == Severity.ERROR) {
                errors.add(p);
            } else {
                warnings.accept(p);
            }
        }
        return errors;
    }
}
