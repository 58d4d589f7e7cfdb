package jp.policygen.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Project;
import jp.policygen.pipeline.Outcome;
import jp.policygen.pipeline.Pipeline;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "validate", description = {
        "Check parameters and templates of bodies without writing anything: everything generate",
        "checks (parameters, composition, the lint gate), with the same exit codes."})
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--all", description = "every body (the default when no body is named)")
    boolean all;

    @Parameters(paramLabel = "BODY", arity = "0..*", description = "body ids (default: every body)")
    List<String> ids = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "bodies checked at once (default: one per processor)")
    int jobs;

    @Override
    public Integer call() {
        Project project = main.project();
        List<String> bodies = all || ids.isEmpty() ? project.bodyIds() : ids;
        Pipeline pipeline = main.pipeline(jobs);
        List<Outcome<Pipeline.Checked>> outcomes = pipeline.run(bodies, "検査", id -> pipeline.check(id, List.of()));
        Pipeline.warnings(outcomes).forEach(main::warn);
        for (Outcome<Pipeline.Checked> o : outcomes) {
            if (o.ok()) {
                main.info(o.bodyId() + ": ok");
            }
        }
        PolicygenException failure = Pipeline.failure(outcomes, "nothing was written (validate never writes)");
        if (failure != null) {
            throw failure;
        }
        return ExitCode.OK.code();
    }
}
