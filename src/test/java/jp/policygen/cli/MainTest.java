package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.TestProjects;

class MainTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void generateWritesBothDocumentsOfABody() {
        TestProjects.copy(dir, "komoro-city");
        CliRun r = run("--project", dir.toString(), "generate", "komoro-city", "--format", "md,html");
        assertEquals(0, r.code(), r.err());
        for (String f : new String[] {"basic-policy.md", "basic-policy.html", "standards.md", "standards.html"}) {
            assertTrue(Files.isRegularFile(dir.resolve("output/komoro-city/" + f)), f);
        }
        assertTrue(r.out().contains("komoro-city"), r.out());
    }

    @Test
    void badParametersExitWithTwoNamingFileAndLineAndWriteNothing() throws Exception {
        TestProjects.copy(dir, "komoro-city", "model");
        // a good body first, so a partial write would show
        TestProjects.replaceOnce(dir.resolve("municipalities/komoro-city/policy.yaml"), "  securityManager:", "  securityManger:");
        CliRun r = run("--project", dir.toString(), "generate", "--all");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("municipalities/komoro-city/policy.yaml:"), r.err());
        assertTrue(r.err().contains("did you mean 'securityManager'?"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertFalse(Files.exists(dir.resolve("output")), "no body may be written when one is bad");
    }

    @Test
    void aFailedRunKeepsTheLastGoodOutput() throws Exception {
        TestProjects.copy(dir, "model");
        assertEquals(0, run("--project", dir.toString(), "generate", "model", "--format", "md").code());
        Path md = dir.resolve("output/model/basic-policy.md");
        byte[] good = Files.readAllBytes(md);
        TestProjects.replaceOnce(dir.resolve("municipalities/model/policy.yaml"), "established: 2026-03", "established: soon");
        assertEquals(2, run("--project", dir.toString(), "generate", "model", "--format", "md").code());
        assertEquals(new String(good, StandardCharsets.UTF_8), Files.readString(md, StandardCharsets.UTF_8));
        try (var files = Files.list(md.getParent())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void publishWritesTheSiteAndThePrivateBundle() {
        TestProjects.copy(dir, "komoro-city");
        CliRun r = run("--project", dir.toString(), "publish");
        assertEquals(0, r.code(), r.err());
        for (String f : new String[] {"site/index.html", "site/komoro-city/index.html", "site/komoro-city/basic-policy.html",
                "site/komoro-city/basic-policy.pdf", "private/komoro-city/standards.md", "private/komoro-city/standards.html",
                "private/komoro-city/standards.pdf"}) {
            assertTrue(Files.isRegularFile(dir.resolve("output/" + f)), f);
        }
        assertTrue(r.out().contains("leak check:") && r.out().contains("clean"), r.out());
    }

    @Test
    void textThatGenerateRefusesIsNeitherPublishedNorValidated() {
        TestProjects.copy(dir, "model");
        Path folder = dir.resolve("municipalities/model");
        TestProjects.write(folder.resolve("clauses/purpose.md"), "災害の際、職員が円滑に非難できるよう備える。\n");
        TestProjects.write(folder.resolve("policy.yaml"), TestProjects.read(folder.resolve("policy.yaml"))
                + "clauses:\n  replace:\n    basic.purpose: { file: clauses/purpose.md }\n");
        CliRun generate = run("--project", dir.toString(), "generate", "model");
        assertEquals(1, generate.code(), generate.err());
        CliRun publish = run("--project", dir.toString(), "publish", "model");
        assertEquals(1, publish.code(), publish.err());
        assertTrue(publish.err().contains("terms.misspelling"), publish.err());
        assertFalse(Files.exists(dir.resolve("output/site")), "nothing published");
        CliRun validate = run("--project", dir.toString(), "validate", "model");
        assertEquals(1, validate.code(), "lint errors exit 1 from every command: " + validate.out());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : new String[] {"generate", "validate", "list", "import", "compare", "lint", "publish", "bench"}) {
            CliRun r = run(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().contains("Usage: policygen " + command), r.out());
        }
    }

    @Test
    void publishLeavesTheNationalModelOutOfTheSiteUnlessItIsNamed() {
        TestProjects.copy(dir, "komoro-city", "model");
        CliRun every = run("--project", dir.toString(), "publish");
        assertEquals(0, every.code(), every.err());
        assertTrue(every.out().contains("model") && every.out().contains("skipped"), every.out());
        assertFalse(Files.exists(dir.resolve("output/site/model")));
        assertTrue(Files.isRegularFile(dir.resolve("output/site/komoro-city/index.html")));
        CliRun named = run("--project", dir.toString(), "publish", "model");
        assertEquals(0, named.code(), named.err());
        assertTrue(Files.isRegularFile(dir.resolve("output/site/model/basic-policy.html")));
    }

    @Test
    void publishExitsWithTwoAndNamesTheClauseWhenTheSiteWouldHoldPrivateText() {
        TestProjects.copy(dir, "komoro-city");
        Path body = dir.resolve("municipalities/komoro-city");
        TestProjects.write(body.resolve("clauses/rooms.md"),
                "管理区域は、浸水のおそれのある階及び外部から容易に侵入できる場所を避けて設けなければならない。\n");
        TestProjects.write(body.resolve("policy.yaml"), TestProjects.read(body.resolve("policy.yaml"))
                + "  add:\n    - { id: local.rooms, after: basic.measures, title: 施設, file: clauses/rooms.md }\n");
        CliRun r = run("--project", dir.toString(), "publish", "komoro-city");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("output/site/komoro-city/basic-policy.html: standards.physical.server-room.structure: "
                + "private text of 小諸市情報セキュリティ対策基準「2.3(2)① 管理区域の構造等」"), r.err());
        assertTrue(r.err().contains("output/site/komoro-city/basic-policy.pdf: "), r.err());
        assertTrue(r.err().contains("public clause local.rooms"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertFalse(Files.exists(dir.resolve("output")));
    }

    @Test
    void versionAndHelpWork() {
        CliRun v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("policygen "), v.out());
        CliRun h = run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("generate") && h.out().contains("validate"), h.out());
    }

    @Test
    void anUnknownOptionIsBadInput() {
        CliRun r = run("generate", "--colour");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--colour"), r.err());
    }

    @Test
    void validateChecksEveryShippedBody() {
        CliRun r = run("--project", TestProjects.real().toString(), "validate");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("model: ok"), r.out());
    }
}
