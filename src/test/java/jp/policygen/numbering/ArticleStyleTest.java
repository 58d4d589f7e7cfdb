package jp.policygen.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.policygen.model.ArticleHistory;
import jp.policygen.model.Block;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Inline;
import jp.policygen.model.Layout;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;

/**
 * The article style as 例規 are printed: labels in every house style, 枝番 and 削除 when numbers
 * stay put, and references as 例規 write them (前条, 次条, 同条, ranges, 第N項第M号).
 */
class ArticleStyleTest {

    private static Section s(String id, String title, List<Block> blocks, Section... children) {
        return new Section(id, List.of(new Inline.Text(title)), blocks, List.of(children), Provenance.TEMPLATE, null);
    }

    private static Block.Paragraph p(Inline... inlines) {
        return new Block.Paragraph(List.of(inlines));
    }

    private static Block.Paragraph text(String words) {
        return p(new Inline.Text(words));
    }

    private static Inline ref(String... ids) {
        return Inline.Ref.to(List.of(ids));
    }

    /** A list of {@code n} rules, the first holding a nested list of {@code nested} items. */
    private static Block.ItemList rules(int n, int nested) {
        List<Block.Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Block> blocks = new ArrayList<>(List.of(text("rule")));
            if (i == 0 && nested > 0) {
                blocks.add(rules(nested, 0));
            }
            items.add(new Block.Item(List.of(), blocks, null));
        }
        return new Block.ItemList(true, items);
    }

    /** Twelve articles in two chapters; the second chapter's articles carry what the tests look at. */
    private static List<Section> twelveArticles() {
        List<Section> first = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            first.add(s("c1.a" + i, "条" + i, List.of(text("x"))));
        }
        Section tenth = s("c2.a10", "十", List.of(rules(12, 11)));
        Section eleventh = s("c2.a11", "十一", List.of(text("first"), text("second")),
                s("c2.a11.one", "一号", List.of(text("a"), rules(3, 0))),
                s("c2.a11.two", "二号", List.of(text("b"))),
                s("c2.a11.three", "三号", List.of(text("c"))));
        Section twelfth = s("c2.a12", "十二", List.of(p(ref("c2.a11.two")), p(ref("c2.a11")),
                p(ref("c2.a11"), new Inline.Text("及び"), ref("c2.a11.three")),
                p(ref("c1.a6", "c1.a7", "c1.a8")), p(ref("c1.a6", "c1.a7")), p(ref("c1.a6", "c1.a8")),
                p(ref("c2.a11.one", "c2.a11.two", "c2.a11.three")), p(ref("c2.a11.one", "c2.a11.three"))));
        return List.of(s("c1", "総則", List.of(), first.toArray(Section[]::new)),
                s("c2", "細則", List.of(), tenth, eleventh, twelfth));
    }

    private static Numbering number(List<Section> sections, Layout layout) {
        DocumentInfo info = new DocumentInfo("t", "テスト市", "テスト市情報セキュリティ対策基準", DocumentKind.STANDARDS,
                Visibility.PRIVATE, 1, "令和8年3月", List.of(), layout);
        return NumberingStyle.named("article").number(new PolicyDocument(info, sections));
    }

    private static Layout layout(String items, String digits) {
        return new Layout("article", 0, 2, Layout.Items.valueOf(items), Layout.Digits.valueOf(digits), null, null);
    }

    private static String refIn(Numbering n, String clause, int paragraph) {
        Section from = n.document().find(clause).orElseThrow();
        List<Inline> content = ((Block.Paragraph) from.blocks().get(paragraph)).content();
        Inline.Ref previous = null;
        Inline.Ref last = null;
        for (Inline i : content) {
            if (i instanceof Inline.Ref r) {
                previous = last;
                last = r;
            }
        }
        return n.referenceText(last, from, previous);
    }

    private static Section sec(Numbering n, String id) {
        return n.document().find(id).orElseThrow();
    }

    @ParameterizedTest(name = "items {0}, digits {1}")
    @CsvSource({
            // items, digits, 第1条, 第12条, 第1章, 項 2, 項 12, 号 1, 号 10, under 号, third step, citation of 号 2 of 第11条
            "PAREN, MIXED, 第１条, 第12条, 第１章, ２, 12, (１), (10), ア, (ｱ), 第11条第２項第２号",
            "PAREN, FULL,  第１条, 第１２条, 第１章, ２, １２, (１), (１０), ア, (ｱ), 第１１条第２項第２号",
            "KANJI, MIXED, 第１条, 第12条, 第１章, ２, 12, 一, 十, イ, (ｱ), 第11条第２項第二号",
            "KANJI, FULL,  第１条, 第１２条, 第１章, ２, １２, 一, 十, イ, (ｱ), 第１１条第２項第二号",
    })
    void everyHouseStyleNumbersArticles項And号Alike(String items, String digits, String first, String twelfth,
                                                  String chapter, String paragraph2, String paragraph12, String item1,
                                                  String item10, String underItem, String third, String citation) {
        Numbering n = number(twelveArticles(), layout(items, digits));
        assertEquals(first, n.label(sec(n, "c1.a1")));
        assertEquals(twelfth, n.label(sec(n, "c2.a12")));
        assertEquals(chapter, n.label(sec(n, "c1")));
        Section tenth = sec(n, "c2.a10");
        assertTrue(n.paragraphItems(tenth), "a list of rules that makes up an article is its 項");
        assertEquals("", n.itemLabel(tenth, 1, 1), "the first 項 carries no number");
        assertEquals(paragraph2, n.itemLabel(tenth, 1, 2));
        assertEquals(paragraph12, n.itemLabel(tenth, 1, 12));
        assertEquals(item1, n.itemLabel(tenth, 2, 1), "a list inside a 項 is its 号");
        assertEquals(item10, n.itemLabel(tenth, 2, 10));
        Section item = sec(n, "c2.a11.one");
        assertEquals(item1, n.label(item), "a sub-clause of an article is a 号");
        assertEquals(underItem, n.itemLabel(item, 1, 1));
        assertEquals(third, n.itemLabel(item, 2, 1));
        assertEquals(citation, refIn(n, "c2.a12", 0), "a 号 of an article with two 項 is cited with its 項");
        assertEquals(paragraph2, n.paragraphPrefix(sec(n, "c2.a11"), 2));
    }

    @Test
    void referencesReadAs例規WriteThem() {
        Numbering n = number(twelveArticles(), layout("PAREN", "MIXED"));
        assertEquals("前条", refIn(n, "c2.a12", 1));
        assertEquals("同条第２項第３号", refIn(n, "c2.a12", 2), "the article the sentence has just cited");
        assertEquals("第６条から第８条まで", refIn(n, "c2.a12", 3), "three articles in a row");
        assertEquals("第６条及び第７条", refIn(n, "c2.a12", 4));
        assertEquals("第６条及び第８条", refIn(n, "c2.a12", 5));
        assertEquals("第11条第２項第１号から第３号まで", refIn(n, "c2.a12", 6), "the article named once");
        assertEquals("第11条第２項第１号及び第３号", refIn(n, "c2.a12", 7));
    }

    @Test
    void captionsStandAboveArticlesOnly() {
        Numbering n = number(twelveArticles(), layout("PAREN", "MIXED"));
        assertEquals("（条1）", n.caption(sec(n, "c1.a1")));
        assertEquals("第１条（条1）", n.heading(sec(n, "c1.a1")), "navigation names the article with its caption");
        assertNull(n.caption(sec(n, "c1")));
        assertNull(n.caption(sec(n, "c2.a11.one")), "a 号 has no caption line of its own");
        assertEquals("(１)\u3000一号", n.heading(sec(n, "c2.a11.one")));
        assertEquals("第１章\u3000総則", n.heading(sec(n, "c1")));
    }

    @Test
    void anArticleWithOnlySubClausesGetsAFormulaForItsText() {
        Section article = s("x.a", "職員等の遵守事項", List.of(), s("x.a.one", "一", List.of(text("a"))));
        Numbering n = number(List.of(s("x", "章", List.of(), article)), layout("PAREN", "MIXED"));
        assertEquals("職員等の遵守事項については、次に定めるところによる。", n.impliedLead(article));
        assertNull(n.impliedLead(sec(n, "x.a.one")));
    }

    @Test
    void houseDigitsApplyToTheTextsOwnNumbersButNotToCodes() {
        Numbering mixed = number(twelveArticles(), layout("PAREN", "MIXED"));
        Numbering full = number(twelveArticles(), layout("PAREN", "FULL"));
        assertEquals("令和８年３月31日、自治体機密性２、3A、LGWAN2、ISO/IEC 27001", mixed.digits("令和8年3月31日、自治体機密性2、3A、LGWAN2、ISO/IEC 27001"));
        assertEquals("令和８年３月３１日、１２時間", full.digits("令和8年3月31日、12時間"));
        assertEquals("令和８年３月31日", mixed.digits("令和８年３月31日"), "already in the house style");
        assertEquals("12時間", mixed.digits("１２時間"), "more than one digit is half-width");
        assertEquals("3A", full.digits("3A"), "a code keeps its digits");
    }

    // ---- numbers that stay put ---------------------------------------------------------------

    /** 第1条 … 第8条 as established; revision 1 adds local.x after 第6条 and deletes 第7条. */
    private static Numbering stable() {
        List<Section> articles = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            if (i == 7) {
                continue; // deleted
            }
            articles.add(s("b.a" + i, "条" + i, List.of(text("x"))));
            if (i == 6) {
                articles.add(s("local.x", "追加", List.of(p(ref("b.a6")), p(ref("b.a8")))));
            }
        }
        articles.add(s("b.refs", "参照", List.of(p(ref("b.a5", "b.a6", "local.x")), p(ref("b.a6", "local.x", "b.a8")),
                p(ref("local.x")), p(ref("b.a8")))));
        ArticleHistory history = new ArticleHistory(List.of(new ArticleHistory.Added("local.x", 1)),
                List.of(new ArticleHistory.Deleted("b.a7", 1, null, List.of("b.a6", "b.a5", "b.a4"))));
        Layout layout = new Layout("article", 0, 1, Layout.Items.PAREN, Layout.Digits.MIXED, history, null);
        DocumentInfo info = new DocumentInfo("t", "テスト市", "t", DocumentKind.BASIC_POLICY, Visibility.PUBLIC, 2,
                "令和8年3月", List.of(), layout);
        return NumberingStyle.named("article").number(new PolicyDocument(info, articles));
    }

    @Test
    void anAddedArticleTakesABranchNumberAndADeletedOneKeepsItsNumber() {
        Numbering n = stable();
        assertEquals("第６条の２", n.label(sec(n, "local.x")));
        assertEquals("第８条", n.label(sec(n, "b.a8")), "later articles keep their numbers");
        assertEquals("第９条", n.label(sec(n, "b.refs")));
        assertEquals(1, n.deleted().size());
        assertEquals("第７条", n.deleted().get(0).label());
        assertEquals(List.of("第６条", "第６条の２", "第７条", "第８条"),
                n.articles().subList(5, 9).stream().map(Numbered::label).toList(), "the deleted article stands where it stood");
        assertEquals(List.of("第７条"), n.deletedAfter("local.x").stream().map(Numbered::label).toList());
        assertTrue(n.deletedAfter("b.a6").isEmpty());
    }

    @Test
    void referencesFollowBranchAndDeletedArticles() {
        Numbering n = stable();
        assertEquals("前条", refIn(n, "local.x", 0), "第６条 is the article before 第６条の２");
        assertEquals("第８条", refIn(n, "local.x", 1), "第７条 (削除) stands between: not 次条");
        Section refs = sec(n, "b.refs");
        assertEquals("第５条から第６条の２まで", n.referenceText((Inline.Ref) ((Block.Paragraph) refs.blocks().get(0)).content().get(0), refs));
        assertEquals("第６条から第８条まで", refIn(n, "b.refs", 1), "a deleted article does not break a run");
        assertEquals("第６条の２", refIn(n, "b.refs", 2));
        assertEquals("前条", refIn(n, "b.refs", 3));
    }

    @Test
    void anArticleAddedWithABranchNumberAndDeletedLaterLeavesItsBranchNumberDeleted() {
        // revision 1 adds local.x after 第６条 (第６条の２); revision 2 deletes it: 「第６条の２　削除」
        List<Section> articles = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            articles.add(s("b.a" + i, "条" + i, List.of(text("x"))));
        }
        ArticleHistory history = new ArticleHistory(List.of(new ArticleHistory.Added("local.x", 1)),
                List.of(new ArticleHistory.Deleted("local.x", 2, null, List.of("b.a6", "b.a5"))));
        Layout layout = new Layout("article", 0, 1, Layout.Items.PAREN, Layout.Digits.MIXED, history, null);
        DocumentInfo info = new DocumentInfo("t", "テスト市", "t", DocumentKind.BASIC_POLICY, Visibility.PUBLIC, 3,
                "令和8年3月", List.of(), layout);
        Numbering n = NumberingStyle.named("article").number(new PolicyDocument(info, articles));
        assertEquals(List.of("第６条", "第６条の２", "第７条", "第８条"),
                n.articles().subList(5, 9).stream().map(Numbered::label).toList());
        assertEquals(List.of("第６条の２"), n.deleted().stream().map(Numbered::label).toList());
        assertEquals("第７条", n.label(sec(n, "b.a7")), "the articles after it keep their numbers");
    }

    @Test
    void withoutStableNumbersArticlesRenumber() {
        List<Section> articles = List.of(s("b.a1", "一", List.of(text("x"))), s("local.x", "追加", List.of(text("y"))),
                s("b.a2", "二", List.of(text("z"))));
        DocumentInfo info = new DocumentInfo("t", "テスト市", "t", DocumentKind.BASIC_POLICY, Visibility.PUBLIC, 2,
                "令和8年3月", List.of(), new Layout("article", 0, 1, Layout.Items.PAREN, Layout.Digits.MIXED, null, null));
        Numbering n = NumberingStyle.named("article").number(new PolicyDocument(info, articles));
        assertEquals(List.of("第１条", "第２条", "第３条"), n.articles().stream().map(Numbered::label).toList());
        assertFalse(n.articles().stream().anyMatch(n::isDeleted));
    }
}
