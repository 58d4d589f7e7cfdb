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
import jp.policygen.i18n.Texts;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "checklist", sortOptions = false)
final class ChecklistCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "BODY")
    String body;

    @Option(names = "--kind", paramLabel = "KIND")
    String kind = "all";

    @Option(names = "--role", split = ",", paramLabel = "ROLE")
    List<String> roles = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FMT")
    List<String> formats = new ArrayList<>();

    @Option(names = "--results", paramLabel = "FILE.xlsx")
    Path results;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Override
    public Integer call() {
        Pipeline pipeline = main.pipeline(1);
        Outcome<Pipeline.Checked> checked = pipeline.check(body, List.of(Checklists.STANDARDS));
        if (!checked.ok()) {
            checked.warnings().forEach(main::warn);
            throw Pipeline.failure(List.of(checked), Texts.get("cli.checklist.nothingWritten"));
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
        main.info(Texts.get("cli.checklist.written", dir, files.size()));
        return ExitCode.OK.code();
    }

    private void write(Checklists checklists, Map<String, byte[]> files) {
        List<String> chosen = formats.isEmpty() ? List.of("xlsx", "csv", "json") : formats;
        for (String f : chosen) {
            if (!List.of("xlsx", "csv", "json").contains(f)) {
                throw usage(Texts.get("cli.checklist.unknownFormat", f));
            }
        }
        List<Checklist> lists = new ArrayList<>();
        if (!kind.equals("self") && !kind.equals("audit") && !kind.equals("all")) {
            throw usage(Texts.get("cli.checklist.unknownKind", kind));
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
            main.info(String.format("%-28s ", c.stem()) + Texts.get("cli.checklist.list", String.format("%4d", c.rules().size()), c.title()));
        }
    }

    private void summarise(Checklists checklists, Map<String, byte[]> files) {
        List<String> chosen = formats.isEmpty() ? List.of("html", "pdf") : formats;
        for (String f : chosen) {
            if (!List.of("html", "pdf").contains(f)) {
                throw usage(Texts.get("cli.checklist.unknownResultsFormat", f));
            }
        }
        FilledChecklist filled = FilledChecklist.read(results);
        if (!filled.bodyId().equals(body)) {
            throw PolicygenException.badInput(new Problem(results, 0, 0, null, Texts.get("cli.checklist.otherBody", filled.bodyId(), body),
                    Texts.get("cli.checklist.otherBody.fix", filled.bodyId(), results)));
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
        main.out.println(Texts.get("cli.checklist.rate", r.current().title(),
                r.total().percent(), r.total().done(), r.total().partly(), r.total().notDone(), r.total().notApplicable(),
                r.total().unanswered()));
        for (Results.Tally t : r.chapters()) {
            main.out.println(String.format("  %-24s %s", t.name(), t.percent()));
        }
        main.out.println(Texts.get("cli.checklist.open", r.open().size(), r.changed().size(), r.removed().size(), r.added().size()));
    }

    private static PolicygenException usage(String message) {
        return PolicygenException.badInput(new Problem(null, 0, 0, null, message, null));
    }
}
