package jp.policygen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.checklist.Checklist;
import jp.policygen.checklist.Checklists;
import jp.policygen.checklist.CsvChecklist;
import jp.policygen.checklist.FilledChecklist;
import jp.policygen.checklist.JsonChecklist;
import jp.policygen.checklist.Results;
import jp.policygen.checklist.ResultsReport;
import jp.policygen.checklist.XlsxChecklist;
import jp.policygen.pipeline.Outcome;
import jp.policygen.pipeline.Pipeline;
import jp.policygen.render.OutputTree;
import jp.policygen.render.pdf.PdfWriter;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "checklist", sortOptions = false,
        description = {"Audit and self-check checklists from a body's standards, and the results of a filled one.",
                "One row per rule of the standards as generated (number, caption, text, the role it binds), a sheet",
                "per chapter. 自己点検 (self): one checklist per role holder with the rules that bind them;",
                "監査 (audit): every rule, with columns for the audit procedure and its evidence.",
                "Written to output/checklist/<body>/ (never to the public site: they quote the standards).",
                "  policygen checklist komoro-city                        every checklist, as xlsx, csv and json",
                "  policygen checklist komoro-city --kind self --role securityManager --format xlsx",
                "  policygen checklist komoro-city --results filled.xlsx  rates, × and △, rules changed since"})
final class ChecklistCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "BODY", description = "the body (a folder name in municipalities/)")
    String body;

    @Option(names = "--kind", paramLabel = "KIND", description = "self, audit or all (default: all)")
    String kind = "all";

    @Option(names = "--role", split = ",", paramLabel = "ROLE",
            description = "with --kind self: the roles (keys of policy.yaml's roles, or staff, body; default: every role a rule binds)")
    List<String> roles = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FMT",
            description = "xlsx, csv, json (default: all); with --results: html, pdf (default: both)")
    List<String> formats = new ArrayList<>();

    @Option(names = "--results", paramLabel = "FILE.xlsx", description = "a filled checklist to read back and summarise")
    Path results;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: output/checklist/<body>/)")
    Path out;

    @Override
    public Integer call() {
        Pipeline pipeline = main.pipeline(1);
        Outcome<Pipeline.Checked> checked = pipeline.check(body, List.of(Checklists.STANDARDS));
        if (!checked.ok()) {
            checked.warnings().forEach(main::warn);
            throw Pipeline.failure(List.of(checked), "no checklist was written");
        }
        checked.warnings().forEach(main::warn);
        Checklists checklists = new Checklists(checked.value().params(),
                Checklists.standardsOf(body, checked.value().documents()));
        Path dir = out != null ? out : main.project().root().resolve("output/checklist").resolve(body);
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (results != null) {
            summarise(checklists, files);
        } else {
            write(checklists, files);
        }
        new OutputTree(dir).write(files);
        main.info("written to " + dir + " (" + files.size() + " files; 非公開: do not publish)");
        return ExitCode.OK.code();
    }

    private void write(Checklists checklists, Map<String, byte[]> files) {
        List<String> chosen = formats.isEmpty() ? List.of("xlsx", "csv", "json") : formats;
        for (String f : chosen) {
            if (!List.of("xlsx", "csv", "json").contains(f)) {
                throw usage("unknown --format '" + f + "' (xlsx, csv, json)");
            }
        }
        List<Checklist> lists = new ArrayList<>();
        if (!kind.equals("self") && !kind.equals("audit") && !kind.equals("all")) {
            throw usage("unknown --kind '" + kind + "' (self, audit, all)");
        }
        if (!kind.equals("self")) {
            lists.add(checklists.audit());
        }
        if (!kind.equals("audit")) {
            if (roles.isEmpty()) {
                lists.addAll(checklists.selfChecks());
            } else {
                roles.forEach(r -> lists.add(checklists.selfCheck(r)));
            }
        }
        for (Checklist c : lists) {
            for (String f : chosen) {
                files.put(c.stem() + "." + f, switch (f) {
                    case "xlsx" -> new XlsxChecklist().write(c);
                    case "csv" -> new CsvChecklist().write(c);
                    default -> new JsonChecklist().write(c);
                });
            }
            main.info(String.format("%-28s %4d rules  %s", c.stem(), c.rules().size(), c.title()));
        }
    }

    private void summarise(Checklists checklists, Map<String, byte[]> files) {
        List<String> chosen = formats.isEmpty() ? List.of("html", "pdf") : formats;
        for (String f : chosen) {
            if (!List.of("html", "pdf").contains(f)) {
                throw usage("unknown --format '" + f + "' with --results (html, pdf)");
            }
        }
        FilledChecklist filled = FilledChecklist.read(results);
        if (!filled.bodyId().equals(body)) {
            throw PolicygenException.badInput(new Problem(results, 0, 0, null, "this checklist is " + filled.bodyId()
                    + "'s, not " + body + "'s", "policygen checklist " + filled.bodyId() + " --results " + results));
        }
        filled.problems().forEach(main::warn);
        Results r = Results.of(checklists.like(filled), filled);
        String name = results.getFileName().toString();
        String stem = (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name) + "-results";
        if (chosen.contains("html")) {
            files.put(stem + ".html", new ResultsReport().htmlBytes(r));
        }
        if (chosen.contains("pdf")) {
            files.put(stem + ".pdf", new ResultsReport().pdf(r, new PdfWriter()));
        }
        main.out.println(String.format("%s: 実施率 %s (○ %d, △ %d, × %d, 該当なし %d, 未回答 %d)", r.current().title(),
                r.total().percent(), r.total().done(), r.total().partly(), r.total().notDone(), r.total().notApplicable(),
                r.total().unanswered()));
        for (Results.Tally t : r.chapters()) {
            main.out.println(String.format("  %-24s %s", t.name(), t.percent()));
        }
        main.out.println(String.format("× and △: %d; changed since the checklist was made: %d; no longer in the standards: %d; "
                + "not in the checklist: %d", r.open().size(), r.changed().size(), r.removed().size(), r.added().size()));
    }

    private static PolicygenException usage(String message) {
        return PolicygenException.badInput(new Problem(null, 0, 0, null, message, null));
    }
}
