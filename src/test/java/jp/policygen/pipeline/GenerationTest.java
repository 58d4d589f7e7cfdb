package jp.policygen.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.render.MarkdownWriter;
import jp.policygen.render.OutputTree;
import jp.policygen.render.HtmlWriter;

class GenerationTest {

    @TempDir
    Path dir;

    private Generation.Result generate(int jobs, boolean force, String... bodies) {
        Pipeline pipeline = new Pipeline(new Project(dir), jobs, Progress.NONE);
        return new Generation(pipeline, new OutputTree(dir.resolve("output")))
                .run(new Generation.Request(List.of(bodies), List.of(), List.of(new MarkdownWriter(), new HtmlWriter()), force));
    }

    private static List<String> generated(Generation.Result r) {
        return r.bodies().stream().filter(b -> !b.skipped()).map(Generation.BodyResult::bodyId).toList();
    }

    @Test
    void aRerunWithNothingChangedRendersNothingAndTouchesNoFile() throws Exception {
        TestProjects.copy(dir, "komoro-city", "tadami-town");
        assertEquals(List.of("komoro-city", "tadami-town"), generated(generate(2, false, "komoro-city", "tadami-town")));
        Path md = dir.resolve("output/komoro-city/standards.md");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(md, old);

        Generation.Result again = generate(2, false, "komoro-city", "tadami-town");
        assertEquals(List.of(), generated(again));
        assertEquals(old, Files.getLastModifiedTime(md), "not rewritten");
    }

    @Test
    void aChangedBodyIsRenderedAloneAndASharedTemplateRendersAll() throws Exception {
        TestProjects.copy(dir, "komoro-city", "tadami-town");
        generate(2, false, "komoro-city", "tadami-town");
        TestProjects.replaceOnce(dir.resolve("municipalities/tadami-town/policy.yaml"), "name: 只見町", "name: 只見町 ");
        assertEquals(List.of("tadami-town"), generated(generate(2, false, "komoro-city", "tadami-town")));

        Path template = dir.resolve("templates/r7/basic-policy/purpose.ftl");
        Files.writeString(template, Files.readString(template) + "\n");
        assertEquals(List.of("komoro-city", "tadami-town"), generated(generate(2, false, "komoro-city", "tadami-town")));
        assertEquals(List.of("komoro-city", "tadami-town"), generated(generate(2, true, "komoro-city", "tadami-town")),
                "--force renders bodies that did not change");
    }

    @Test
    void aDeletedOutputFileIsRenderedAgain() throws Exception {
        TestProjects.copy(dir, "komoro-city");
        generate(1, false, "komoro-city");
        Files.delete(dir.resolve("output/komoro-city/basic-policy.html"));
        assertEquals(List.of("komoro-city"), generated(generate(1, false, "komoro-city")));
        assertTrue(Files.isRegularFile(dir.resolve("output/komoro-city/basic-policy.html")));
    }

    @Test
    void parallelOutputIsByteIdenticalToSequentialOutput() {
        String[] bodies = {"komoro-city", "nagano-prefecture", "tadami-town", "mito-city-council"};
        TestProjects.copy(dir, bodies);
        generate(1, false, bodies);
        Map<String, byte[]> sequential = OutputTree.read(dir.resolve("output"));
        generate(2, true, bodies);
        Map<String, byte[]> parallel = OutputTree.read(dir.resolve("output"));
        assertEquals(sequential.keySet(), parallel.keySet());
        sequential.forEach((name, bytes) -> assertArrayEquals(bytes, parallel.get(name), name));
    }

    @Test
    void oneBadBodyIsReportedWithTheOthersCheckedAndNothingIsWritten() {
        TestProjects.copy(dir, "komoro-city", "tadami-town", "model");
        TestProjects.replaceOnce(dir.resolve("municipalities/komoro-city/policy.yaml"), "  securityManager:", "  securityManger:");
        TestProjects.replaceOnce(dir.resolve("municipalities/tadami-town/policy.yaml"), "kind: town", "kind: tuon");
        PolicygenException e = assertThrows(PolicygenException.class,
                () -> generate(2, false, "komoro-city", "model", "tadami-town"));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("2 of 3 bodies failed: komoro-city"), e.getMessage());
        assertTrue(e.getMessage().contains("tadami-town"), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().toString().contains("komoro-city")));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().toString().contains("tadami-town")));
        assertFalse(Files.exists(dir.resolve("output")), "the good body is not written either");
    }

    @Test
    void aBodyChoosesItsDocuments() throws Exception {
        TestProjects.copy(dir, "komoro-city");
        Path yaml = dir.resolve("municipalities/komoro-city/policy.yaml");
        TestProjects.replaceOnce(yaml, "templates: r7\n", "templates: r7\ndocuments: [basic-policy]\n");
        generate(1, false, "komoro-city");
        try (var files = Files.list(dir.resolve("output/komoro-city"))) {
            assertEquals(List.of("basic-policy.html", "basic-policy.md"), files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList());
        }
        TestProjects.replaceOnce(yaml, "documents: [basic-policy]", "documents: [basic-polcy]");
        PolicygenException e = assertThrows(PolicygenException.class, () -> generate(1, false, "komoro-city"));
        assertTrue(e.problems().get(0).message().contains("offers no document 'basic-polcy'"), e.problems().toString());
        assertEquals("did you mean 'basic-policy'?", e.problems().get(0).suggestion());
        assertTrue(e.problems().get(0).line() > 0);
    }
}
