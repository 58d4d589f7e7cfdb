package jp.policygen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.compare.AlignKind;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.Ignore;
import jp.policygen.compare.Side;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;
import jp.policygen.render.MarkdownWriter;

/** The order a body gives its clauses with parameters: before/after/under, move, preface. */
class StructureTest {

    @TempDir
    Path dir;

    private Path model(String clauses) {
        TestProjects.copy(dir, "model");
        Path policy = dir.resolve("municipalities/model/policy.yaml");
        TestProjects.write(policy, TestProjects.read(policy) + clauses);
        return policy;
    }

    private Numbering basic() {
        Project p = new Project(dir);
        return p.build(p.params().read("model"), List.of("basic-policy")).get(0);
    }

    private static List<String> topIds(PolicyDocument d) {
        return d.sections().stream().map(Section::id).toList();
    }

    private static int lineOf(Path file, String text) {
        String[] lines = TestProjects.read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void localClausesGoBeforeTheFirstClauseAndAfterAnotherLocalClause() {
        model("clauses:\n  add:\n"
                + "    - { id: local.a, before: basic.purpose, title: 序, file: clauses/a.md }\n"
                + "    - { id: local.b, after: local.a, title: 基本理念, file: clauses/b.md }\n"
                + "    - { id: local.c, before: basic.measures.physical, title: 重点, file: clauses/c.md }\n");
        TestProjects.write(dir.resolve("municipalities/model/clauses/a.md"), "本市の序。\n");
        TestProjects.write(dir.resolve("municipalities/model/clauses/b.md"), "本市の基本理念。\n");
        TestProjects.write(dir.resolve("municipalities/model/clauses/c.md"), "本市の重点。\n");
        PolicyDocument d = basic().document();
        assertEquals(List.of("local.a", "local.b", "basic.purpose"), topIds(d).subList(0, 3));
        List<String> measures = d.find("basic.measures").orElseThrow().children().stream().map(Section::id).toList();
        assertEquals(measures.indexOf("basic.measures.physical") - 1, measures.indexOf("local.c"), measures.toString());
    }

    @Test
    void aMovedModelClauseKeepsItsIdAndTheReferencesFollowIt() {
        model("clauses:\n  move:\n    - { id: basic.threats, before: basic.definitions }\n");
        Numbering n = basic();
        assertEquals(List.of("basic.purpose", "basic.threats", "basic.definitions"), topIds(n.document()).subList(0, 3));
        String md = new MarkdownWriter().render(n);
        assertTrue(md.contains("## 2 対象とする脅威"), md);
        assertTrue(md.contains("上記2に掲げる脅威"), "the measures' reference followed the moved clause");
    }

    @Test
    void aMeasureCanBePromotedToASectionOfItsOwnWithEverythingUnderIt() {
        model("clauses:\n  move:\n    - { id: basic.measures.organisation, after: basic.duties }\n");
        Numbering n = basic();
        List<String> top = topIds(n.document());
        assertEquals(top.indexOf("basic.duties") + 1, top.indexOf("basic.measures.organisation"), top.toString());
        assertTrue(n.document().find("basic.measures").orElseThrow().children().stream()
                .noneMatch(s -> s.id().equals("basic.measures.organisation")));
        String md = new MarkdownWriter().render(n);
        assertTrue(md.contains("## 6 組織体制"), md);
        assertTrue(md.contains("## 7 情報セキュリティ対策"), md);
    }

    @Test
    void aPrefaceStandsFirstWithoutANumberAndTheClausesKeepTheirs() {
        model("clauses:\n  preface:\n    title: はじめに\n    text: |\n      第一段落である。\n\n      第二段落である。\n");
        Numbering n = basic();
        assertEquals(BodyParams.Preface.ID, topIds(n.document()).get(0));
        String md = new MarkdownWriter().render(n);
        assertTrue(md.contains("## はじめに\n\n第一段落である。\n\n第二段落である。\n\n## 1 目的"), md);
        assertTrue(md.contains("上記3に掲げる脅威"), "the preface takes no number, so references are unchanged");
    }

    @Test
    void everyPlacementThatCannotBeMadeIsReportedAtItsLineAllAtOnce() {
        Path policy = model("clauses:\n"
                + "  add:\n"
                + "    - { id: local.x, after: basic.purpse, title: X, file: clauses/x.md }\n"
                + "    - { id: local.y, after: basic.violations, title: Y, file: clauses/y.md }\n"
                + "    - { id: local.z, after: local.w, title: Z, file: clauses/z.md }\n"
                + "    - { id: local.w, after: local.z, title: W, file: clauses/w.md }\n"
                + "  move:\n"
                + "    - { id: basic.measures, under: basic.measures.human }\n"
                + "    - { id: basic.review, after: standards.organisation }\n"
                + "  drop: [basic.audit]\n"
                + "  replace:\n"
                + "    basic.audit: { file: clauses/x.md }\n");
        for (String f : List.of("x", "y", "z", "w")) {
            TestProjects.write(dir.resolve("municipalities/model/clauses/" + f + ".md"), "本文。\n");
        }
        TestProjects.replaceOnce(policy, "  violations: true", "  violations: false");
        Project p = new Project(dir);
        PolicygenException e = assertThrows(PolicygenException.class, () -> p.build(p.params().read("model")));
        List<Problem> problems = e.problems();
        assertEquals(7, problems.size(), problems.toString());
        assertProblem(problems, lineOf(policy, "id: local.x,"), "no such clause", "did you mean basic.purpose?");
        assertProblem(problems, lineOf(policy, "id: local.y,"), "parameters leave it out (its condition is options.violations)",
                "place it by another clause, or change that parameter");
        // a cycle: each is reported, since either may be the one to change
        assertProblem(problems, lineOf(policy, "id: local.z,"), "cannot place local.z after local.w, which is itself placed by local.z",
                "place one of them");
        assertProblem(problems, lineOf(policy, "id: local.w,"), "cannot place local.w after local.z, which is itself placed by local.w",
                "place one of them");
        assertProblem(problems, lineOf(policy, "id: basic.measures,"), "which is part of basic.measures itself",
                "outside basic.measures");
        assertProblem(problems, lineOf(policy, "id: basic.review,"), "a clause moves within its own document",
                "name a clause of 情報セキュリティ基本方針");
        assertProblem(problems, lineOf(policy, "basic.audit: {"), "cannot replace basic.audit, which clauses.drop removes",
                "keep the one you mean");
        for (Problem pr : problems) {
            assertEquals(policy.toString(), pr.file().toString(), pr.toString());
            assertFalse(pr.suggestion().contains("template"), "advice in the body's terms: " + pr);
        }
    }

    private static void assertProblem(List<Problem> problems, int line, String message, String suggestion) {
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.message().contains(message)
                && p.suggestion().contains(suggestion)), "line " + line + ": " + message + " in " + problems);
    }

    @Test
    void compareReportsTheClauseTheBodyMovedAndNotItsNeighbour() {
        model("clauses:\n  move:\n    - { id: basic.measures.human, before: basic.measures.physical }\n");
        Project p = new Project(dir);
        BodyParams moved = p.params().read("model");
        Numbering local = p.build(moved, List.of("basic-policy")).get(0);
        TestProjects.copy(dir.resolve("base"), "model");
        Project base = new Project(dir.resolve("base"));
        BodyParams model = base.params().read("model");
        Numbering baseline = base.build(model, List.of("basic-policy")).get(0);
        Comparison c = new Comparer(Ignore.all()).compare(Side.generated(local, moved), Side.generated(baseline, model));
        List<String> movedIds = c.rows().stream().filter(r -> r.alignment() == AlignKind.MOVED)
                .map(r -> r.target().get(0).id()).toList();
        assertEquals(List.of("basic.measures.human"), movedIds);
    }
}
