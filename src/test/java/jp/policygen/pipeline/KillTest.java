package jp.policygen.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.render.HtmlWriter;
import jp.policygen.render.MarkdownWriter;
import jp.policygen.render.OutputTree;

/**
 * Real runs of generate, killed (SIGKILL) at chosen and at random points, the commit slowed down
 * so kills land in it: every body's files are then all of one run, never a mix, and the next run
 * leaves no staging, journal or temporary file behind.
 */
class KillTest {

    @TempDir
    Path dir;

    private static final String[] BODIES = {"komoro-city", "tadami-town", "hinohara-village"};
    private static final Pattern MARK = Pattern.compile("版番号(\\d+)");

    /** Puts a run number into every basic policy, so each body's files show which run wrote them. */
    private void version(int n) throws Exception {
        Path t = dir.resolve("templates/r7/basic-policy/purpose.ftl");
        String text = Files.readString(t).replaceAll("\n（版番号\\d+）\n?$", "\n");
        Files.writeString(t, text.stripTrailing() + "\n（版番号" + n + "）\n");
    }

    private Process start() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpolicygen.test.swapDelayMillis=300", "-cp", System.getProperty("java.class.path"),
                "jp.policygen.cli.Main", "--project", dir.toString(), "generate", "--format", "md,html"));
        cmd.addAll(List.of(BODIES));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Kills the run when it is about to swap its {@code n}-th folder (1-based). */
    private static void killAtSwap(Process p, int n) throws Exception {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (line.startsWith("policygen.test: swapping") && ++seen == n) {
                    Thread.sleep(50);
                    break;
                }
            }
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void assertEveryBodyIsOfOneRun() throws Exception {
        for (String body : BODIES) {
            Path md = dir.resolve("output/" + body + "/basic-policy.md");
            Path html = dir.resolve("output/" + body + "/basic-policy.html");
            assertEquals(Files.exists(md), Files.exists(html), body);
            if (Files.exists(md)) {
                assertEquals(mark(Files.readString(md)), mark(Files.readString(html)), body + ": md and html of one run");
            }
        }
    }

    private static String mark(String text) {
        Matcher m = MARK.matcher(text);
        return m.find() ? m.group(1) : "none";
    }

    @Test
    void aKilledRunLeavesEveryBodyAllOldOrAllNewAndTheNextRunCleansUp() throws Exception {
        TestProjects.copy(dir, BODIES);
        version(0);
        Generation generation = new Generation(new Pipeline(new Project(dir), 2, Progress.NONE), new OutputTree(dir.resolve("output")));
        generation.run(new Generation.Request(List.of(BODIES), List.of(), List.of(new MarkdownWriter(), new HtmlWriter()), false));

        Random random = new Random(20261201L);
        int midCommit = 0;
        for (int run = 1; run <= 5; run++) {
            version(run);
            Process p = start();
            if (run <= 2) {
                killAtSwap(p, run); // the first and the second swap of a commit
            } else {
                Thread.sleep(300 + random.nextInt(3000)); // anywhere: loading, staging, committing or done
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            if (Files.exists(dir.resolve("output/" + OutputTree.CONTROL + "/journal"))) {
                midCommit++;
            }
            assertEveryBodyIsOfOneRun();
        }
        assertTrue(midCommit >= 2, "kills landed in a commit " + midCommit + " times");

        version(99);
        // a new project: a project reads each template once (as one process of the tool does)
        generation = new Generation(new Pipeline(new Project(dir), 2, Progress.NONE), new OutputTree(dir.resolve("output")));
        Generation.Result last = generation.run(new Generation.Request(List.of(BODIES), List.of(), List.of(new MarkdownWriter(), new HtmlWriter()), false));
        for (String body : BODIES) {
            assertEquals("99", mark(Files.readString(dir.resolve("output/" + body + "/basic-policy.md"))),
                    last.toString() + Files.readString(dir.resolve("templates/r7/basic-policy/purpose.ftl")));
        }
        try (Stream<Path> all = Files.walk(dir.resolve("output"))) {
            List<String> left = all.map(p -> dir.resolve("output").relativize(p).toString())
                    .filter(n -> n.contains("stage-") || n.endsWith(".tmp") || n.endsWith("journal") || n.contains(".new-"))
                    .toList();
            assertEquals(List.of(), left, "nothing left from killed runs");
        }
    }
}
