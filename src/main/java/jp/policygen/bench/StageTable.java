package jp.policygen.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The table a staged benchmark prints: per stage, the first run, the warm median and p90, in ms. */
final class StageTable {

    private StageTable() {
    }

    /**
     * Prints one row per stage ({@code first} and each sample are indexed like {@code stages}) and
     * returns the warm median of the last stage (the total).
     */
    static double print(PrintStream out, Enum<?>[] stages, double[] first, List<double[]> samples, int warmup) {
        out.printf(Locale.ROOT, "%-8s %10s %12s %10s%n", "stage", "first (ms)", "median (ms)", "p90 (ms)");
        double total = 0;
        for (Enum<?> stage : stages) {
            double[] v = samples.stream().mapToDouble(x -> x[stage.ordinal()]).sorted().toArray();
            double median = v[v.length / 2];
            out.printf(Locale.ROOT, "%-8s %10.1f %12.1f %10.1f%n", stage.name().toLowerCase(Locale.ROOT),
                    first[stage.ordinal()], median, v[(int) Math.min(v.length - 1, Math.ceil(v.length * 0.9) - 1)]);
            total = median;
        }
        out.printf(Locale.ROOT, "%d warm runs, after the first run and %d warm-up runs%n", samples.size(), warmup - 1);
        return total;
    }
}
