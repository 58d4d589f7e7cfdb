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
import jp.policygen.i18n.Texts;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "generate")
final class GenerateCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--all")
    boolean all;

    @Parameters(paramLabel = "BODY", arity = "0..*")
    List<String> ids = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FMT")
    List<String> formats = new ArrayList<>();

    @Option(names = "--document", split = ",", paramLabel = "DOC")
    List<String> documentNames = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR")
    java.nio.file.Path outputDir;

    @Option(names = "--force")
    boolean force;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N")
    int jobs;

    @Override
    public Integer call() {
        Project project = main.project();
        List<String> bodies = all ? project.bodyIds() : ids;
        if (bodies.isEmpty()) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, null, Texts.get("cli.generate.noBody"),
                    Texts.get("cli.generate.noBody.fix")));
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
            main.info(String.format("%-22s ", b.bodyId()) + Texts.get("cli.generate.body", b.files(), Texts.count(b.bytes()), b.changed()));
        }
        main.info(Texts.get("cli.generate.summary", result.bodies().size(), result.bodies().size() - skipped, changed, skipped)
                + (skipped > 0 ? Texts.get("cli.generate.summary.force") : ""));
        return ExitCode.OK.code();
    }
}
