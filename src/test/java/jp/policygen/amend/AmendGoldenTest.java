package jp.policygen.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import jp.policygen.Project;
import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.printed.PrintedDocument;

/**
 * Golden 改め文 for hand-checked revisions of real texts: each case edits a shipped body's basic
 * policy in one known way, drafts the amendment and compares it with
 * {@code src/test/resources/jp/policygen/amend/golden/<case>.md}, read by eye against the forms of
 * domain.md §9 before it was committed ({@code -Dgolden.update=true} rewrites them). Each is also
 * applied back by {@link Applier}.
 */
class AmendGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/jp/policygen/amend/golden");
    private static final Project PROJECT = new Project(Path.of("").toAbsolutePath());

    private record Case(String name, String body, UnaryOperator<PolicyDocument> edit, AmendOptions options) {
    }

    private static AmendOptions dated() {
        return AmendOptions.DEFAULT.withPartial(true).withDate("令和9年3月31日").withNumber("7").withEffective("令和9年4月1日");
    }

    @TestFactory
    Stream<DynamicTest> goldenAmendments() {
        List<Case> cases = List.of(
                new Case("01-words-chained", "nagano-prefecture",
                        d -> text(d, "basic.purpose", "消失等", "滅失等", "行政運営上重要な情報", "行政運営上重要な情報資産"), dated()),
                new Case("02-words-deleted-and-added", "nagano-prefecture",
                        d -> text(d, "basic.duties", "速やかに報告しなければ", "直ちに報告しなければ", "業務の内容に応じて", "",
                                "業務を委託するときは", "業務の全部又は一部を委託するときは"),
                        dated()),
                new Case("03-caption", "nagano-prefecture", d -> title(d, "basic.purpose", "目的及び位置付け"), dated()),
                new Case("04-paragraph-added", "nagano-prefecture",
                        d -> blocks(d, "basic.audit", bs -> append(bs, para("前項の監査の結果は、情報セキュリティ委員会に報告するものとする。"))),
                        dated()),
                new Case("05-paragraph-deleted", "nagano-prefecture", d -> blocks(d, "basic.purpose", bs -> bs.subList(0, 1)), dated()),
                new Case("06-item-deleted", "nagano-prefecture", d -> items(d, "basic.definitions", 4, null), dated()),
                new Case("07-item-inserted", "nagano-prefecture",
                        d -> items(d, "basic.threats", 1, "標的型攻撃その他の巧妙化した攻撃による情報資産の窃取"), dated()),
                new Case("08-article-inserted", "nagano-prefecture",
                        d -> insert(d, "basic.threats", "basic.cyber", "サイバーセキュリティの確保",
                                "本県は、その管理する情報システムのサイバーセキュリティを確保するため、必要な体制を整備する。"), dated()),
                new Case("09-article-deleted", "nagano-prefecture", d -> drop(d, "basic.violations"), dated()),
                new Case("10-plain-style", "hinohara-village",
                        d -> items(text(d, "basic.purpose", "保有する", "保有し、又は管理する"), "basic.threats", 2,
                                "生成AIサービスへの不適切な入力による情報の漏えい"), dated()),
                new Case("11-dotted-style", "komoro-city",
                        d -> insert(d, "basic.duties", "basic.cyber", "サイバーセキュリティの確保",
                                "本市は、その管理する情報システムのサイバーセキュリティを確保する。"), dated()),
                new Case("12-transitional", "nagano-prefecture",
                        d -> text(d, "basic.review", "見直し", "見直し及び改善"),
                        dated().withTransitional(List.of("この訓令の施行の際現に策定されている実施手順は、改正後の第13条の規定により策定されたものとみなす。"))));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) throws IOException {
        PolicyDocument base = PROJECT.build(PROJECT.params().read(c.body())).get(0).document();
        PrintedDocument old = AmendProofTest.print(base);
        PrintedDocument neu = AmendProofTest.print(c.edit().apply(base));
        Amendment a = new Drafter(c.options()).draft(old, neu);
        String md = AmendmentWriter.markdown(a);
        Path file = GOLDEN.resolve(c.name() + ".md");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, md, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), md, c.name());
        assertNull(AmendProofTest.check(old, neu), c.name());
    }

    // ---------------------------------------------------------------- edits

    private static PolicyDocument at(PolicyDocument d, String id, UnaryOperator<Section> change) {
        return new PolicyDocument(d.info(), d.sections().stream().map(s -> at(s, id, change)).toList());
    }

    private static Section at(Section s, String id, UnaryOperator<Section> change) {
        if (s.id().equals(id)) {
            return change.apply(s);
        }
        return s.withChildren(s.children().stream().map(c -> at(c, id, change)).toList());
    }

    private static Section withBlocks(Section s, List<Block> blocks) {
        return new Section(s.id(), s.title(), blocks, s.children(), s.provenance(), s.found(), s.visibility());
    }

    /** Replaces words in a clause's paragraphs and items, pairwise: from, to, from, to … (first occurrence each). */
    private static PolicyDocument text(PolicyDocument d, String id, String... pairs) {
        return at(d, id, s -> {
            List<Block> blocks = s.blocks();
            for (int i = 0; i < pairs.length; i += 2) {
                String from = pairs[i];
                String to = pairs[i + 1];
                boolean[] done = {false};
                blocks = blocks.stream().map(b -> replace(b, from, to, done)).toList();
                if (!done[0]) {
                    throw new IllegalStateException("「" + from + "」 is not in " + id);
                }
            }
            return withBlocks(s, blocks);
        });
    }

    private static Block replace(Block b, String from, String to, boolean[] done) {
        if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(replace(p.content(), from, to, done));
        }
        if (b instanceof Block.ItemList l) {
            return new Block.ItemList(l.numbered(), l.items().stream().map(it -> new Block.Item(it.title(),
                    it.blocks().stream().map(x -> replace(x, from, to, done)).toList(), it.found())).toList());
        }
        return b;
    }

    private static List<Inline> replace(List<Inline> content, String from, String to, boolean[] done) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            if (!done[0] && i instanceof Inline.Text t && t.text().contains(from)) {
                out.add(new Inline.Text(t.text().replaceFirst(java.util.regex.Pattern.quote(from),
                        java.util.regex.Matcher.quoteReplacement(to)), t.origin()));
                done[0] = true;
            } else {
                out.add(i);
            }
        }
        return out;
    }

    private static PolicyDocument title(PolicyDocument d, String id, String title) {
        return at(d, id, s -> new Section(s.id(), List.of(new Inline.Text(title)), s.blocks(), s.children(), s.provenance(),
                s.found(), s.visibility()));
    }

    private static PolicyDocument blocks(PolicyDocument d, String id, UnaryOperator<List<Block>> change) {
        return at(d, id, s -> withBlocks(s, change.apply(s.blocks())));
    }

    private static List<Block> append(List<Block> blocks, Block b) {
        List<Block> out = new ArrayList<>(blocks);
        out.add(b);
        return out;
    }

    private static Block para(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }

    /** Deletes item {@code index} (0-based) of the clause's first numbered list, or inserts one there ({@code text} not null). */
    private static PolicyDocument items(PolicyDocument d, String id, int index, String text) {
        return blocks(d, id, bs -> {
            List<Block> out = new ArrayList<>(bs);
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i) instanceof Block.ItemList l) {
                    List<Block.Item> items = new ArrayList<>(l.items());
                    if (text == null) {
                        items.remove(index);
                    } else {
                        items.add(index, new Block.Item(List.of(), List.of(para(text)), null));
                    }
                    out.set(i, new Block.ItemList(l.numbered(), items));
                    return out;
                }
            }
            throw new IllegalStateException("no list in " + id);
        });
    }

    private static PolicyDocument insert(PolicyDocument d, String after, String id, String title, String text) {
        List<Section> out = new ArrayList<>();
        for (Section s : d.sections()) {
            out.add(s);
            if (s.id().equals(after)) {
                out.add(new Section(id, List.of(new Inline.Text(title)), List.of(para(text)), List.of(), Provenance.TEMPLATE, null));
            }
        }
        return new PolicyDocument(d.info(), out);
    }

    private static PolicyDocument drop(PolicyDocument d, String id) {
        return new PolicyDocument(d.info(), d.sections().stream().filter(s -> !s.id().equals(id)).toList());
    }
}
