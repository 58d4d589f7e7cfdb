package jp.policygen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.TestProjects;
import jp.policygen.bench.PipelineBench.Run;
import jp.policygen.bench.PipelineBench.Scenario;

/** The scenario machinery of the pipeline benchmark, on three bodies, once each; no timing is asserted. */
class PipelineBenchTest {

    @TempDir
    Path dir;

    @Test
    void eachScenarioRunsGenerateAndWritesWhatItsChangeAffects() {
        PipelineBench bench = PipelineBench.create(TestProjects.real(), 3, SyntheticBodies.DEFAULT_SEED,
                dir.resolve("project"), ToolLauncher.command(TestProjects.real()));
        List<String> bodies = bench.bodies();
        assertEquals(3, bodies.size());
        Path output = bench.output();

        Run cold = bench.run(Scenario.COLD);
        assertEquals(0, cold.figures().exitCode());
        // two documents, each as Markdown, HTML, PDF and DOCX
        assertEquals(3 * 8, cold.files(), cold.written().toString());
        assertEquals(3 * 8, cold.written().size(), "a cold run writes every file");
        for (String id : bodies) {
            assertTrue(Files.isRegularFile(output.resolve(id).resolve("standards.pdf")), id);
        }
        // the measurement was read (not its value: timing is not asserted)
        assertTrue(cold.figures().cpuSeconds() > 0 && cold.figures().peakRssKib() > 0, cold.figures().toString());

        Run unchanged = bench.run(Scenario.UNCHANGED);
        assertEquals(Set.of(), unchanged.written(), "nothing changed, nothing written");
        assertEquals(3 * 8, unchanged.files());

        String changed = bench.changedBody();
        Run body = bench.run(Scenario.BODY);
        assertFalse(body.written().isEmpty(), "the changed body's files are written");
        for (String path : body.written()) {
            assertTrue(path.startsWith(changed + "/"), path + " written, but only " + changed + " changed");
        }
        assertTrue(TestProjects.read(output.resolve(changed).resolve("standards.md")).contains(PipelineBench.HOLDER_EDIT));

        Run template = bench.run(Scenario.TEMPLATE);
        for (String id : bodies) {
            assertTrue(template.written().contains(id + "/basic-policy.md"), id + ": " + template.written());
            assertTrue(TestProjects.read(output.resolve(id).resolve("basic-policy.md")).contains("この見直しの結果は"), id);
        }
    }

    @Test
    void theBodyEditTogglesOneValueAndKeepsTheRestOfTheFile() {
        String flow = "# note\nroles:\n  ciso: { holder: 副市長 }\n  chiefOfficer: { holder: 総務部長 }   # the 部長\n";
        String once = PipelineBench.toggledHolder(flow);
        assertEquals(flow.replace("総務部長", "総務部長" + PipelineBench.HOLDER_EDIT), once);
        assertEquals(flow, PipelineBench.toggledHolder(once));

        String block = "roles:\n  chiefOfficer:\n    title: 総括情報管理者\n    holder: \"総務課長\"\n";
        assertEquals("roles:\n  chiefOfficer:\n    title: 総括情報管理者\n    holder: 総務課長" + PipelineBench.HOLDER_EDIT + "\n",
                PipelineBench.toggledHolder(block));
    }

    @Test
    void withoutGnuTimeTheChildsProcFilesAreSampled() throws Exception {
        List<String> command = new ArrayList<>(ToolLauncher.command(TestProjects.real()));
        command.add("--help");
        MeasuredProcess.Figures f = MeasuredProcess.sampled(command, dir, dir.resolve("out.txt"), dir.resolve("err.txt"));
        assertEquals(0, f.exitCode());
        assertTrue(TestProjects.read(dir.resolve("out.txt")).contains("generate"));
        // read, whatever the values: a JVM uses some CPU and some memory
        assertTrue(f.cpuSeconds() > 0 && f.peakRssKib() > 0, f.toString());
    }

    @Test
    void theChildGetsTheLaunchersFlags() throws Exception {
        Path launcher = dir.resolve("policygen");
        Files.writeString(launcher, "#!/usr/bin/env bash\nset -e\n# exec java -Xold -jar x\n"
                + "exec java ${JAVA_OPTS:-} -XX:+UseParallelGC -Xss4m -Dfile.encoding=UTF-8 -jar \"$jar\" \"$@\"\n");
        List<String> expected = new ArrayList<>();
        String opts = System.getenv("JAVA_OPTS");
        if (opts != null && !opts.isBlank()) {
            expected.addAll(List.of(opts.trim().split("\\s+")));
        }
        expected.addAll(List.of("-XX:+UseParallelGC", "-Xss4m", "-Dfile.encoding=UTF-8"));
        assertEquals(expected, ToolLauncher.launcherFlags(launcher));
    }

    @Test
    void theTablePutsTheTargetsBesideTheFigures() {
        Map<Scenario, List<Run>> results = new EnumMap<>(Scenario.class);
        results.put(Scenario.COLD, List.of(run(Scenario.COLD, 170, 310, 900 * 1024)));
        results.put(Scenario.UNCHANGED, List.of(run(Scenario.UNCHANGED, 6, 5, 300 * 1024)));
        results.put(Scenario.BODY, List.of(run(Scenario.BODY, 1.5, 1.2, 300 * 1024)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PipelineBench.print(results, 1_800, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);
        String[] lines = table.split("\n");
        String coldLine = line(lines, "cold");
        assertTrue(coldLine.contains("<= 180 s (ok)") && coldLine.contains("cores >= 1.7 (ok)")
                && coldLine.contains("RSS <= 1,024 MiB (ok)"), table);
        assertTrue(line(lines, "no change").contains("<= 5 s (miss)"), table);
        assertTrue(line(lines, "one body changed").contains("<= 2 s (ok)"), table);

        // from 200 bodies, wall times are scaled to 1,800: 30 s becomes 270 s, a miss
        results.put(Scenario.COLD, List.of(run(Scenario.COLD, 30, 55, 400 * 1024)));
        bytes.reset();
        PipelineBench.print(results, 200, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String scaled = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(line(scaled.split("\n"), "cold").contains("270 s") && line(scaled.split("\n"), "cold").contains("<= 180 s (miss)"), scaled);

        // from 9 bodies, nothing is scaled and no time is judged against a target for 1,800
        bytes.reset();
        PipelineBench.print(results, 9, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String few = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(line(few.split("\n"), "cold").contains("<= 180 s;"), few);
        assertFalse(line(few.split("\n"), "no change").contains("(miss)"), few);
    }

    private static Run run(Scenario s, double wall, double cpu, long rssKib) {
        return new Run(s, new MeasuredProcess.Figures(0, wall, cpu * 0.9, cpu * 0.1, rssKib, "test"), Set.of(), 0);
    }

    private static String line(String[] lines, String start) {
        for (String l : lines) {
            if (l.startsWith(start)) {
                return l;
            }
        }
        throw new AssertionError("no line for " + start);
    }
}
