package jp.policygen.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;

/**
 * The command line. Commands are thin: they parse, call one stage, print. Messages go to
 * stderr; stack traces only with --stacktrace; exit codes are those of {@link ExitCode}.
 */
@Command(name = "policygen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Writes and maintains the information-security policies of Japanese local governments.",
        subcommands = {GenerateCommand.class, ValidateCommand.class, ListCommand.class, ImportCommand.class,
                CompareCommand.class, AmendCommand.class, LintCommand.class, PublishCommand.class, BenchCommand.class,
                ChecklistCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:findings reported", "2:bad input (nothing written)",
                "3:output could not be written", "70:internal error"})
public final class Main implements Runnable {

    @Option(names = "--project", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "project folder (default: the current folder)")
    Path projectDir = Path.of(".");

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "show stack traces of errors")
    boolean stacktrace;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "print only problems and warnings (no progress, no summary)")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintStream out;
    PrintStream err;
    private Project project;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(out, err, args);
        } catch (OutOfMemoryError e) {
            err.println("policygen: out of memory; give Java more heap, e.g. JAVA_OPTS=-Xmx512m");
            code = ExitCode.INTERNAL.code();
        }
        System.exit(code);
    }

    /** Runs a command line; returns the exit code. Streams are injectable for tests. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Main main = new Main();
        main.out = out;
        main.err = err;
        CommandLine cli = new CommandLine(main);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> main.report(e));
        cli.setParameterExceptionHandler((e, args2) -> {
            err.println("policygen: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCode.BAD_INPUT.code();
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        // No command given: the usage goes to stderr and the exit code says so (scripts notice).
        throw new CommandLine.ParameterException(spec.commandLine(), "no command given");
    }

    /** A warning: shown on stderr, does not change the exit code. */
    void warn(Problem p) {
        err.println(p.format(projectDir.toAbsolutePath().normalize()) + " [warning]");
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
                err.println("policygen: " + pe.getMessage());
            }
            err.println("policygen: " + summary(pe));
            if (stacktrace) {
                e.printStackTrace(err);
            }
            return pe.exitCode().code();
        }
        err.println("policygen: internal error: " + e);
        if (stacktrace) {
            e.printStackTrace(err);
        } else {
            err.println("policygen: run again with --stacktrace and report it");
        }
        return ExitCode.INTERNAL.code();
    }

    private static String summary(PolicygenException e) {
        if (e.hasSummary()) {
            return e.getMessage();
        }
        return switch (e.exitCode()) {
            case BAD_INPUT -> e.problems().size() + " problem(s); nothing was written";
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
