package jp.policygen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import jp.policygen.TestProjects;
import jp.policygen.cli.CliRun;

class SyntheticBodiesTest {

    @TempDir
    Path dir;

    static CliRun policygen(String... args) {
        return CliRun.of(args);
    }

    @Test
    void twelveBodiesCoverEveryKindAndLayoutAndValidateAndGenerateWithoutAFinding() {
        Path project = dir.resolve("project");
        List<String> ids = SyntheticBodies.makeProject(TestProjects.real(), project, 12, SyntheticBodies.DEFAULT_SEED);
        assertEquals(12, ids.size());

        Set<String> kinds = new HashSet<>();
        Set<String> layouts = new HashSet<>();
        Set<String> models = new HashSet<>();
        Set<String> schemes = new HashSet<>();
        Set<String> clauseChanges = new HashSet<>();
        boolean folded = false;
        boolean renamed = false;
        boolean wareki = false;
        boolean iso = false;
        for (String id : ids) {
            Map<String, Object> p = yaml(project.resolve("municipalities").resolve(id).resolve("policy.yaml"));
            kinds.add((String) map(p, "body").get("kind"));
            layouts.add(map(p, "numbering").get("style") + "/" + map(p, "numbering").get("documentChapters"));
            models.add((String) map(p, "network").get("model"));
            schemes.add((String) map(p, "classification").get("scheme"));
            if (p.containsKey("clauses")) {
                clauseChanges.addAll(map(p, "clauses").keySet());
            }
            for (Object role : map(p, "roles").values()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) role;
                folded |= Boolean.FALSE.equals(r.get("defined")) && r.containsKey("dutiesOf");
                renamed |= r.containsKey("title");
            }
            String established = (String) map(p, "dates").get("established");
            wareki |= established.matches("(平成|令和).*");
            iso |= established.matches("[0-9]{4}-.*");
        }
        assertEquals(Set.of("city", "town", "village", "special-ward", "prefecture", "partial-affairs-union",
                "wide-area-union", "council"), kinds);
        assertEquals(Set.of("plain/false", "plain/true", "chapter-dotted/true", "chapter-dotted/false", "article/false"), layouts);
        assertEquals(Set.of("alpha", "alpha-prime", "beta", "beta-prime", "none"), models);
        assertEquals(Set.of("current", "legacy", "local"), schemes);
        assertEquals(Set.of("replace", "add", "drop", "private"), clauseChanges);
        assertTrue(folded, "some role folded into another (defined: false, dutiesOf)");
        assertTrue(renamed, "some role renamed");
        assertTrue(wareki && iso, "dates in 和暦 and ISO notation");

        CliRun validate = policygen("--project", project.toString(), "validate");
        assertEquals(0, validate.code(), validate.err());
        assertFalse(validate.err().contains("[warning]"), validate.err());
        for (String id : ids) {
            assertTrue(validate.out().contains(id + ": ok"), validate.out());
        }

        CliRun generate = policygen("--project", project.toString(), "generate", "--all");
        assertEquals(0, generate.code(), generate.err());
        assertFalse(generate.err().contains("[warning]"), generate.err());
        for (String id : ids) {
            for (String doc : List.of("basic-policy", "standards")) {
                for (String ext : List.of("md", "html", "pdf")) {
                    assertTrue(Files.isRegularFile(project.resolve("output").resolve(id).resolve(doc + "." + ext)), id + "/" + doc + "." + ext);
                }
            }
        }
        // local wording reached the text: body 4 (index 3) replaces the purpose and adds a clause
        String basic = TestProjects.read(project.resolve("output").resolve(ids.get(3)).resolve("basic-policy.md"));
        assertTrue(basic.contains("研修"), basic);
        assertTrue(basic.contains("信頼に応えるため"), basic);
    }

    @Test
    void theSameSeedGivesTheSameFilesAndABodyDoesNotDependOnHowManyAreMade() throws IOException {
        SyntheticBodies.write(dir.resolve("a"), 40, 7);
        SyntheticBodies.write(dir.resolve("b"), 40, 7);
        SyntheticBodies.write(dir.resolve("c"), 5, 7);
        SyntheticBodies.write(dir.resolve("d"), 40, 8);
        Map<String, String> a = files(dir.resolve("a"));
        assertEquals(a, files(dir.resolve("b")));
        Map<String, String> c = files(dir.resolve("c"));
        c.forEach((path, text) -> assertEquals(a.get(path), text, path));
        Map<String, String> d = files(dir.resolve("d"));
        assertEquals(a.keySet().stream().filter(p -> p.endsWith("policy.yaml")).count(),
                d.keySet().stream().filter(p -> p.endsWith("policy.yaml")).count());
        assertNotEquals(a, d, "another seed, other bodies");
    }

    @Test
    void namesAreUniqueAndEndAsTheirKindRequires() {
        Map<String, String> names = new TreeMap<>();
        for (int i = 0; i < 1_800; i++) {
            SyntheticBody b = new SyntheticBody(i, SyntheticBodies.DEFAULT_SEED);
            String ending = switch (b.kind) {
                case PREFECTURE -> "[都道府県]";
                case PARTIAL_AFFAIRS_UNION -> "組合";
                case WIDE_AREA_UNION -> "広域連合";
                default -> b.kind.label;
            };
            assertTrue(b.name.matches(".+" + ending), b.name + " is a " + b.kind);
            assertTrue(b.id.matches("[a-z0-9][a-z0-9-]{0,63}"), b.id);
            String before = names.put(b.name, b.id);
            assertEquals(null, before, b.name + " twice: " + before + " and " + b.id);
        }
    }

    private static Map<String, Object> yaml(Path file) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(TestProjects.read(file));
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    out.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
