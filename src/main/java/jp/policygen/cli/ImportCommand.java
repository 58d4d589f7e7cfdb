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
import jp.policygen.Problem;
import jp.policygen.importing.ImportResult;
import jp.policygen.importing.TextImporter;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;
import jp.policygen.numbering.Numbering;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.render.MarkdownWriter;
import jp.policygen.render.OutputTree;
import jp.policygen.i18n.Texts;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "import")
final class ImportCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--output", paramLabel = "DIR")
    Path outputDir;

    @Option(names = "--outline")
    boolean outline;

    @Override
    public Integer call() {
        ImportResult result = new TextImporter().read(file);
        Path relativeTo = main.projectDir.toAbsolutePath().normalize();
        main.out.println(Texts.get("cli.import.read", file, result.encoding(), result.documents().size()));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (PolicyDocument doc : result.documents()) {
            Numbering n = NumberingStyle.named(doc.info().layout().style()).number(doc);
            main.out.println("  " + Texts.get("cli.import.document", doc.info().kind().stem(), doc.info().title(),
                    doc.allSections().size(), doc.info().layout().style()));
            if (outline) {
                print(n, doc.sections(), "    ");
            }
            files.put(doc.info().kind().stem() + ".md", new MarkdownWriter().write(n));
        }
        List<Problem> notes = new ArrayList<>(result.notes());
        for (Problem p : notes) {
            main.err.println(p.format(relativeTo));
        }
        Path out = outputDir != null ? outputDir
                : main.project().root().resolve("output/imported").resolve(result.documents().get(0).info().bodyId());
        new OutputTree(out).write(files);
        main.out.println("  " + Texts.get("cli.writtenTo", out));
        return ExitCode.OK.code();
    }

    private void print(Numbering n, List<Section> sections, String indent) {
        for (Section s : sections) {
            String heading = n.heading(s);
            // an untitled, unnumbered part before the first heading (a 前文) would print as an empty line
            main.out.println(indent + (heading.isBlank() ? Texts.get("cli.import.preface") : heading));
            print(n, s.children(), indent + "  ");
        }
    }
}
