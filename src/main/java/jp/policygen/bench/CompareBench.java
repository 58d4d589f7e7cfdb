package jp.policygen.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.policygen.Project;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.HtmlReport;
import jp.policygen.compare.Ignore;
import jp.policygen.compare.JsonReport;
import jp.policygen.compare.MarkdownReport;
import jp.policygen.compare.ReportOptions;
import jp.policygen.compare.Side;
import jp.policygen.compare.Sources;
import jp.policygen.importing.ImportResult;
import jp.policygen.importing.TextImporter;
import jp.policygen.model.PolicyDocument;

/**
 * How long compare takes: import a policy text, align and diff each of its documents against the
 * model's, and write the three reports (HTML, Markdown, JSON) — in one JVM, the first run and
 * then the median of warm runs. The model is generated once, before the runs (it is the fixed
 * reference; its generation time is printed apart).
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp target/policygen.jar jp.policygen.bench.CompareBench [TEXT] [--runs N] [--project DIR]
 * </pre>
 * TEXT defaults to ../shared/seeds/tadami-town-policy.txt (40 KB, basic policy and standards).
 */
public final class CompareBench {

    enum Stage { IMPORT, COMPARE, REPORT, TOTAL }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(".");
        Path text = null;
        int runs = 30;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--project" -> project = Path.of(args[++i]);
                default -> text = Path.of(args[i]);
            }
        }
        if (text == null) {
            text = defaultText(project);
        }
        if (!Files.isRegularFile(text)) {
            System.err.println("CompareBench: no such text: " + text + " (give a policy text file)");
            System.exit(2);
        }
        run(new Project(project), text, runs, System.out);
    }

    /** The 40 KB seed beside the project: ../shared/seeds/tadami-town-policy.txt. */
    public static Path defaultText(Path project) {
        return project.toAbsolutePath().normalize().resolveSibling("shared/seeds/tadami-town-policy.txt");
    }

    /** Runs the benchmark and prints the figures; returns the warm median of the whole, in ms. */
    public static double run(Project p, Path text, int runs, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        Sources.Loaded model = Sources.generated(p, "model", "model");
        double modelMs = (System.nanoTime() - t0) / 1e6;

        int warmup = Math.max(5, runs / 3);
        List<double[]> samples = new ArrayList<>();
        double[] first = null;
        String summary = "";
        for (int r = 0; r < warmup + runs; r++) {
            double[] s = new double[Stage.values().length];
            long a = System.nanoTime();
            ImportResult imported = new TextImporter().read(text);
            long b = System.nanoTime();
            List<Comparison> comparisons = new ArrayList<>();
            Comparer comparer = new Comparer(Ignore.all());
            for (PolicyDocument doc : imported.documents()) {
                model.side(doc.info().kind()).ifPresent(base -> comparisons.add(comparer.compare(Side.imported(doc, null), base)));
            }
            long c = System.nanoTime();
            long bytes = 0;
            for (Comparison cmp : comparisons) {
                bytes += new HtmlReport().render(cmp, ReportOptions.MODEL).getBytes(StandardCharsets.UTF_8).length;
                bytes += new MarkdownReport().render(cmp, ReportOptions.MODEL).getBytes(StandardCharsets.UTF_8).length;
                bytes += new JsonReport().render(cmp, ReportOptions.MODEL).getBytes(StandardCharsets.UTF_8).length;
            }
            long d = System.nanoTime();
            s[Stage.IMPORT.ordinal()] = (b - a) / 1e6;
            s[Stage.COMPARE.ordinal()] = (c - b) / 1e6;
            s[Stage.REPORT.ordinal()] = (d - c) / 1e6;
            s[Stage.TOTAL.ordinal()] = (d - a) / 1e6;
            if (r == 0) {
                first = s;
                int rows = comparisons.stream().mapToInt(x -> x.rows().size()).sum();
                summary = String.format(Locale.ROOT, "%s: %,d bytes, %d document(s), %d rows, reports %,d bytes",
                        text.getFileName(), Files.size(text), comparisons.size(), rows, bytes);
            } else if (r >= warmup) {
                samples.add(s);
            }
        }
        out.println(summary);
        out.printf(Locale.ROOT, "model generated once: %.0f ms (first in this JVM)%n", modelMs);
        return StageTable.print(out, Stage.values(), first, samples, warmup);
    }
}
