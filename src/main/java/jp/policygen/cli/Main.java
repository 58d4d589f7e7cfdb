package jp.policygen.cli;

import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.i18n.Language;
import jp.policygen.i18n.Texts;

/**
 * The command line. Commands are thin: they parse, call one stage, print. Messages go to
 * stderr; stack traces only with --stacktrace; exit codes are those of {@link ExitCode}.
 */
@Command(name = "policygen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        resourceBundle = Texts.HELP,
        subcommands = {GenerateCommand.class, ValidateCommand.class, ListCommand.class, ImportCommand.class,
                CompareCommand.class, AmendCommand.class, LintCommand.class, PublishCommand.class, BenchCommand.class,
                ChecklistCommand.class, InitCommand.class})
public final class Main implements Runnable {

    @Option(names = "--project", scope = ScopeType.INHERIT, paramLabel = "DIR")
    Path projectDir = Path.of(".");

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT)
    boolean stacktrace;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT)
    boolean quiet;

    /** Read before parsing (see {@link Language#optionIn}); declared so help lists it and parsing accepts it. */
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "ja|en")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintStream out;
    PrintStream err;
    /** Where interactive answers come from (init): stdin unless a test gives its own. */
    private java.io.InputStream in = System.in;
    private Project project;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(out, err, args);
        } catch (OutOfMemoryError e) {
            err.println(Texts.get("cli.outOfMemory"));
            code = ExitCode.INTERNAL.code();
        }
        System.exit(code);
    }

    /** Runs a command line; returns the exit code. Streams are injectable for tests. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(System.in, System.getenv(), out, err, args);
    }

    /** Runs a command line that may read answers from {@code in} (init). */
    public static int run(java.io.InputStream in, PrintStream out, PrintStream err, String... args) {
        return run(in, System.getenv(), out, err, args);
    }

    /** Runs a command line with {@code env} as the environment the language is chosen from. */
    public static int run(Map<String, String> env, PrintStream out, PrintStream err, String... args) {
        return run(System.in, env, out, err, args);
    }

    /**
     * Runs a command line in the language {@code --lang} or the environment {@code env} chooses
     * (see {@link Language}); the language spoken before is restored afterwards.
     */
    public static int run(java.io.InputStream in, Map<String, String> env, PrintStream out, PrintStream err,
                          String... args) {
        String option = Language.optionIn(args);
        Locale language = Language.choose(option, env, System.getProperty("user.language"));
        Locale before = Texts.use(language);
        try {
            if (option != null && !Language.NAMES.contains(option)) {
                err.println(Texts.get("cli.lang.unknown", option));
                return ExitCode.BAD_INPUT.code();
            }
            return execute(in, out, err, language, args);
        } finally {
            Texts.use(before);
        }
    }

    private static int execute(java.io.InputStream in, PrintStream out, PrintStream err, Locale language,
                               String... args) {
        Main main = new Main();
        main.in = in;
        main.out = out;
        main.err = err;
        CommandLine cli = new CommandLine(main);
        cli.setResourceBundle(Texts.bundle(Texts.HELP, language));
        // UTF-8 whatever the platform's default (a PrintWriter over a stream would use the default)
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> main.report(e));
        cli.setParameterExceptionHandler((e, args2) -> {
            err.println(Texts.get("cli.badCommandLine", e.getMessage()));
            e.getCommandLine().usage(err);
            return ExitCode.BAD_INPUT.code();
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        // No command given: the usage goes to stderr and the exit code says so (scripts notice).
        throw new CommandLine.ParameterException(spec.commandLine(), Texts.get("cli.noCommand"));
    }

    /** A warning: shown on stderr, does not change the exit code. */
    void warn(Problem p) {
        err.println(Texts.get("cli.warning", p.format(projectDir.toAbsolutePath().normalize())));
    }

    /** A line of what was done, on stdout; left out with --quiet. */
    void info(String line) {
        if (!quiet) {
            out.println(line);
        }
    }

    /** The pipeline every command that builds bodies runs on ({@code jobs} 0: one per processor). */
    jp.policygen.pipeline.Pipeline pipeline(int jobs) {
        return new jp.policygen.pipeline.Pipeline(project(), jobs,
                jp.policygen.pipeline.Progress.forConsole(err, quiet));
    }

    java.io.InputStream in() {
        return in;
    }

    Project project() {
        if (project == null) {
            project = new Project(projectDir);
        }
        return project;
    }

    private int report(Exception e) {
        if (e instanceof PolicygenException pe) {
            Path relativeTo = projectDir.toAbsolutePath().normalize();
            for (Problem p : pe.problems()) {
                err.println(p.format(relativeTo));
            }
            if (pe.problems().isEmpty()) {
                err.println(Texts.get("cli.failure", pe.getMessage()));
            }
            err.println(Texts.get("cli.failure", summary(pe)));
            if (stacktrace) {
                e.printStackTrace(err);
            }
            return pe.exitCode().code();
        }
        err.println(Texts.get("cli.internalError", e));
        if (stacktrace) {
            e.printStackTrace(err);
        } else {
            err.println(Texts.get("cli.internalError.hint"));
        }
        return ExitCode.INTERNAL.code();
    }

    private static String summary(PolicygenException e) {
        if (e.hasSummary()) {
            return e.getMessage();
        }
        return switch (e.exitCode()) {
            case BAD_INPUT -> Texts.get("cli.summary.badInput", e.problems().size());
            case IO_ERROR -> e.getMessage();
            default -> e.getMessage();
        };
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"policygen " + (v == null ? "0.1.0-dev" : v)};
        }
    }
}
