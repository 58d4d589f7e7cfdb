package jp.policygen.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.policygen.Project;
import jp.policygen.amend.AmendOptions;
import jp.policygen.amend.Amendment;
import jp.policygen.amend.AmendmentWriter;
import jp.policygen.amend.Drafter;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.HtmlReport;
import jp.policygen.compare.Ignore;
import jp.policygen.compare.MarkdownReport;
import jp.policygen.compare.ReportOptions;
import jp.policygen.compare.Side;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.PolicyDocument;
import jp.policygen.numbering.Numbering;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.params.BodyParams;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;

/**
 * How fast a revision is drafted: the 改め文 (printed texts read as provisions, aligned, diffed and
 * worded) and the 新旧対照表 between two revisions of a body's largest document, with their
 * Markdown and HTML, in one JVM. The old revision is the national model's wording printed in the
 * body's numbering and house style, the new one the body's own text: a heavy revision, every
 * article touched (names, roles, clauses added and dropped). Prints first-run and warm medians.
 */
public final class AmendBench {

    private AmendBench() {
    }

    private static int neuBytes(PrintedDocument d) {
        int n = 0;
        for (var c : d.all()) {
            for (var l : c.lines()) {
                n += l.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return n;
    }

    private enum Stage { PRINT, AMEND, COMPARE, REPORTS, TOTAL }

    /** Runs the benchmark on the body's largest document; returns the warm median of the whole, in ms. */
    public static double run(Project p, String bodyId, int runs, PrintStream out) {
        BodyParams body = p.params().read(bodyId);
        BodyParams modelParams = p.params().read("model");
        List<Numbering> bodies = p.build(body);
        Numbering neuN = bodies.get(0);
        for (Numbering n : bodies) {
            if (Printer.print(n).all().size() > Printer.print(neuN).all().size()) {
                neuN = n;
            }
        }
        PolicyDocument neuDoc = neuN.document();
        PolicyDocument modelDoc = p.build(modelParams).stream().map(Numbering::document)
                .filter(d -> d.info().kind().equals(neuDoc.info().kind())).findFirst().orElseThrow();
        DocumentInfo i = modelDoc.info();
        PolicyDocument oldDoc = new PolicyDocument(new DocumentInfo(i.bodyId(), i.bodyName(), i.title(), i.kind(), i.visibility(),
                i.edition(), i.established(), i.revisions(), neuDoc.info().layout()), modelDoc.sections());
        Numbering oldN = NumberingStyle.named(oldDoc.info().layout().style()).number(oldDoc);
        Numbering newN = neuN;

        int warmup = Math.max(5, runs / 3);
        List<double[]> samples = new ArrayList<>();
        double[] first = null;
        String summary = "";
        for (int r = 0; r < warmup + runs; r++) {
            double[] s = new double[Stage.values().length];
            long a = System.nanoTime();
            PrintedDocument old = Printer.print(oldN);
            PrintedDocument neu = Printer.print(newN);
            long b = System.nanoTime();
            Amendment am = new Drafter(AmendOptions.DEFAULT.withPartial(true)).draft(old, neu);
            long c = System.nanoTime();
            Comparison cmp = new Comparer(Set.of(Ignore.NOTATION)).compare(Side.generated(newN, body), Side.generated(oldN, modelParams));
            long d = System.nanoTime();
            long bytes = AmendmentWriter.markdown(am).getBytes(StandardCharsets.UTF_8).length
                    + AmendmentWriter.html(am).getBytes(StandardCharsets.UTF_8).length
                    + new HtmlReport().render(cmp, ReportOptions.REVISION).getBytes(StandardCharsets.UTF_8).length
                    + new MarkdownReport().render(cmp, ReportOptions.REVISION).getBytes(StandardCharsets.UTF_8).length;
            long e = System.nanoTime();
            s[Stage.PRINT.ordinal()] = (b - a) / 1e6;
            s[Stage.AMEND.ordinal()] = (c - b) / 1e6;
            s[Stage.COMPARE.ordinal()] = (d - c) / 1e6;
            s[Stage.REPORTS.ordinal()] = (e - d) / 1e6;
            s[Stage.TOTAL.ordinal()] = (e - a) / 1e6;
            if (r == 0) {
                first = s;
                int chars = 0;
                for (PrintedDocument x : List.of(neu)) {
                    for (var c2 : x.all()) {
                        for (var l : c2.lines()) {
                            chars += l.text().length();
                        }
                    }
                }
                summary = String.format(Locale.ROOT, "%s %s: two revisions, the new one %,d KB of text (UTF-8), "
                                + "%d sentences of 改め文 (%d operations), %d rows of 新旧対照表, outputs %,d bytes",
                        bodyId, neuDoc.info().kind().stem(), neuBytes(neu) / 1024, am.sentences().size(), am.stats().operations(),
                        cmp.rows().size(), bytes);
            } else if (r >= warmup) {
                samples.add(s);
            }
        }
        out.println(summary);
        return StageTable.print(out, Stage.values(), first, samples, warmup);
    }
}
