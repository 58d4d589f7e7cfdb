package jp.policygen.pipeline;

import java.util.List;
import java.util.Objects;

import jp.policygen.ExitCode;
import jp.policygen.Problem;

/**
 * What one body's part of a run came to: a value, or the problems that stopped it and the exit
 * code they call for (bad input: 2; lint errors in its text: 1). Warnings never stop a body.
 */
public record Outcome<T>(String bodyId, T value, ExitCode failure, List<Problem> problems, List<Problem> warnings) {

    public Outcome {
        Objects.requireNonNull(bodyId, "bodyId");
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if ((value == null) == (failure == null)) {
            throw new IllegalArgumentException("an outcome has a value or a failure, not both");
        }
    }

    public static <T> Outcome<T> ok(String bodyId, T value, List<Problem> warnings) {
        return new Outcome<>(bodyId, value, null, List.of(), warnings);
    }

    public static <T> Outcome<T> failed(String bodyId, ExitCode code, List<Problem> problems, List<Problem> warnings) {
        return new Outcome<>(bodyId, null, code, problems, warnings);
    }

    public boolean ok() {
        return failure == null;
    }
}
