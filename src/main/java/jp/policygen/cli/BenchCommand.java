package jp.policygen.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.bench.Bench;

@Command(name = "bench", description = {
        "Benchmark PDF generation on the largest document of the bodies (default: all): first PDF in this",
        "JVM, warm median, size, peak heap. A plain benchmark, not a test; nothing is written."})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "BODY", arity = "0..*", description = "body ids (default: every body)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "warm runs (default: ${DEFAULT-VALUE})")
    int runs = 15;

    @Option(names = "--gsub", description = "leave PDFBox's GSUB processing on, for comparison")
    boolean gsub;

    @Option(names = "--kb", paramLabel = "KB", description = {
            "instead of the whole largest document, its first sections up to KB kilobytes of",
            "Markdown (e.g. 40, the size stack.md measured)"})
    Integer kb;

    @Override
    public Integer call() {
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
