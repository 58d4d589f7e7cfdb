package jp.policygen.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.bench.Bench;
import jp.policygen.bench.CompareBench;
import jp.policygen.i18n.Texts;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "bench")
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "BODY", arity = "0..*")
    List<String> ids = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N")
    int runs = 15;

    @Option(names = "--gsub")
    boolean gsub;

    @Option(names = "--kb", paramLabel = "KB")
    Integer kb;

    @Option(names = "--compare", arity = "0..1", fallbackValue = "", paramLabel = "TEXT")
    String compare;

    @Option(names = "--amend", arity = "0..1", fallbackValue = "nagano-prefecture", paramLabel = "BODY")
    String amend;

    @Option(names = "--pipeline")
    boolean pipeline;

    @Option(names = "--office")
    boolean office;

    @Option(names = "--bodies", paramLabel = "N")
    Integer bodies;

    @Option(names = "--scenarios", split = ",", paramLabel = "S")
    List<String> scenarios = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (pipeline) {
            int pipelineRuns = spec.commandLine().getParseResult().hasMatchedOption("--runs") ? Math.max(1, runs) : 3;
            List<jp.policygen.bench.PipelineBench.Scenario> chosen = new ArrayList<>();
            try {
                for (String s : scenarios) {
                    chosen.add(jp.policygen.bench.PipelineBench.Scenario.of(s));
                }
            } catch (IllegalArgumentException e) {
                throw jp.policygen.PolicygenException.badInput(new jp.policygen.Problem(null, 0, 0, "--scenarios", e.getMessage(), null));
            }
            jp.policygen.bench.PipelineBench.run(main.project().root(), bodies, pipelineRuns,
                    chosen.isEmpty() ? List.of(jp.policygen.bench.PipelineBench.Scenario.values()) : chosen, main.out);
            return ExitCode.OK.code();
        }
        if (amend != null) {
            jp.policygen.bench.AmendBench.run(main.project(), amend, Math.max(3, runs), main.out);
            return ExitCode.OK.code();
        }
        if (office) {
            jp.policygen.bench.OfficeBench.run(main.project(), ids, Math.max(3, runs), main.out);
            return ExitCode.OK.code();
        }
        if (compare != null) {
            java.nio.file.Path text = compare.isEmpty() ? CompareBench.defaultText(main.project().root()) : java.nio.file.Path.of(compare);
            if (!java.nio.file.Files.isRegularFile(text)) {
                throw jp.policygen.PolicygenException.badInput(new jp.policygen.Problem(text, 0, 0, "--compare",
                        Texts.get("cli.bench.noText"), Texts.get("cli.bench.noText.fix")));
            }
            CompareBench.run(main.project(), text, Math.max(3, runs), main.out);
            return ExitCode.OK.code();
        }
        List<String> skipped = new ArrayList<>();
        var largest = Bench.largest(main.project(), ids, skipped);
        if (!skipped.isEmpty()) {
            main.err.println(Texts.get("cli.bench.skipped", skipped.size(), skipped.get(0)));
        }
        if (kb != null) {
            largest = Bench.slice(largest, kb * 1024);
        }
        Bench.Result r = Bench.run(largest, Math.max(1, runs), gsub);
        Bench.print(r, gsub, main.out);
        return ExitCode.OK.code();
    }
}
