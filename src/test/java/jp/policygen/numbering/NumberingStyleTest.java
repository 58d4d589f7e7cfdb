package jp.policygen.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

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
 * A small basic policy numbered in each style: 1 目的, 2 脅威, 3 適用範囲 ((1) 行政機関, (2) 情報資産),
 * 4 対策 (refers back to 2 and to 3(2), forward to 6), 5 監査, 6 基準 (refers to 4, 5 and 6).
 */
class NumberingStyleTest {

    private static Section s(String id, String title, List<Block> blocks, Section... children) {
        return new Section(id, List.of(new Inline.Text(title)), blocks, List.of(children), Provenance.TEMPLATE, null);
    }

    private static Block.Paragraph p(Inline... inlines) {
        return new Block.Paragraph(List.of(inlines));
    }

    private static Inline ref(String... ids) {
        return Inline.Ref.to(List.of(ids));
    }

    private static Block.ItemList items(int n, Block.ItemList nested) {
        List<Block.Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Block> blocks = new ArrayList<>(List.of(p(new Inline.Text("item"))));
            if (i == 0 && nested != null) {
                blocks.add(nested);
            }
            items.add(new Block.Item(List.of(), blocks, null));
        }
        return new Block.ItemList(true, items);
    }

    private static final Section PURPOSE = s("basic.purpose", "目的", List.of(p(new Inline.Text("a")), p(new Inline.Text("b"))));
    private static final Section THREATS = s("basic.threats", "脅威", List.of(items(2, items(2, null))));
    private static final Section ORGS = s("basic.scope.organisations", "行政機関の範囲", List.of(items(1, null)));
    private static final Section ASSETS = s("basic.scope.assets", "情報資産の範囲", List.of(p(new Inline.Text("x"))));
    private static final Section SCOPE = s("basic.scope", "適用範囲", List.of(), ORGS, ASSETS);
    private static final Section MEASURES = s("basic.measures", "対策",
            List.of(p(ref("basic.threats")), p(ref("basic.scope.assets")), p(ref("basic.standards"))));
    private static final Section AUDIT = s("basic.audit", "監査", List.of(p(ref("basic.scope"))));
    private static final Section STANDARDS = s("basic.standards", "基準",
            List.of(p(ref("basic.measures", "basic.audit", "basic.standards"))));

    private static Numbering number(String style, int chapter) {
        DocumentInfo info = new DocumentInfo("t", "テスト市", "テスト市情報セキュリティ基本方針", DocumentKind.BASIC_POLICY,
                Visibility.PUBLIC, 1, "令和8年3月", List.of(), new Layout(style, chapter, 1));
        PolicyDocument doc = new PolicyDocument(info, List.of(PURPOSE, THREATS, SCOPE, MEASURES, AUDIT, STANDARDS));
        return NumberingStyle.named(style).number(doc);
    }

    private static String refIn(Numbering n, Section from, int paragraph) {
        Inline.Ref r = (Inline.Ref) ((Block.Paragraph) from.blocks().get(paragraph)).content().get(0);
        return n.referenceText(r, from);
    }

    @Test
    void plainStyle() {
        Numbering n = number("plain", 0);
        assertEquals("1 目的", n.heading(PURPOSE));
        assertEquals("3 適用範囲", n.heading(SCOPE));
        assertEquals("(2) 情報資産の範囲", n.heading(ASSETS));
        assertEquals("(1)", n.itemLabel(THREATS, 1, 1));
        assertEquals("②", n.itemLabel(THREATS, 2, 2));
        assertEquals("①", n.itemLabel(ORGS, 1, 1));
        assertEquals("ア", n.itemLabel(ORGS, 2, 1));
        assertEquals("上記2", refIn(n, MEASURES, 0));
        assertEquals("上記3(2)", refIn(n, MEASURES, 1));
        assertEquals("下記6", refIn(n, MEASURES, 2));
        assertEquals("上記3", refIn(n, AUDIT, 0));
        assertEquals("上記4、5及び6", refIn(n, STANDARDS, 0));
        assertEquals("", n.paragraphPrefix(PURPOSE, 2));
        assertEquals(null, n.documentChapterHeading());
    }

    @Test
    void plainStyleInBookFormPutsTheDocumentUnderAChapter() {
        Numbering n = number("plain", 1);
        assertEquals("第1章 情報セキュリティ基本方針", n.documentChapterHeading());
        assertEquals("1 目的", n.heading(PURPOSE));
    }

    @Test
    void chapterDottedInBookForm() {
        Numbering n = number("chapter-dotted", 1);
        assertEquals("1.1 目的", n.heading(PURPOSE));
        assertEquals("1.3 適用範囲", n.heading(SCOPE));
        assertEquals("(2) 情報資産の範囲", n.heading(ASSETS));
        assertEquals("(1)", n.itemLabel(THREATS, 1, 1));
        assertEquals("①", n.itemLabel(THREATS, 2, 1));
        assertEquals("①", n.itemLabel(ORGS, 1, 1));
        assertEquals("上記1.2", refIn(n, MEASURES, 0));
        assertEquals("上記1.3(2)", refIn(n, MEASURES, 1));
        assertEquals("上記1.4、1.5及び1.6", refIn(n, STANDARDS, 0));
    }

    @Test
    void chapterDottedStandingAlone() {
        Numbering n = number("chapter-dotted", 0);
        assertEquals("1 目的", n.heading(PURPOSE));
        assertEquals("3.2 情報資産の範囲", n.heading(ASSETS));
        assertEquals("(1)", n.itemLabel(ORGS, 1, 1));
        assertEquals("上記3.2", refIn(n, MEASURES, 1));
    }

    @Test
    void articleStyle() {
        Numbering n = number("article", 0);
        assertEquals("第1条（目的）", n.heading(PURPOSE));
        assertEquals("第3条（適用範囲）", n.heading(SCOPE));
        assertEquals("(2)\u3000情報資産の範囲", n.heading(ASSETS), "a 号 and its title, a full-width space between");
        assertEquals("２", n.paragraphPrefix(PURPOSE, 2));
        assertEquals("", n.paragraphPrefix(PURPOSE, 1));
        // 脅威 is a list of rules and nothing else: its items are the article's 項, lists inside them 号
        assertEquals("", n.itemLabel(THREATS, 1, 1));
        assertEquals("２", n.itemLabel(THREATS, 1, 2));
        assertEquals("(1)", n.itemLabel(THREATS, 2, 1));
        assertEquals("ア", n.itemLabel(ORGS, 1, 1));
        assertEquals("第2条", refIn(n, MEASURES, 0));
        assertEquals("第3条第2号", refIn(n, MEASURES, 1));
        assertEquals("第4条から第6条まで", refIn(n, STANDARDS, 0), "three articles in a row are a range");
        assertEquals("第3条", refIn(n, AUDIT, 0), "two articles back is cited by number");
    }

    @Test
    void articleStyleCitesTheNeighbouringArticlesAsPrecedingAndNext() {
        Section a = s("x.a", "甲", List.of(p(ref("x.b"))));
        Section b = s("x.b", "乙", List.of(p(ref("x.a"))));
        DocumentInfo info = new DocumentInfo("t", "テスト市", "t", DocumentKind.BASIC_POLICY, Visibility.PUBLIC, 1,
                "令和8年3月", List.of(), new Layout("article", 0, 1));
        Numbering n = NumberingStyle.named("article").number(new PolicyDocument(info, List.of(a, b)));
        assertEquals("次条", refIn(n, a, 0));
        assertEquals("前条", refIn(n, b, 0));
    }

    @Test
    void articleStyleCitesA号OfTheSameArticleWithoutTheArticle() {
        Section first = s("x.a.one", "一", List.of(p(new Inline.Text("a"))));
        Section second = s("x.a.two", "二", List.of(p(ref("x.a.one"))));
        Section article = s("x.a", "甲", List.of(), first, second);
        Section other = s("x.b", "乙", List.of(p(ref("x.a.one"))));
        DocumentInfo info = new DocumentInfo("t", "テスト市", "t", DocumentKind.BASIC_POLICY, Visibility.PUBLIC, 1,
                "令和8年3月", List.of(), new Layout("article", 0, 1));
        Numbering n = NumberingStyle.named("article").number(new PolicyDocument(info, List.of(article, other)));
        assertEquals("第1号", refIn(n, second, 0));
        assertEquals("第1条第1号", refIn(n, other, 0));
    }

    @Test
    void articlesAreNumberedThroughChaptersWhenTheArticleLevelIsTwo() {
        Section c1 = s("std.org", "組織体制", List.of(), s("std.org.ciso", "CISO", List.of(p(new Inline.Text("a")))),
                s("std.org.committee", "委員会", List.of(p(new Inline.Text("b")))));
        Section c2 = s("std.assets", "分類", List.of(), s("std.assets.class", "分類", List.of(p(ref("std.org.ciso")))));
        DocumentInfo info = new DocumentInfo("t", "テスト市", "t", DocumentKind.STANDARDS, Visibility.PRIVATE, 1,
                "令和8年3月", List.of(), new Layout("article", 0, 2));
        Numbering n = NumberingStyle.named("article").number(new PolicyDocument(info, List.of(c1, c2)));
        assertEquals("第1章\u3000組織体制", n.heading(c1));
        assertEquals("第2章\u3000分類", n.heading(c2));
        assertEquals("第3条（分類）", n.heading(c2.children().get(0)));
        assertEquals("第1条", refIn(n, c2.children().get(0), 0));
    }
}
