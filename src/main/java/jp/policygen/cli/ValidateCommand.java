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
import jp.policygen.i18n.Texts;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "validate")
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--all")
    boolean all;

    @Parameters(paramLabel = "BODY", arity = "0..*")
    List<String> ids = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N")
    int jobs;

    @Override
    public Integer call() {
        Project project = main.project();
        List<String> bodies = all || ids.isEmpty() ? project.bodyIds() : ids;
        Pipeline pipeline = main.pipeline(jobs);
        List<Outcome<Pipeline.Checked>> outcomes = pipeline.run(bodies, Texts.get("pipeline.verb.check"), id -> pipeline.check(id, List.of()));
        Pipeline.warnings(outcomes).forEach(main::warn);
        for (Outcome<Pipeline.Checked> o : outcomes) {
            if (o.ok()) {
                main.info(Texts.get("cli.validate.ok", o.bodyId()));
            }
        }
        PolicygenException failure = Pipeline.failure(outcomes, Texts.get("cli.validate.nothingWritten"));
        if (failure != null) {
            throw failure;
        }
        return ExitCode.OK.code();
    }
}
