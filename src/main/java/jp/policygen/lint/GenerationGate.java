package jp.policygen.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jp.policygen.Problem;
import java.util.HashMap;
import java.util.Map;

import jp.policygen.model.Origin;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.params.BodyParams;
import jp.policygen.i18n.Texts;

/**
 * The lint every command that produces a body's text applies before anything is written
 * (generate, validate, publish): errors stop the command, warnings are shown and do not. One
 * gate, so text that generate refuses can never be published.
 */
public final class GenerationGate {

    private final Path projectRoot;
    private final Dictionary dictionary;
    private final ReferenceCorpus model;

    /** A gate without the model's wording to read against (terms.slip reads each text against itself). */
    public GenerationGate(Path projectRoot) {
        this(projectRoot, ReferenceCorpus.NONE);
    }

    /** A gate that reads each body's text against the national model's (built once, when first needed). */
    public GenerationGate(jp.policygen.Project project) {
        this(project.root(), ReferenceCorpus.model(project));
    }

    private GenerationGate(Path projectRoot, ReferenceCorpus model) {
        this.projectRoot = projectRoot;
        this.dictionary = Dictionary.forProject(projectRoot);
        this.model = model;
    }

    /**
     * The errors lint finds in a body's generated documents; warnings go to {@code warnings}. Each
     * problem stands where its words were written — the body's clause file, the template, or the
     * line of policy.yaml that sets the value — and says where it shows in output/.
     */
    public List<Problem> errors(BodyParams body, List<PrintedDocument> documents, Consumer<Problem> warnings) {
        LintContext context = Lint.generated("output", body, documents, dictionary,
                LintConfig.forBody(body.folder(), Linter.ruleIds())).withReference(model);
        LintReport report = Linter.run(context);
        Map<String, SourceFile> files = new HashMap<>();
        context.files().forEach(f -> files.put(f.path(), f));
        List<Problem> errors = new ArrayList<>();
        for (Finding f : report.atLeast(Severity.WARNING)) {
            Problem p = problem(body, f, files.get(f.file()));
            if (f.severity() == Severity.ERROR) {
                errors.add(p);
            } else {
                warnings.accept(p);
            }
        }
        return errors;
    }

    private Problem problem(BodyParams body, Finding f, SourceFile file) {
        String fix = f.fix() == null ? null : Texts.get("lint.gate.fix", f.fix());
        Origin origin = file == null ? null : file.origin(f.line(), f.column());
        String shown = f.sectionId() == null ? Texts.get("lint.gate.shown", f.location())
                : Texts.get("lint.gate.shown.section", f.location(), f.sectionId());
        if (origin != null && origin.isParameter()) {
            BodyParams.Location at = body.locate(origin.parameter());
            return new Problem(at.file(), at.line(), at.column(), f.rule(), f.message() + Texts.get("lint.gate.value", origin.parameter()) + shown, fix);
        }
        if (origin != null && origin.file() != null && origin.line() > 0) {
            return new Problem(projectRoot.resolve(origin.file()), origin.line(), origin.column(), f.rule(),
                    f.message() + shown, fix);
        }
        return new Problem(projectRoot.resolve(f.file()), f.line(), f.column(), f.rule(), f.message(), fix);
    }
}
