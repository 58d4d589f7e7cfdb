package jp.policygen.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jp.policygen.Project;
import jp.policygen.checklist.Checklist;
import jp.policygen.checklist.Checklists;
import jp.policygen.checklist.CsvChecklist;
import jp.policygen.checklist.JsonChecklist;
import jp.policygen.checklist.XlsxChecklist;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;
import jp.policygen.render.docx.DocxWriter;

/**
 * A plain benchmark of the office formats (not a test), in one JVM: the DOCX of the largest
 * document of the bodies, and the checklists of the body whose standards have the most rules
 * (rules read from the printed standards, the 監査 workbook, its CSV and JSON, and every role's
 * 自己点検 workbook). The first run (class loading included) and the median of warm runs.
 */
public final class OfficeBench {

    private OfficeBench() {
    }

    /** Milliseconds: the first run, then the warm runs. */
    record Timing(double first, double[] warm) {
        double median() {
            double[] s = warm.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }
    }

    public static void run(Project project, List<String> bodies, int runs, PrintStream out) {
        List<String> skipped = new ArrayList<>();
        Numbering largest = Bench.largest(project, bodies, skipped);
        BodyParams owner = project.params().read(largest.document().info().bodyId());
        PrintedDocument printed = Printer.print(largest);
        DocxWriter docx = new DocxWriter();
        int[] size = new int[1];
        Timing word = time(runs, () -> size[0] = docx.write(printed, owner.pageSetup()).length);
        out.printf(Locale.ROOT, "DOCX of %s/%s: %,d bytes; first %.0f ms (class loading included), warm median %.1f ms of %d runs%n",
                owner.id(), printed.info().kind().stem(), size[0], word.first(), word.median(), runs);

        String most = null;
        int mostRules = -1;
        Checklists chosen = null;
        for (String id : bodies.isEmpty() ? project.bodyIds() : bodies) {
            BodyParams p = project.params().read(id);
            if (p.document(Checklists.STANDARDS).isEmpty()) {
                continue;
            }
            PrintedDocument standards = Printer.print(project.build(p, List.of(Checklists.STANDARDS)).get(0));
            Checklists c = new Checklists(p, standards);
            if (c.rules().size() > mostRules) {
                most = id;
                mostRules = c.rules().size();
                chosen = c;
            }
        }
        if (chosen == null) {
            out.println("no body has standards: no checklist timed");
            return;
        }
        BodyParams p = project.params().read(most);
        PrintedDocument standards = Printer.print(project.build(p, List.of(Checklists.STANDARDS)).get(0));
        // the audit workbook first: its first run is the first XSSF work in this JVM
        Timing auditOnly = time(runs, () -> new XlsxChecklist().write(new Checklists(p, standards).audit()));
        int[] files = new int[1];
        Timing lists = time(runs, () -> {
            Checklists c = new Checklists(p, standards);
            Checklist audit = c.audit();
            new XlsxChecklist().write(audit);
            new CsvChecklist().write(audit);
            new JsonChecklist().write(audit);
            int n = 3;
            for (Checklist self : c.selfChecks()) {
                new XlsxChecklist().write(self);
                n++;
            }
            files[0] = n;
        });
        out.printf(Locale.ROOT, "checklists of %s (%d rules): rules and the audit xlsx: first %.0f ms, warm median %.1f ms;%n"
                        + "  every checklist (%d files: audit xlsx, csv, json and each role's xlsx) warm median %.1f ms%n",
                most, mostRules, auditOnly.first(), auditOnly.median(), files[0], lists.median());
    }

    private static Timing time(int runs, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        double first = (System.nanoTime() - t0) / 1e6;
        double[] warm = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        return new Timing(first, warm);
    }
}
