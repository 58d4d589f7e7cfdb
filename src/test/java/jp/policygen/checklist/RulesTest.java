package jp.policygen.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.params.BodyParams;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.render.MarkdownWriter;

/** The rules of the shipped bodies' standards, as a checklist lists them. */
class RulesTest {

    static final Project PROJECT = new Project(TestProjects.real());

    static Checklists of(String body) {
        BodyParams params = PROJECT.params().read(body);
        return new Checklists(params, Checklists.standardsOf(body, PROJECT.print(params)));
    }

    static PrintedDocument standards(String body) {
        return Checklists.standardsOf(body, PROJECT.print(PROJECT.params().read(body)));
    }

    @Test
    void everyRuleIsPrintedTextOfTheStandardsWithAKeyOfItsOwn() {
        for (String body : PROJECT.bodyIds()) {
            Checklists c = of(body);
            assertTrue(c.rules().size() > 150, body + ": " + c.rules().size() + " rules");
            String markdown = new MarkdownWriter().render(standards(body)).replace("\\", "");
            Set<String> keys = new HashSet<>();
            for (Rule r : c.rules()) {
                assertTrue(keys.add(r.key()), body + ": key " + r.key() + " twice");
                assertTrue(r.key().startsWith(r.clauseId() + "#"), r.key());
                // every line of the rule is a line of the printed standards (the label and text apart by a space there)
                for (String line : r.text().split("\n")) {
                    String printed = line.replaceFirst("^([^\u3000]{1,6})\u3000", "$1 ");
                    // (a table's row: its cells apart by full-width spaces, each a cell of the Markdown's table)
                    boolean cells = java.util.Arrays.stream(line.split("\u3000")).allMatch(cell -> markdown.contains("| " + cell + " |"));
                    assertTrue(markdown.contains(printed) || markdown.contains(line) || cells, body + " " + r.key() + ": " + line);
                }
                assertFalse(r.roles().isEmpty(), r.key());
            }
        }
    }

    @Test
    void aRuleBindsTheRoleThatIsItsSubject() {
        Checklists komoro = of("komoro-city");
        Rule ciso2 = rule(komoro, "standards.organisation.ciso#2");
        assertEquals("2.1(1)②", ciso2.number());
        assertEquals("最高情報セキュリティ責任者", ciso2.caption());
        assertEquals(List.of("ciso"), ciso2.roles());
        // 「本市に最高情報セキュリティ責任者を置き」: no one is its subject; the clause is about the CISO
        assertEquals(List.of("ciso"), rule(komoro, "standards.organisation.ciso#1").roles());
        // a body that renames its roles: the subject is found by the parameter, not by the words
        Checklists tadami = of("tadami-town");
        Rule renamed = rule(tadami, "standards.organisation.chief-officer#2");
        assertTrue(renamed.text().contains("総括情報管理者は"), renamed.text());
        assertEquals(List.of("chiefOfficer"), renamed.roles());
        // 「テレワークを行う職員等は」 binds the staff
        Rule telework = of("bunkyo-ward").rules().stream().filter(r -> r.clauseId().endsWith(".telework")
                && r.text().contains("テレワークを行う")).findFirst().orElseThrow();
        assertEquals(List.of(Roles.STAFF), telework.roles());
    }

    @Test
    void twoRolesJoinedAsOneSubjectAreBothBound() {
        boolean found = false;
        for (String body : PROJECT.bodyIds()) {
            Checklists c = of(body);
            for (Rule r : c.rules()) {
                if (r.roles().size() >= 2) {
                    found = true;
                    String subject = r.text().substring(0, r.text().indexOf("は"));
                    for (String role : r.roles()) {
                        assertTrue(subject.contains(c.roles().get(role).title()), r.key() + ": " + subject + " / " + role);
                    }
                }
            }
        }
        assertTrue(found, "some rule of the shipped bodies binds two roles at once");
    }

    @Test
    void aBodyHasRulesOnlyForWhatItHas() {
        assertTrue(of("bunkyo-ward").rules().stream().anyMatch(r -> r.clauseId().endsWith(".telework")), "bunkyo teleworks");
        assertTrue(of("komoro-city").rules().stream().noneMatch(r -> r.clauseId().contains("telework")), "komoro does not");
        // 自己点検: a role holder's checklist holds exactly the rules that bind them
        Checklists komoro = of("komoro-city");
        Checklist manager = komoro.selfCheck("securityManager");
        assertEquals(komoro.rules().stream().filter(r -> r.roles().contains("securityManager")).count(), manager.rules().size());
        assertTrue(manager.rules().size() > 10);
        assertEquals(komoro.rules().size(), komoro.audit().rules().size());
    }

    @Test
    void aRuleOfAReikiIsCitedAsItsArticleParagraphAndItem() {
        // 長野県 prints its standards in the form of 例規: 条, 項 and 号 as a 法規担当 cites them
        Checklists nagano = of("nagano-prefecture");
        assertEquals("第１条第１項", rule(nagano, "standards.organisation.structure#p1").number());
        assertEquals("第１条第２項", rule(nagano, "standards.organisation.structure#p2").number());
        assertEquals("第10条第１号", rule(nagano, "standards.organisation.committee#1").number());
        // an article of one paragraph is cited by the article alone
        assertEquals("第13条", rule(nagano, "standards.assets.principles#p1").number());
    }

    static Rule rule(Checklists c, String key) {
        return c.rules().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }
}
