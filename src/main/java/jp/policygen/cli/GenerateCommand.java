package jp.policygen.cli;

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
import jp.policygen.Project;
import jp.policygen.model.DocumentKind;
import jp.policygen.lint.GenerationGate;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.OutputTree;
import jp.policygen.render.Writers;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "generate", description = "Generate the basic policy and the standards of bodies into output/.")
final class GenerateCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--all", description = "every body in municipalities/")
    boolean all;

    @Parameters(paramLabel = "BODY", arity = "0..*", description = "body ids (folder names in municipalities/)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FMT", description = "formats to write (default: all): md, html, pdf")
    List<String> formats = new ArrayList<>();

    @Option(names = "--document", split = ",", paramLabel = "DOC",
            description = "documents to generate (default: both): basic-policy, standards")
    List<String> documentNames = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "output folder (default: output/ in the project)")
    java.nio.file.Path outputDir;

    @Override
    public Integer call() {
        Project project = main.project();
        List<String> bodies = all ? project.bodyIds() : ids;
        if (bodies.isEmpty()) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, null, "no body given",
                    "name bodies (e.g. policygen generate komoro-city) or use --all"));
        }
        Writers registry = Writers.standard();
        List<DocumentWriter> writers;
        try {
            writers = formats.isEmpty() ? registry.all() : registry.select(formats);
        } catch (IllegalArgumentException e) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, "--format", e.getMessage(), null));
        }
        List<DocumentKind> kinds = new ArrayList<>();
        try {
            for (String d : documentNames) {
                kinds.add(DocumentKind.fromStem(d));
            }
        } catch (IllegalArgumentException e) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, "--document", e.getMessage(), null));
        }
        if (kinds.isEmpty()) {
            kinds = List.of(DocumentKind.values());
        }
        // Check every body's parameters and compose every document before writing anything.
        List<BodyParams> params = project.readAll(bodies);
        Map<String, Map<String, byte[]>> rendered = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> lintErrors = new ArrayList<>();
        GenerationGate gate = new GenerationGate(project.root());
        for (BodyParams body : params) {
            try {
                List<Numbering> built = project.build(body, kinds);
                lintErrors.addAll(gate.errors(body, built, main::warn));
                if (lintErrors.isEmpty()) { // nothing will be written otherwise: skip the rendering
                    rendered.put(body.id(), Project.render(body.id(), built, writers));
                }
            } catch (PolicygenException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(problems.size() + " problem(s)", problems);
        }
        if (!lintErrors.isEmpty()) {
            throw new PolicygenException(ExitCode.FINDINGS, "lint found " + lintErrors.size()
                    + " error(s) in the generated text; nothing was written", lintErrors);
        }
        OutputTree output = new OutputTree(outputDir != null ? outputDir : project.root().resolve("output"));
        for (Map.Entry<String, Map<String, byte[]>> e : rendered.entrySet()) {
            int changed = output.write(e.getValue());
            long bytes = e.getValue().values().stream().mapToLong(b -> b.length).sum();
            main.out.printf("%-22s %d files, %,d bytes, %d changed%n", e.getKey(), e.getValue().size(), bytes, changed);
        }
        return ExitCode.OK.code();
    }
}
