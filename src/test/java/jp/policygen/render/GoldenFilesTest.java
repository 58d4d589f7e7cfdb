package jp.policygen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import jp.policygen.Project;
import jp.policygen.TestProjects;

/**
 * Every shipped body's Markdown and HTML against reviewed golden files. After an intended change,
 * regenerate with {@code mvn test -Dgolden.update=true -Dtest=GoldenFilesTest} and review the diff
 * in git before committing.
 */
class GoldenFilesTest {

    static final Path GOLDEN = Path.of("src/test/resources/jp/policygen/render/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> generatedDocumentsMatchTheGoldenFiles() {
        Project project = new Project(TestProjects.real());
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : project.bodyIds()) {
            Map<String, byte[]> files = Project.render(id, project.build(project.params().read(id)),
                    List.of(new MarkdownWriter(), new HtmlWriter()));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                tests.add(DynamicTest.dynamicTest(f.getKey(), () -> check(f.getKey(), f.getValue())));
            }
        }
        return tests.stream();
    }

    private static void check(String name, byte[] actual) throws Exception {
        Path golden = GOLDEN.resolve(name);
        String text = new String(actual, StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, text, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(golden), "no golden file " + golden + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text, name + " differs from its golden file");
    }
}
