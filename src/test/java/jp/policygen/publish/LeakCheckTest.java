package jp.policygen.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LeakCheckTest {

    /** A rule of the standards. */
    static final String RULE = "管理区域は、浸水のおそれのある階及び外部から容易に侵入できる場所を避けて設けなければならない。";

    static LeakCheck.PrivateClause clause(String body, String id, String... text) {
        return new LeakCheck.PrivateClause(body, "○○市情報セキュリティ対策基準", id, "(2) 管理区域", List.of(text));
    }

    static Map<String, byte[]> files(String... pathAndText) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < pathAndText.length; i += 2) {
            out.put(pathAndText[i], pathAndText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    static LeakCheck.Result check(List<LeakCheck.PrivateClause> privates, Map<String, byte[]> site) {
        return new LeakCheck().check(privates, site, Map.of());
    }

    @Test
    void aRuleInAPageIsFoundWhateverTheMarkupLineBreaksOrPunctuation() {
        String page = "<html><body><p>本市は、<strong>管理区域</strong>は浸水の\nおそれのある階及び外部から容易に侵入できる場所"
                + "を&#36991;けて設けなければならない</p></body></html>";
        LeakCheck.Result r = check(List.of(clause("a", "standards.physical.room", RULE)), files("a/basic-policy.html", page));
        assertEquals(1, r.leaks().size(), r.toString());
        LeakCheck.Leak leak = r.leaks().get(0);
        assertEquals("standards.physical.room", leak.clause().clauseId());
        assertEquals("a/basic-policy.html", leak.file());
        assertEquals(RULE.substring(0, RULE.length() - 1), leak.text(),
                "shown as the clause has it, punctuation and all, up to the last character that matched");
    }

    @Test
    void attributesAndFilesOfAnyKindAreRead() {
        LeakCheck.PrivateClause c = clause("a", "standards.physical.room", RULE);
        assertEquals(1, check(List.of(c), files("a/index.html", "<img alt=\"" + RULE + "\" src=\"x.png\" />")).leaks().size());
        assertEquals(1, check(List.of(c), files("notes.txt", "メモ：" + RULE)).leaks().size());
        assertEquals(1, check(List.of(c), files("a/site.css", "/* " + RULE + " */ body { }")).leaks().size());
        assertEquals(1, check(List.of(c), files("a/x.html", "<!-- " + RULE + " -->")).leaks().size());
    }

    @Test
    void aRunShorterThanNIsNotALeakOneOfNIs() {
        LeakCheck check = new LeakCheck(32);
        String privateText = "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ０１２３４５６７８９";
        String run31 = "abcdefghijklmnopqrstuvwxyz01234";
        assertEquals(0, check.check(List.of(clause("a", "s.x", privateText)), files("a/p.html", "。" + run31 + "。"),
                Map.of()).leaks().size());
        assertEquals(1, check.check(List.of(clause("a", "s.x", privateText)), files("a/p.html", "。" + run31 + "5。"),
                Map.of()).leaks().size(), "NFKC: full-width letters and digits match their ASCII forms");
        assertThrows(IllegalArgumentException.class, () -> new LeakCheck(5));
    }

    @Test
    void sharedWordingIsAllowedForItsOwnBodyButNotBeyondIt() {
        LeakCheck.PrivateClause c = clause("a", "standards.physical.room", RULE);
        Map<String, List<String>> shared = Map.of("a", List.of(RULE), "b", List.of());
        Map<String, byte[]> site = files("a/basic-policy.html", "<p>" + RULE + "</p>", "b/basic-policy.html", "<p>" + RULE + "</p>");
        LeakCheck.Result r = new LeakCheck().check(List.of(c), site, shared);
        assertEquals(1, r.leaks().size(), r.toString());
        assertEquals("b/basic-policy.html", r.leaks().get(0).file(), "only where the model does not publish it");
        // Pages of the whole site are allowed what any body's model text publishes.
        assertTrue(new LeakCheck().check(List.of(c), files("index.html", RULE), shared).clean());
    }

    @Test
    void theSameTextInEveryBodysStandardsIsReportedOncePerFileNamingTheFilesOwnBody() {
        Map<String, byte[]> site = files("b/basic-policy.html", "<p>" + RULE + "</p>");
        LeakCheck.Result r = check(List.of(clause("a", "standards.physical.room", RULE),
                clause("b", "standards.physical.room", RULE), clause("c", "standards.physical.room", RULE)), site);
        assertEquals(1, r.leaks().size(), r.toString());
        assertEquals("b", r.leaks().get(0).clause().bodyId());
    }

    @Test
    void textsWithoutCommonRunsAreClean() {
        LeakCheck.Result r = check(List.of(clause("a", "standards.physical.room", RULE)),
                files("a/basic-policy.html", "<p>本市は、情報システムを設置する施設の安全を確保する。</p>"));
        assertTrue(r.clean());
        assertEquals(1, r.publicFiles());
        assertEquals(NormalText.of(RULE).text.length() - 32 + 1, r.privateGrams(), "every n-gram of the clause was compared");
    }
}
