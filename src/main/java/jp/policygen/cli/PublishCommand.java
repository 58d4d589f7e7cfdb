package jp.policygen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.Project;
import jp.policygen.params.BodyParams;
import jp.policygen.publish.LeakCheck;
import jp.policygen.publish.Publisher;
import jp.policygen.i18n.Texts;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "publish")
final class PublishCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--all")
    boolean all;

    @Parameters(paramLabel = "BODY", arity = "0..*")
    List<String> ids = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR")
    Path outputDir;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N")
    int jobs;

    @Override
    public Integer call() {
        Project project = main.project();
        boolean every = all || ids.isEmpty();
        Publisher publisher = new Publisher(main.pipeline(jobs), outputDir != null ? outputDir : project.root().resolve("output"),
                new LeakCheck());
        // The national model (○○市) is the baseline for comparison, not a body with a web site;
        // name it explicitly to publish it anyway.
        Publisher.Publication p = publisher.prepare(every ? project.bodyIds() : ids, every, main::warn);
        p.skipped().forEach(id -> main.info(String.format("%-32s ", id) + Texts.get("cli.publish.skippedModel")));
        publisher.write(p);
        for (Map.Entry<String, Map<String, byte[]>> e : p.privateFiles().entrySet()) {
            long site = p.site().keySet().stream().filter(k -> k.startsWith(e.getKey() + "/")).count();
            main.info(String.format("%-32s ", e.getKey()) + Texts.get("cli.publish.body", site, e.getValue().size()));
        }
        LeakCheck.Result r = p.check();
        main.info(Texts.get("cli.publish.leakCheck", Texts.count(r.privateClauses()), r.publicFiles(), LeakCheck.DEFAULT_N));
        main.info(Texts.get("cli.publish.site", publisher.output().resolve(Publisher.SITE) + "/index.html"));
        main.info(Texts.get("cli.publish.private", publisher.output().resolve(Publisher.PRIVATE)));
        return ExitCode.OK.code();
    }
}
