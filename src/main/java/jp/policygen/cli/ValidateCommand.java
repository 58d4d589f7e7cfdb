package jp.policygen.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.lint.GenerationGate;
import jp.policygen.params.BodyParams;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "validate", description = "Check parameters and templates of bodies without writing anything.")
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @picocli.CommandLine.Option(names = "--all", description = "every body (the default when no body is named)")
    boolean all;

    @Parameters(paramLabel = "BODY", arity = "0..*", description = "body ids (default: every body)")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() {
        Project project = main.project();
        List<String> bodies = all || ids.isEmpty() ? project.bodyIds() : ids;
        List<BodyParams> params = project.readAll(bodies);
        List<Problem> problems = new ArrayList<>();
        GenerationGate gate = new GenerationGate(project.root());
        for (BodyParams body : params) {
            try {
                List<Problem> errors = gate.errors(body, project.build(body), main::warn);
                problems.addAll(errors);
                if (errors.isEmpty()) {
                    main.out.println(body.id() + ": ok");
                }
            } catch (PolicygenException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(problems.size() + " problem(s)", problems);
        }
        return ExitCode.OK.code();
    }
}
