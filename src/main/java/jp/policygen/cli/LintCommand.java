package jp.policygen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.lint.Dictionary;
import jp.policygen.lint.Finding;
import jp.policygen.lint.Lint;
import jp.policygen.lint.LintConfig;
import jp.policygen.lint.LintContext;
import jp.policygen.lint.LintOutput;
import jp.policygen.lint.LintReport;
import jp.policygen.lint.Linter;
import jp.policygen.lint.Severity;
import jp.policygen.params.BodyParams;
import jp.policygen.text.Suggestions;
import jp.policygen.i18n.Texts;

@Command(name = "lint", mixinStandardHelpOptions = true)
final class LintCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "BODY|FILE", arity = "0..*")
    List<String> targets = new ArrayList<>();

    @Option(names = "--all")
    boolean all;

    @Option(names = "--format", paramLabel = "FMT")
    String format = "text";

    @Option(names = "--fail-on", paramLabel = "SEVERITY")
    String failOn = "error";

    @Option(names = "--body", paramLabel = "ID")
    String bodyForFiles;

    @Option(names = "--output", paramLabel = "FILE")
    Path output;

    @Override
    public Integer call() {
        Severity threshold;
        try {
            threshold = Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, "--fail-on", e.getMessage(), null));
        }
        if (!List.of("text", "json", "sarif").contains(format)) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, "--format", Texts.get("cli.lint.unknownFormat", format),
                    Texts.get("cli.lint.unknownFormat.fix")));
        }
        Project project = main.project();
        List<String> list = new ArrayList<>(targets);
        if (all) {
            list.addAll(project.bodyIds());
        }
        if (list.isEmpty()) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, null, Texts.get("cli.lint.nothing"),
                    Texts.get("cli.lint.nothing.fix")));
        }
        Dictionary dictionary = Dictionary.forProject(project.root());
        BodyParams fileBody = bodyForFiles == null ? null : project.params().read(bodyForFiles);
        List<Finding> findings = new ArrayList<>();
        List<LintReport.Silenced> silenced = new ArrayList<>();
        for (String target : list) {
            LintReport report = Linter.run(context(project, dictionary, target, fileBody));
            findings.addAll(report.findings());
            silenced.addAll(report.silenced());
        }
        LintReport report = new LintReport(findings, silenced);
        String rendered = switch (format) {
            case "json" -> LintOutput.json(report);
            case "sarif" -> LintOutput.sarif(report, Linter.rules(), new Main.Version().getVersion()[0].replace("policygen ", ""));
            default -> LintOutput.text(report);
        };
        if (output != null) {
            try {
                Files.createDirectories(output.toAbsolutePath().getParent());
                Files.writeString(output, rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new PolicygenException(ExitCode.IO_ERROR, Texts.get("cli.cannotWrite", output),
                        List.of(Problem.at(output, 0, 0, null, Texts.get("cli.cannotWrite.because", e.getMessage()))), e);
            }
            main.err.println(LintOutput.summary(report));
        } else {
            main.out.print(rendered);
        }
        return report.failsAt(threshold) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private LintContext context(Project project, Dictionary dictionary, String target, BodyParams fileBody) {
        Path file = Path.of(target);
        if (Files.isRegularFile(file)) {
            LintConfig config = fileBody == null ? LintConfig.NONE : LintConfig.forBody(fileBody.folder(), Linter.ruleIds());
            // an existing text is read against the model's wording (terms.slip)
            return Lint.file(file, shown(project, file), dictionary, fileBody, config).withReference(model(project));
        }
        if (!project.bodyIds().contains(target)) {
            String near = Suggestions.nearest(target, project.bodyIds());
            throw PolicygenException.badInput(new Problem(null, 0, 0, null, Texts.get("cli.lint.noTarget", target),
                    near != null ? Texts.get("cli.didYouMean", near) : Texts.get("cli.lint.noTarget.fix")));
        }
        BodyParams body = project.params().read(target);
        return Lint.generated("output", body, project.print(body), dictionary,
                LintConfig.forBody(body.folder(), Linter.ruleIds()));
    }

    private jp.policygen.lint.ReferenceCorpus model;

    private jp.policygen.lint.ReferenceCorpus model(Project project) {
        if (model == null) {
            model = jp.policygen.lint.ReferenceCorpus.model(project);
        }
        return model;
    }

    /** The file as findings show it: relative to the project when inside it, else as given. */
    private static String shown(Project project, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(project.root()) ? project.root().relativize(abs) : file.normalize();
        return shown.toString().replace('\\', '/');
    }
}
