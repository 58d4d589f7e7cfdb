package jp.policygen.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.PolicygenException;
import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.numbering.Numbering;
import jp.policygen.publish.Publisher;
import jp.policygen.render.MarkdownWriter;

class EditionTest {

    @TempDir
    Path dir;

    /** r8: extends r7, rewrites one template and offers a third, public document. */
    private void writeR8() {
        Path r8 = dir.resolve("templates/r8");
        TestProjects.write(r8.resolve("edition.yaml"), """
                edition: r8
                extends: r7
                label: 令和8年版（試験）
                documents:
                  - { id: basic-policy, name: 情報セキュリティ基本方針, title: "${policy.basicTitle}", visibility: public, chapter: 1 }
                  - { id: standards, name: 情報セキュリティ対策基準, title: "${policy.standardsTitle}", visibility: private, chapter: 2 }
                  - { id: cyber-policy, name: サイバーセキュリティ方針, title: "${body.name}サイバーセキュリティ方針", visibility: public, chapter: 3 }
                """);
        TestProjects.write(r8.resolve("basic-policy/purpose.ftl"), "この基本方針は、${body.name}の情報資産を守るために定める。\n");
        TestProjects.write(r8.resolve("cyber-policy/manifest.yaml"), """
                document: cyber-policy
                articleLevel: 1
                clauses:
                  - id: cyber.purpose
                    title: 目的
                    template: purpose.ftl
                """);
        TestProjects.write(r8.resolve("cyber-policy/purpose.ftl"), "${body.name}は、その管理する情報システムのサイバーセキュリティを確保する。\n");
    }

    @Test
    void anEditionExtendsAnotherAndOverridesOnlyWhatChanged() {
        TestProjects.copy(dir, "komoro-city");
        writeR8();
        Path yaml = dir.resolve("municipalities/komoro-city/policy.yaml");
        TestProjects.replaceOnce(yaml, "templates: r7", "templates: r8");
        Project project = new Project(dir);
        BodyParams body = project.params().read("komoro-city");
        assertEquals(List.of("basic-policy", "standards", "cyber-policy"), body.documents().stream().map(d -> d.id()).toList());
        assertEquals(List.of("ciso", "deputyCiso", "advisor", "chiefOfficer", "securityOfficer", "securityManager",
                "systemManager", "systemOperator"), body.edition().roleOrder(), "inherited from r7");
        List<Numbering> docs = project.build(body);
        assertEquals(3, docs.size());
        MarkdownWriter md = new MarkdownWriter();
        assertTrue(md.render(docs.get(0)).contains("この基本方針は、小諸市の情報資産を守るために定める。"), "r8's own template");
        assertTrue(md.render(docs.get(1)).contains("物理的セキュリティ"), "r7's standards, inherited");
        assertTrue(md.render(docs.get(2)).startsWith("# 小諸市サイバーセキュリティ方針"), md.render(docs.get(2)));
        assertEquals("第3章 サイバーセキュリティ方針", docs.get(2).documentChapterHeading(), "book form: its chapter");
        assertEquals(List.of(), new jp.policygen.lint.GenerationGate(dir).errors(body, project.print(body), w -> { }),
                "a third chapter lints as the third");
    }

    @Test
    void everyPublicDocumentIsPublishedAndEveryPrivateOneIsCheckedForLeaks() throws Exception {
        TestProjects.copy(dir, "hinohara-village");
        writeR8();
        TestProjects.replaceOnce(dir.resolve("municipalities/hinohara-village/policy.yaml"), "templates: r7", "templates: r8");
        Publisher publisher = new Publisher(new Project(dir), dir.resolve("output"));
        publisher.write(publisher.prepare(List.of("hinohara-village")));
        Path site = dir.resolve("output/site/hinohara-village");
        assertTrue(Files.isRegularFile(site.resolve("cyber-policy.html")));
        assertTrue(Files.isRegularFile(site.resolve("cyber-policy.pdf")));
        assertTrue(Files.readString(site.resolve("index.html")).contains("檜原村サイバーセキュリティ方針"));
        assertTrue(Files.isRegularFile(dir.resolve("output/private/hinohara-village/standards.md")));

        // a private sentence the body pastes into the third document is caught
        Project project = new Project(dir);
        String standards = new MarkdownWriter().render(project.build(project.params().read("hinohara-village"), List.of("standards")).get(0));
        String sentence = standards.lines().filter(l -> l.contains("入退室管理装置")).findFirst().orElseThrow()
                .replaceFirst("^[\\s\u3000]*\\S+\\s+", "");
        assertTrue(sentence.length() > 40, sentence);
        Path body = dir.resolve("municipalities/hinohara-village");
        TestProjects.write(body.resolve("clauses/rooms.md"), sentence + "\n");
        TestProjects.write(body.resolve("policy.yaml"), TestProjects.read(body.resolve("policy.yaml"))
                + "clauses:\n  add:\n    - { id: local.rooms, after: cyber.purpose, title: 施設, file: clauses/rooms.md }\n");
        PolicygenException e = assertThrows(PolicygenException.class, () -> publisher.prepare(List.of("hinohara-village")));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().toString().endsWith("cyber-policy.html")), e.problems().toString());
    }

    @Test
    void anUnknownEditionNamesTheBodysLineAndTheEditionsThere() {
        TestProjects.copy(dir, "komoro-city");
        TestProjects.replaceOnce(dir.resolve("municipalities/komoro-city/policy.yaml"), "templates: r7", "templates: r99");
        PolicygenException e = assertThrows(PolicygenException.class, () -> new Project(dir).params().read("komoro-city"));
        assertTrue(e.problems().get(0).file().toString().endsWith("policy.yaml"));
        assertTrue(e.problems().get(0).line() > 0);
        assertTrue(e.problems().get(0).message().contains("no templates for edition 'r99'"), e.problems().toString());
    }
}
