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

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "publish", description = {
        "Write the public web site and the private bundle, after proving the site holds no private text.",
        "output/site/: every body's basic policy as HTML and PDF, an index, a page per body;",
        "output/private/<id>/: the standards, marked 非公開.",
        "Nothing is written when any private text is found in the site (exit code 2, with the places)."})
final class PublishCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--all", description = "every body in municipalities/ (the default when no body is named)")
    boolean all;

    @Parameters(paramLabel = "BODY", arity = "0..*", description = "body ids; the site then holds only these")
    List<String> ids = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "output folder (default: output/ in the project)")
    Path outputDir;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "bodies built at once (default: one per processor)")
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
        p.skipped().forEach(id -> main.info(String.format("%-32s skipped: the national model (name it to publish it)", id)));
        publisher.write(p);
        for (Map.Entry<String, Map<String, byte[]>> e : p.privateFiles().entrySet()) {
            long site = p.site().keySet().stream().filter(k -> k.startsWith(e.getKey() + "/")).count();
            main.info(String.format("%-32s site %d files, private %d files", e.getKey(), site, e.getValue().size()));
        }
        LeakCheck.Result r = p.check();
        main.info(String.format("leak check: %,d private clauses against %d public files, runs of %d characters: clean",
                r.privateClauses(), r.publicFiles(), LeakCheck.DEFAULT_N));
        main.info("site:    " + publisher.output().resolve(Publisher.SITE) + "/index.html");
        main.info("private: " + publisher.output().resolve(Publisher.PRIVATE));
        return ExitCode.OK.code();
    }
}
