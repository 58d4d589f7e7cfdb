package jp.policygen.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.pipeline.Generation;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.OutputTree;
import jp.policygen.render.Writers;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "generate", description = {
        "Generate the documents of bodies (basic policy, standards) into output/<id>/.",
        "Bodies are generated in parallel; a body whose inputs did not change since its files were",
        "written is skipped (--force renders it anyway). Nothing is written when any body fails."})
final class GenerateCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--all", description = "every body in municipalities/")
    boolean all;

    @Parameters(paramLabel = "BODY", arity = "0..*", description = "body ids (folder names in municipalities/)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FMT", description = "formats to write (default: all): md, html, pdf, docx")
    List<String> formats = new ArrayList<>();

    @Option(names = "--document", split = ",", paramLabel = "DOC",
            description = "documents to generate, by id (default: every document of each body), e.g. basic-policy, standards")
    List<String> documentNames = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "output folder (default: output/ in the project)")
    java.nio.file.Path outputDir;

    @Option(names = "--force", description = "render every body, even those whose inputs did not change")
    boolean force;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "bodies generated at once (default: one per processor)")
    int jobs;

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
        OutputTree output = new OutputTree(outputDir != null ? outputDir : project.root().resolve("output"));
        Generation generation = new Generation(main.pipeline(jobs), output);
        Generation.Result result = generation.run(new Generation.Request(bodies, documentNames, writers, force));
        result.warnings().forEach(main::warn);
        int skipped = 0;
        int changed = 0;
        for (Generation.BodyResult b : result.bodies()) {
            if (b.skipped()) {
                skipped++;
                continue;
            }
            changed += b.changed();
            main.info(String.format("%-22s %d files, %,d bytes, %d changed", b.bodyId(), b.files(), b.bytes(), b.changed()));
        }
        main.info(String.format("%d bodies: %d generated (%d files changed), %d unchanged and skipped%s",
                result.bodies().size(), result.bodies().size() - skipped, changed, skipped,
                skipped > 0 ? " (--force renders them)" : ""));
        return ExitCode.OK.code();
    }
}
