package jp.policygen.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The command line run in-process, as tests call it: exit code and what it printed. */
public record CliRun(int code, String out, String err) {

    public static CliRun of(String... args) {
        return in(System.getenv(), args);
    }

    /** A command that reads answers (init): {@code input} is what the user types. */
    public static CliRun withInput(String input, String... args) {
        return run(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), System.getenv(), args);
    }

    /** Run with {@code env} as the environment the language is chosen from (LANG, LC_ALL …). */
    public static CliRun in(Map<String, String> env, String... args) {
        return run(new java.io.ByteArrayInputStream(new byte[0]), env, args);
    }

    private static CliRun run(java.io.InputStream input, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(input, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
