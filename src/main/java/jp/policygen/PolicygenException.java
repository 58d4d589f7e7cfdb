package jp.policygen;

import java.util.List;

/**
 * The one exception policygen's stages throw for anything a user can act on. It carries every
 * problem found (errors are collected, not reported one by one) and the exit code to end with.
 */
public final class PolicygenException extends RuntimeException {

    private final ExitCode exitCode;
    private final List<Problem> problems;
    /** True when the message is the whole closing line for the user (it says what happened to the output). */
    private final boolean summary;

    public PolicygenException(ExitCode exitCode, String summary, List<Problem> problems) {
        this(exitCode, summary, problems, null, false);
    }

    public PolicygenException(ExitCode exitCode, String summary, List<Problem> problems, Throwable cause) {
        this(exitCode, summary, problems, cause, false);
    }

    private PolicygenException(ExitCode exitCode, String summary, List<Problem> problems, Throwable cause,
                               boolean isSummary) {
        super(summary, cause);
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
        this.summary = isSummary;
    }

    /** A failure whose message is the closing line shown to the user as it is. */
    public static PolicygenException withSummary(ExitCode exitCode, String summary, List<Problem> problems) {
        return new PolicygenException(exitCode, summary, problems, null, true);
    }

    public boolean hasSummary() {
        return summary;
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
