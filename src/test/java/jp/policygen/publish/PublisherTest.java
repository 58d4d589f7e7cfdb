package jp.policygen.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Section;
import jp.policygen.numbering.Numbering;

class PublisherTest {

    @TempDir
    Path dir;

    private static final String BODY = "komoro-city";

    /** The standards clause whose text the leaking body pastes: the structure of the server room. */
    private static final String PASTED_FROM = "standards.physical.server-room.structure";

    private Path copy(String... bodies) {
        return TestProjects.copy(dir.resolve("project"), bodies);
    }

    private Publisher publisher(Path project) {
        return new Publisher(new Project(project), project.resolve("output"));
    }

    private static Publisher.Publication publish(Publisher publisher, Path project, String... bodies) {
        Project p = new Project(project);
        Publisher.Publication publication = publisher.prepare(bodies.length == 0 ? p.bodyIds() : List.of(bodies));
        publisher.write(publication);
        return publication;
    }

    /** The first paragraph (or item) of at least {@code min} characters in a clause of a body's standards. */
    private static String standardsText(Path project, String body, String clauseId, int min) {
        Project p = new Project(project);
        Numbering standards = p.build(p.params().read(body), List.of("standards")).get(0);
        Section s = standards.document().find(clauseId).orElseThrow();
        return jp.policygen.printed.Printer.print(standards).find(s.id()).orElseThrow().lines().stream().map(jp.policygen.printed.Line::text).filter(t -> t.length() >= min).findFirst().orElseThrow();
    }

    private static void addLocalClause(Path project, String id, String text, String extraYaml) {
        Path folder = project.resolve("municipalities/" + BODY);
        TestProjects.write(folder.resolve("clauses/" + id + ".md"), text + "\n");
        TestProjects.write(folder.resolve("policy.yaml"), TestProjects.read(folder.resolve("policy.yaml"))
                + "  add:\n    - { id: local." + id + ", after: basic.measures, title: 施設の安全, file: clauses/" + id + ".md }\n"
                + extraYaml);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            Set<String> out = new TreeSet<>();
            s.filter(Files::isRegularFile).forEach(p -> out.add(folder.relativize(p).toString().replace('\\', '/')));
            return out;
        }
    }

    @Test
    void everyShippedBodyPublishesCleanly() throws IOException {
        Project project = new Project(TestProjects.real());
        Path out = dir.resolve("output");
        Publisher publisher = new Publisher(project, out);
        Publisher.Publication p = publisher.prepare(project.bodyIds());
        publisher.write(p);
        assertTrue(p.check().clean());
        assertEquals(32, LeakCheck.DEFAULT_N);
        assertTrue(p.check().privateClauses() > 1000, "every clause of every body's standards was compared");

        Set<String> expectedSite = new TreeSet<>(Set.of("index.html"));
        for (String id : project.bodyIds()) {
            expectedSite.add(id + "/index.html");
            // every public document: the basic policy, and a 方針 of 地方自治法 adopted as a text of its own
            for (var d : project.params().read(id).documents()) {
                if (d.visibility() == jp.policygen.model.Visibility.PUBLIC) {
                    expectedSite.addAll(List.of(id + "/" + d.id() + ".html", id + "/" + d.id() + ".pdf"));
                }
            }
            assertEquals(Set.of("standards.md", "standards.html", "standards.pdf"), files(out.resolve("private/" + id)),
                    id + ": no basic policy in the private bundle when it has no private clause");
            Path priv = out.resolve("private/" + id);
            assertTrue(Files.readString(priv.resolve("standards.md")).contains("**非公開（取扱注意）**"), id);
            assertTrue(Files.readString(priv.resolve("standards.html")).contains("<p class=\"marking\" role=\"note\">非公開（取扱注意）</p>"), id);
            assertTrue(pdfText(Files.readAllBytes(priv.resolve("standards.pdf"))).contains("非公開（取扱注意）"), id);
        }
        assertEquals(expectedSite, files(out.resolve("site")), "the site holds the public documents and nothing else");
        assertTrue(expectedSite.contains("sakuradai-city-board-of-education/cyber-policy-board-of-education.pdf"));
        // the 方針 of 地方自治法 with its organs and date: a text of the board's own, and a basic policy doubling as it
        String board = Files.readString(out.resolve("site/sakuradai-city-board-of-education/index.html"));
        assertTrue(board.contains("<a href=\"cyber-policy-board-of-education.html\">桜台市教育委員会のサイバーセキュリティを確保するための方針</a>"), board);
        assertTrue(board.contains("<dt>策定した機関</dt><dd>教育委員会</dd>\n<dt>策定の方法</dt><dd>機関ごと</dd>\n<dt>策定日</dt><dd>令和8年3月27日</dd>"), board);
        String city = Files.readString(out.resolve("site/minatogawa-city/index.html"));
        assertTrue(city.contains("湊川市情報セキュリティ基本方針は、市長、議会、"), city);
        assertTrue(city.contains("<dt>策定の方法</dt><dd>共同</dd>\n<dt>策定日</dt><dd>令和8年4月1日</dd>"), city);
        assertFalse(Files.readString(out.resolve("site/komoro-city/index.html")).contains("サイバーセキュリティを確保するための方針"),
                "a body that adopted no 方針 shows none");

        Pattern link = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
        for (String f : expectedSite) {
            if (!f.endsWith(".html")) {
                continue;
            }
            String html = Files.readString(out.resolve("site").resolve(f));
            assertFalse(html.contains("非公開（取扱注意）"), f);
            assertTrue(html.contains("<html lang=\"ja\""), f);
            Matcher m = link.matcher(html);
            while (m.find()) {
                assertFalse(m.group(1).contains(":") || m.group(1).startsWith("/"), f + ": links are relative: " + m.group(1));
            }
        }
        String komoro = Files.readString(out.resolve("site/komoro-city/index.html"));
        for (String shown : List.of("第2版", "平成16年4月", "平成29年4月", "平成27年3月版ガイドラインへの対応（対象とする脅威の見直し）",
                "href=\"basic-policy.html\"", "href=\"basic-policy.pdf\"")) {
            assertTrue(komoro.contains(shown), shown);
        }
        String index = Files.readString(out.resolve("site/index.html"));
        for (String id : project.bodyIds()) {
            assertTrue(index.contains("href=\"" + id + "/index.html\""), id);
        }
        assertTrue(index.contains("小諸市") && index.contains("平成29年4月改正") && index.contains("第2版"), index);
    }

    @Test
    void aLocalClausePastingAParagraphOfTheStandardsIsCaughtAndNothingIsWritten() {
        Path project = copy(BODY);
        String pasted = standardsText(project, BODY, PASTED_FROM, 60);
        addLocalClause(project, "facilities", "本市は、情報システムを設置する施設の安全を確保する。\n\n" + pasted, "");

        PolicygenException e = assertThrows(PolicygenException.class, () -> publish(publisher(project), project));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        Set<String> files = new TreeSet<>();
        for (Problem p : e.problems()) {
            files.add(project.resolve("output/site").relativize(p.file()).toString().replace('\\', '/'));
            assertEquals(PASTED_FROM, p.key(), p.toString());
            assertTrue(p.message().contains("小諸市情報セキュリティ対策基準「2.3(2)① 管理区域の構造等」"), p.message());
            assertTrue(p.message().contains(pasted.substring(0, 40)), p.message());
            assertTrue(p.suggestion().contains("public clause local.facilities")
                    && p.suggestion().contains("municipalities/komoro-city/clauses/facilities.md"), p.suggestion());
        }
        assertEquals(Set.of("komoro-city/basic-policy.html", "komoro-city/basic-policy.pdf"), files,
                "found in the page and in the text of the PDF");
        assertFalse(Files.exists(project.resolve("output")), "nothing written");
    }

    @Test
    void aReplacedClauseWithOneSentenceOfTheStandardsIsCaught() {
        Path project = copy(BODY);
        String paragraph = standardsText(project, BODY, "standards.organisation.ciso", 60);
        String sentence = paragraph.substring(0, paragraph.indexOf('。') + 1);
        assertTrue(sentence.length() >= 40, sentence);
        Path folder = project.resolve("municipalities/" + BODY);
        TestProjects.write(folder.resolve("clauses/purpose.md"),
                "この基本方針は、本市の情報資産を守るための基本的な考え方を定める。" + sentence + "\n");
        TestProjects.write(folder.resolve("policy.yaml"), TestProjects.read(folder.resolve("policy.yaml"))
                + "  replace:\n    basic.purpose: { file: clauses/purpose.md }\n");

        PolicygenException e = assertThrows(PolicygenException.class, () -> publish(publisher(project), project));
        assertTrue(e.problems().stream().allMatch(p -> p.key().startsWith("standards.organisation")
                && p.suggestion().contains("public clause basic.purpose")), e.problems().toString());
        assertTrue(e.problems().size() >= 2, e.problems().toString());
    }

    @Test
    void keepingTheClausePrivatePublishesItOnlyInThePrivateBundle() throws IOException {
        Path project = copy(BODY);
        String pasted = standardsText(project, BODY, PASTED_FROM, 60);
        addLocalClause(project, "facilities", pasted, "  private: [local.facilities]\n");

        Publisher.Publication p = publish(publisher(project), project);
        assertTrue(p.check().clean());
        Path out = project.resolve("output");
        String probe = pasted.substring(0, 30);
        String site = Files.readString(out.resolve("site/komoro-city/basic-policy.html"));
        assertFalse(site.contains(probe) || site.contains("施設の安全"), "left out of the public text");
        assertFalse(pdfText(Files.readAllBytes(out.resolve("site/komoro-city/basic-policy.pdf"))).contains("施設の安全"));
        assertEquals(Set.of("basic-policy.md", "basic-policy.html", "basic-policy.pdf", "standards.md", "standards.html",
                "standards.pdf"), files(out.resolve("private/komoro-city")));
        String full = Files.readString(out.resolve("private/komoro-city/basic-policy.md"));
        assertTrue(full.contains("**非公開（取扱注意）**") && full.contains("### 1.7 施設の安全")
                && full.contains("**非公開の条項（公開版には掲載しない）**") && full.contains(probe), full);
        assertTrue(pdfText(Files.readAllBytes(out.resolve("private/komoro-city/basic-policy.pdf"))).contains("非公開（取扱注意）"));
        // The public text is numbered on its own: the clause after the private one moves up.
        assertTrue(site.contains("1.7 情報セキュリティ監査及び自己点検の実施"), "renumbered without the private clause");
        assertTrue(full.contains("### 1.8 情報セキュリティ監査及び自己点検の実施"), full);
    }

    @Test
    void wordingTheModelSharesWithTheStandardsIsNotALeak() {
        // The templates' standards repeat the basic policy's definitions word for word, as real
        // standards do; a body's own clause quoting them publishes cleanly.
        Path project = copy(BODY);
        Path definitions = project.resolve("templates/r7/basic-policy/definitions.ftl");
        Path organisation = project.resolve("templates/r7/standards/manifest.yaml");
        TestProjects.write(project.resolve("templates/r7/standards/terms.ftl"), TestProjects.read(definitions));
        String manifest = TestProjects.read(organisation);
        int at = manifest.indexOf("clauses:\n") + "clauses:\n".length();
        TestProjects.write(organisation, manifest.substring(0, at)
                + "  - id: standards.terms\n    title: 用語の定義\n    template: terms.ftl\n" + manifest.substring(at));
        Project p = new Project(project);
        Numbering basic = p.build(p.params().read(BODY), List.of("basic-policy")).get(0);
        String definition = jp.policygen.printed.Printer.print(basic).find("basic.definitions").orElseThrow().lines().stream().map(jp.policygen.printed.Line::text)
                .filter(t -> t.length() >= 40).findFirst().orElseThrow();
        Numbering standards = p.build(p.params().read(BODY), List.of("standards")).get(0);
        assertTrue(jp.policygen.printed.Printer.print(standards).find("standards.terms").orElseThrow().lines().stream().map(jp.policygen.printed.Line::text).toList().contains(definition),
                "the standards hold the definition too");
        // Stock phrases the standards also use, each shorter than a leak.
        addLocalClause(project, "terms", "用語は、次の定義による。" + definition + "\n\n"
                + "職員等は、情報セキュリティポリシー及び情報セキュリティ実施手順の内容を理解するよう努める。", "");

        Publisher.Publication pub;
        try {
            pub = publish(publisher(project), project);
        } catch (PolicygenException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
        assertTrue(pub.check().clean());

        // Without the allowance the same site would be reported: the allowance is what makes it clean.
        LeakCheck.PrivateClause terms = new LeakCheck.PrivateClause(BODY, "対策基準", "standards.terms", "用語の定義",
                List.of(definition));
        LeakCheck.Result strict = new LeakCheck().check(List.of(terms), pub.site(), Map.of());
        assertFalse(strict.clean(), "the definition is in the public site");
        LeakCheck.Result allowed = new LeakCheck().check(List.of(terms), pub.site(), Map.of(BODY, List.of(definition)));
        assertTrue(allowed.clean());
    }

    @Test
    void privateTextInParametersShownOnTheSiteIsCaughtToo() {
        Path project = copy(BODY);
        String pasted = standardsText(project, BODY, PASTED_FROM, 60);
        TestProjects.replaceOnce(project.resolve("municipalities/" + BODY + "/policy.yaml"),
                "note: 平成27年3月版ガイドラインへの対応（対象とする脅威の見直し）", "note: \"" + pasted + "\"");
        PolicygenException e = assertThrows(PolicygenException.class, () -> publish(publisher(project), project));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).file().endsWith("site/komoro-city/index.html"), e.problems().toString());
        assertTrue(e.problems().get(0).suggestion().contains("from its parameters"), e.problems().toString());
    }

    @Test
    void aFailedPublishKeepsTheLastGoodSiteAndAStaleFileDoesNotSurviveAGoodOne() throws IOException {
        Path project = copy(BODY);
        Path out = project.resolve("output");
        publish(publisher(project), project);
        byte[] before = Files.readAllBytes(out.resolve("site/komoro-city/basic-policy.html"));
        // Someone copies the standards into the site by hand: the next publish removes it.
        Files.copy(out.resolve("private/komoro-city/standards.html"), out.resolve("site/komoro-city/standards.html"));

        addLocalClause(project, "facilities", standardsText(project, BODY, PASTED_FROM, 60), "");
        assertThrows(PolicygenException.class, () -> publish(publisher(project), project));
        assertArrayEquals(before, Files.readAllBytes(out.resolve("site/komoro-city/basic-policy.html")), "kept");

        TestProjects.write(project.resolve("municipalities/" + BODY + "/policy.yaml"),
                TestProjects.read(project.resolve("municipalities/" + BODY + "/policy.yaml")) + "  private: [local.facilities]\n");
        publish(publisher(project), project);
        assertFalse(Files.exists(out.resolve("site/komoro-city/standards.html")), "the site holds only checked files");
        assertArrayEquals(before, Files.readAllBytes(out.resolve("site/komoro-city/basic-policy.html")));
    }

    @Test
    void privateWordingInAParameterValueIsALeakReportedAtItsLine() {
        Path project = TestProjects.copy(dir, BODY);
        // an organisation may be 60 characters long: enough for a private run of 32 and more
        String sentence = standardsText(project, BODY, "standards.physical.server-room", 40);
        sentence = sentence.substring(0, Math.min(sentence.length(), 50));
        Path yaml = project.resolve("municipalities/" + BODY + "/policy.yaml");
        TestProjects.replaceOnce(yaml, "    - 監査委員事務局", "    - 監査委員事務局\n    - \"" + sentence + "\"");
        PolicygenException e = assertThrows(PolicygenException.class, () -> publisher(project).prepare(List.of(BODY)));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        Problem p = e.problems().stream().filter(x -> yaml.equals(x.file())).findFirst().orElseThrow(
                () -> new AssertionError(e.problems().toString()));
        assertTrue(p.line() > 0, p.toString());
        assertTrue(p.message().contains("the value of scope.organisations.8"), p.message());
        assertFalse(Files.exists(project.resolve("output/site")), "nothing published");
    }
}
