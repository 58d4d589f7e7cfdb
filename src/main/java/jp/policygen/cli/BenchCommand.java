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

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "bench", description = {
        "Benchmark PDF generation (or, with --compare, import and compare) and print the figures.",
        "PDF: the largest document of the bodies (default: all): first PDF in this JVM, warm median,",
        "size, peak heap. A plain benchmark, not a test; nothing is written.",
        "With --compare: import, align, diff and report a policy text against the model instead.",
        "With --pipeline: time generate --all in a child JVM (cold, no change, one body or template changed).",
        "With --office: the DOCX of the largest document and the checklists of the body with the most rules."})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "BODY", arity = "0..*", description = "body ids (default: every body)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "warm runs (default: ${DEFAULT-VALUE}; with --pipeline: runs per scenario, default 3)")
    int runs = 15;

    @Option(names = "--gsub", description = "leave PDFBox's GSUB processing on, for comparison")
    boolean gsub;

    @Option(names = "--kb", paramLabel = "KB", description = {
            "instead of the whole largest document, its first sections up to KB kilobytes of",
            "Markdown (e.g. 40, the size stack.md measured)"})
    Integer kb;

    @Option(names = "--compare", arity = "0..1", fallbackValue = "", paramLabel = "TEXT", description = {
            "benchmark compare instead: import TEXT (default: ../shared/seeds/tadami-town-policy.txt,",
            "40 KB), align and diff it against the model, write HTML, Markdown and JSON reports"})
    String compare;

    @Option(names = "--amend", arity = "0..1", fallbackValue = "nagano-prefecture", paramLabel = "BODY", description = {
            "benchmark the 改め文 and the 新旧対照表 between two revisions of BODY's largest document",
            "(default nagano-prefecture: the model's wording → the body's, in its 例規 form)"})
    String amend;

    @Option(names = "--pipeline", description = {
            "benchmark generate --all instead, run as a user runs it (PipelineBench): a temporary copy of",
            "the project, cold, with nothing changed, one body changed, one template changed; medians of",
            "wall time, CPU, cores used and peak RSS beside the targets"})
    boolean pipeline;

    @Option(names = "--office", description = {
            "benchmark the office formats instead (OfficeBench): the DOCX of the largest document and the",
            "checklists of the body with the most rules; first run and warm median"})
    boolean office;

    @Option(names = "--bodies", paramLabel = "N", description = "with --pipeline: N synthetic bodies (default: the project's own)")
    Integer bodies;

    @Option(names = "--scenarios", split = ",", paramLabel = "S", description = {
            "with --pipeline: cold, unchanged, body, template (default: all)"})
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
                        "no such text", "give a policy text file"));
            }
            CompareBench.run(main.project(), text, Math.max(3, runs), main.out);
            return ExitCode.OK.code();
        }
        List<String> skipped = new ArrayList<>();
        var largest = Bench.largest(main.project(), ids, skipped);
        if (!skipped.isEmpty()) {
            main.err.println("bench: " + skipped.size() + " document(s) do not compose and were left out, e.g. " + skipped.get(0));
        }
        if (kb != null) {
            largest = Bench.slice(largest, kb * 1024);
        }
        Bench.Result r = Bench.run(largest, Math.max(1, runs), gsub);
        Bench.print(r, gsub, main.out);
        return ExitCode.OK.code();
    }
}
