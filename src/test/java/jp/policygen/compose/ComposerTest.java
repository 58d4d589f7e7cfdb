package jp.policygen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.Numbering;
import jp.policygen.render.MarkdownWriter;

class ComposerTest {

    @TempDir
    Path dir;

    private String basicMarkdown(Path project, String body) {
        Project p = new Project(project);
        Numbering n = p.build(p.params().read(body), List.of("basic-policy")).get(0);
        return new MarkdownWriter().render(n);
    }

    @Test
    void referencesFollowAClauseThatMoves() {
        TestProjects.copy(dir, "model");
        String before = basicMarkdown(dir, "model");
        assertTrue(before.contains("## 3 対象とする脅威"), "the model's threats are section 3");
        assertTrue(before.contains("上記3に掲げる脅威"), "and the measures refer to them as 上記3");

        // Move the threats before the definitions: they become section 2, definitions section 3.
        Path manifest = dir.resolve("templates/r7/basic-policy/manifest.yaml");
        String text = TestProjects.read(manifest);
        String definitions = "  - id: basic.definitions\n    title: 定義\n    template: definitions.ftl\n";
        String threats = "  - id: basic.threats\n    title: 対象とする脅威\n    template: threats.ftl\n";
        assertTrue(text.contains(definitions + threats), "manifest layout as expected by this test");
        TestProjects.write(manifest, text.replace(definitions + threats, threats + definitions));

        String after = basicMarkdown(dir, "model");
        assertTrue(after.contains("## 2 対象とする脅威"), after);
        assertTrue(after.contains("上記2に掲げる脅威"), "the reference followed the clause");
        assertFalse(after.contains("上記3に掲げる脅威"));
    }

    @Test
    void referencesFollowInTheArticleStyleToo() {
        TestProjects.copy(dir, "model");
        Path policy = dir.resolve("municipalities/model/policy.yaml");
        TestProjects.replaceOnce(policy, "style: plain", "style: article");
        String before = basicMarkdown(dir, "model");
        assertTrue(before.contains("第３条に掲げる脅威"), before);
        // Drop the definitions: every later article moves up by one.
        TestProjects.write(policy, TestProjects.read(policy) + "clauses:\n  drop: [basic.definitions]\n");
        String after = basicMarkdown(dir, "model");
        assertTrue(after.contains("（対象とする脅威）\n\n第２条　"), after);
        assertTrue(after.contains("第２条に掲げる脅威"), after);
    }

    @Test
    void localClausesAreReplacedAddedAndDroppedAndRecorded() {
        TestProjects.copy(dir, "model");
        Path folder = dir.resolve("municipalities/model");
        TestProjects.write(folder.resolve("clauses/purpose.md"), "${body.self}独自の目的を定める。\n");
        TestProjects.write(folder.resolve("clauses/training.md"), "全職員は毎年研修を受ける。\n");
        TestProjects.write(folder.resolve("policy.yaml"), TestProjects.read(folder.resolve("policy.yaml")) + """
                clauses:
                  replace:
                    basic.purpose: { file: clauses/purpose.md }
                  add:
                    - { id: local.training, after: basic.duties, title: 研修, file: clauses/training.md }
                  drop: [basic.violations]
                """);
        Project p = new Project(dir);
        List<PolicyDocument> docs = p.composer().compose(p.params().read("model"));
        PolicyDocument basic = docs.get(0);
        Section purpose = basic.find("basic.purpose").orElseThrow();
        assertEquals(Provenance.LOCAL_REPLACED, purpose.provenance());
        Section training = basic.find("local.training").orElseThrow();
        assertEquals(Provenance.LOCAL_ADDED, training.provenance());
        List<String> ids = basic.sections().stream().map(Section::id).toList();
        assertEquals(ids.indexOf("basic.duties") + 1, ids.indexOf("local.training"));
        assertTrue(basic.find("basic.violations").isEmpty());
        assertEquals(Provenance.TEMPLATE, basic.find("basic.threats").orElseThrow().provenance());
        String md = new MarkdownWriter().render(jp.policygen.numbering.NumberingStyle.named("plain").number(basic));
        assertTrue(md.contains("本市独自の目的を定める。"), md);
    }

    @Test
    void clausesKeptPrivateAreMarkedWithEverythingUnderThem() {
        TestProjects.copy(dir, "model");
        Path folder = dir.resolve("municipalities/model");
        TestProjects.write(folder.resolve("clauses/contacts.md"), "連絡先一覧は別に定める。\n\n# 夜間 {#night}\n\n夜間は当直が受ける。\n");
        TestProjects.write(folder.resolve("policy.yaml"), TestProjects.read(folder.resolve("policy.yaml")) + """
                clauses:
                  add:
                    - { id: local.contacts, after: basic.duties, title: 連絡体制, file: clauses/contacts.md }
                  private: [local.contacts, basic.measures.physical]
                """);
        // A template may declare a clause private in its manifest, too.
        Path manifest = dir.resolve("templates/r7/basic-policy/manifest.yaml");
        TestProjects.replaceOnce(manifest, "        title: 技術的セキュリティ\n",
                "        title: 技術的セキュリティ\n        visibility: private\n");
        Project p = new Project(dir);
        List<Numbering> built = p.build(p.params().read("model"));
        PolicyDocument basic = built.get(0).document();
        assertEquals(Visibility.PUBLIC, basic.info().visibility(), "the document stays public");
        for (String id : List.of("local.contacts", "local.contacts.night", "basic.measures.physical",
                "basic.measures.technical")) {
            assertEquals(Visibility.PRIVATE, basic.find(id).orElseThrow().visibility(), id);
        }
        for (String id : List.of("basic.purpose", "basic.measures", "basic.measures.human")) {
            assertEquals(Visibility.PUBLIC, basic.find(id).orElseThrow().visibility(), id);
        }
        assertTrue(basic.hasPrivateClauses());
        // The full text marks each private clause once, where it starts.
        String md = new MarkdownWriter().render(built.get(0));
        assertEquals(3, md.split(java.util.regex.Pattern.quote(jp.policygen.render.HtmlWriter.PRIVATE_CLAUSE_MARKING), -1).length - 1, md);
        String html = new jp.policygen.render.HtmlWriter().render(jp.policygen.printed.Printer.print(built.get(0)), "");
        assertTrue(html.contains("<section id=\"local.contacts.night\" class=\"clause level-2 private-clause\">"), html);
        // Standards: private as a whole.
        assertTrue(built.get(1).document().isPrivate(built.get(1).document().sections().get(0)));
    }

    @Test
    void aPublicClauseCannotReferToAPrivateOne() {
        TestProjects.copy(dir, "model");
        Path policy = dir.resolve("municipalities/model/policy.yaml");
        TestProjects.write(policy, TestProjects.read(policy) + "clauses:\n  private: [basic.threats]\n");
        Project p = new Project(dir);
        PolicygenException e = assertThrows(PolicygenException.class, () -> p.build(p.params().read("model")));
        // the template is fine; the body's private mark broke it, so the mark is what is reported
        Problem pr = e.problems().get(0);
        assertEquals(policy, pr.file());
        assertEquals(TestProjects.read(policy).split("\n").length, pr.line(), pr.toString());
        assertTrue(pr.message().contains("cannot keep basic.threats private: the published basic.measures refers to it"),
                pr.message());
        assertTrue(pr.suggestion().contains("keep basic.measures private too, or keep basic.threats public"), pr.suggestion());
    }

    @Test
    void aPrivateMarkThatMatchesNoClauseIsReportedAtItsLine() {
        TestProjects.copy(dir, "model");
        Path policy = dir.resolve("municipalities/model/policy.yaml");
        TestProjects.write(policy, TestProjects.read(policy) + "clauses:\n  private: [local.nothing]\n");
        Project p = new Project(dir);
        PolicygenException e = assertThrows(PolicygenException.class, () -> p.build(p.params().read("model")));
        assertTrue(e.problems().get(0).message().contains("no clause local.nothing to keep private"), e.problems().toString());
        assertEquals(TestProjects.read(policy).split("\n").length, e.problems().get(0).line());
    }

    @Test
    void droppingAClauseThatOthersReferToIsAnErrorNamingTheReference() {
        TestProjects.copy(dir, "model");
        Path policy = dir.resolve("municipalities/model/policy.yaml");
        TestProjects.write(policy, TestProjects.read(policy) + "clauses:\n  drop: [basic.threats]\n");
        Project p = new Project(dir);
        PolicygenException e = assertThrows(PolicygenException.class, () -> p.build(p.params().read("model")));
        // reported at the drop, in the body's terms, naming the template line that needs the clause
        Problem pr = e.problems().get(0);
        assertEquals(policy, pr.file());
        assertEquals(TestProjects.read(policy).split("\n").length, pr.line(), pr.toString());
        assertTrue(pr.message().contains("cannot drop basic.threats: basic.measures refers to it (measures/intro.ftl:"),
                pr.message());
        assertFalse(pr.suggestion().contains("guard"), pr.suggestion());
    }

    @Test
    void aChangeThatMatchesNoClauseIsReportedAtItsLine() {
        TestProjects.copy(dir, "model");
        Path policy = dir.resolve("municipalities/model/policy.yaml");
        TestProjects.write(policy, TestProjects.read(policy) + "clauses:\n  drop: [basic.purpse]\n");
        Project p = new Project(dir);
        PolicygenException e = assertThrows(PolicygenException.class, () -> p.build(p.params().read("model")));
        assertTrue(e.problems().get(0).message().contains("no clause basic.purpse to drop"), e.problems().toString());
        assertEquals("did you mean basic.purpose?", e.problems().get(0).suggestion());
        assertEquals(TestProjects.read(policy).split("\n").length, e.problems().get(0).line());
    }

    @Test
    void valuesAreEscapedSoTheyCannotBecomeMarkupOrReferences() {
        TestProjects.copy(dir, "model");
        Path policy = dir.resolve("municipalities/model/policy.yaml");
        TestProjects.replaceOnce(policy, "    - 市長部局\n", "    - \"**市長部局** {{ref:basic.purpose}} <b>\"\n");
        String md = basicMarkdown(dir, "model");
        assertTrue(md.contains("\\*\\*市長部局\\*\\* {{ref:basic.purpose}} \\<b\\>"), md);
    }

    @Test
    void templatesCannotInstantiateClassesOrReachJavaApis() {
        TestProjects.copy(dir, "model");
        Path folder = dir.resolve("municipalities/model");
        for (String attack : List.of(
                "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
                "${body.name?api.getClass()}",
                "<#include \"../../../etc/passwd\">",
                "<#include \"/../../schema/policy.schema.json\">")) {
            TestProjects.write(folder.resolve("clauses/purpose.md"), attack + "\n");
            TestProjects.write(folder.resolve("policy.yaml"), TestProjects.read(TestProjects.real()
                    .resolve("municipalities/model/policy.yaml"))
                    + "clauses:\n  replace:\n    basic.purpose: { file: clauses/purpose.md }\n");
            Project p = new Project(dir);
            PolicygenException e = assertThrows(PolicygenException.class, () -> p.build(p.params().read("model")), attack);
            assertEquals(folder.resolve("clauses/purpose.md"), e.problems().get(0).file(), attack);
        }
    }

    @Test
    void aMissingValueInATemplateIsAnErrorWithTheTemplateLine() {
        TestProjects.copy(dir, "model");
        Path template = dir.resolve("templates/r7/basic-policy/purpose.ftl");
        TestProjects.write(template, "一行目\n\n${body.mayor}\n");
        Project p = new Project(dir);
        PolicygenException e = assertThrows(PolicygenException.class, () -> p.build(p.params().read("model")));
        assertEquals(template, e.problems().get(0).file());
        assertEquals(3, e.problems().get(0).line());
    }

    @Test
    void everyClauseOfTheTemplatesIsReachedBySomeShippedBody() {
        Project p = new Project(TestProjects.real());
        java.util.Set<String> generated = new java.util.TreeSet<>();
        for (String id : p.bodyIds()) {
            for (PolicyDocument d : p.composer().compose(p.params().read(id))) {
                d.allSections().forEach(s -> generated.add(s.id()));
            }
        }
        java.util.Set<String> declared = new java.util.TreeSet<>();
        jp.policygen.params.Edition r7 = p.params().edition("r7");
        for (jp.policygen.params.Edition.DocumentSpec document : r7.documents()) {
            collect(p.composer().manifest(r7, document).clauses(), declared);
        }
        declared.removeAll(generated);
        assertEquals(java.util.Set.of(), declared, "clauses no body's parameters reach");
    }

    private static void collect(List<ClauseSpec> specs, java.util.Set<String> out) {
        for (ClauseSpec s : specs) {
            out.add(s.id());
            collect(s.children(), out);
        }
    }

    @Test
    void generatedTextIsTheSameOnEveryRun() {
        Project first = new Project(TestProjects.real());
        Project second = new Project(TestProjects.real());
        for (String id : first.bodyIds()) {
            var a = Project.render(id, first.build(first.params().read(id)), jp.policygen.render.Writers.standard().all());
            var b = Project.render(id, second.build(second.params().read(id)), jp.policygen.render.Writers.standard().all());
            assertEquals(a.keySet(), b.keySet());
            for (String f : a.keySet()) {
                assertEquals(new String(a.get(f), StandardCharsets.UTF_8), new String(b.get(f), StandardCharsets.UTF_8), f);
            }
        }
    }
}
