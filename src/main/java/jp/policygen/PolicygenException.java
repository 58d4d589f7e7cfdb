package jp.policygen;

import java.util.List;

/**
 * The one exception policygen's stages throw for anything a user can act on. It carries every
 * problem found (errors are collected, not reported one by one) and the exit code to end with.
 */
public final class PolicygenException extends RuntimeException {

    private final ExitCode exitCode;
    private final List<Problem> problems;

    public PolicygenException(ExitCode exitCode, String summary, List<Problem> problems) {
        super(summary);
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    public PolicygenException(ExitCode exitCode, String summary, List<Problem> problems, Throwable cause) {
        super(summary, cause);
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    public static PolicygenException badInput(Problem problem) {
        return new PolicygenException(ExitCode.BAD_INPUT, problem.message(), List.of(problem));
    }

    public static PolicygenException badInput(String summary, List<Problem> problems) {
        return new PolicygenException(ExitCode.BAD_INPUT, summary, problems);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public List<Problem> problems() {
        return problems;
    }
}
