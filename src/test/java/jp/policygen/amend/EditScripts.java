package jp.policygen.amend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jp.policygen.model.ArticleHistory;
import jp.policygen.model.Block;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Inline;
import jp.policygen.model.Layout;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;

/**
 * Random edit scripts over a document's model, as a revision makes them: words replaced, deleted
 * and inserted; 項 (paragraphs), 号 (items) and 条 (clauses) added and deleted; clauses moved; a
 * 見出し changed. The numbering style then prints the edited document, so every later number moves
 * as the style numbers it (繰下げ and 繰上げ follow from the edits). Seeded: a script is repeatable.
 *
 * <p>With numbers that stay put ({@link #stable}), a first revision adds and deletes articles, so
 * the old text already has branch numbers (第６条の２) and deleted articles (「第７条　削除」), and
 * the script is a second revision: articles it adds take branch numbers, those it deletes leave
 * their numbers, as {@code numbering.stable} prints a body's revisions.
 */
final class EditScripts {

    private static final List<String> WORDS = List.of("情報資産", "職員等", "速やかに", "特別職の職員及び会計年度任用職員",
            "第三者", "適切に", "令和８年４月１日", "外部サービス", "及び", "情報セキュリティ委員会", "管理区域", "必要な措置",
            "年度", "第２項", "定期的に", "、");

    private final Random random;
    private int fresh;
    /** With numbers that stay put: the revision being made, the articles revisions added and deleted, and every article's place. */
    private int revision;
    private final List<ArticleHistory.Added> added = new ArrayList<>();
    private final List<ArticleHistory.Deleted> deleted = new ArrayList<>();
    private final List<String> slots = new ArrayList<>();

    EditScripts(long seed) {
        this.random = new Random(seed);
    }

    /** An old text and its revision, both with numbers that stay put. */
    record Revision(PolicyDocument old, PolicyDocument neu) {
    }

    /**
     * A text in the article style with numbers that stay put: a first revision adds and deletes one
     * to three articles (the old text), then a script of one to {@code max} edits of every kind (the new).
     */
    Revision stable(PolicyDocument doc, int max) {
        Set<String> referenced = new HashSet<>();
        doc.sections().forEach(s -> refs(s, referenced));
        doc.sections().forEach(s -> slots.add(s.id()));
        revision = 1;
        List<Section> first = new ArrayList<>(doc.sections());
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            first = sections(first, referenced, random.nextBoolean());
        }
        PolicyDocument old = new PolicyDocument(stableLayout(doc.info()), first);
        revision = 2;
        List<Section> second = first;
        for (int k = 1 + random.nextInt(max); k > 0; k--) {
            second = once(second, referenced);
        }
        return new Revision(old, new PolicyDocument(stableLayout(doc.info()), second));
    }

    private DocumentInfo stableLayout(DocumentInfo i) {
        Layout l = new Layout("article", 0, 1, Layout.Items.PAREN, Layout.Digits.AS_WRITTEN,
                new ArticleHistory(added, deleted), null);
        return new DocumentInfo(i.bodyId(), i.bodyName(), i.title(), i.kind(), i.visibility(), i.edition(), i.established(),
                i.revisions(), l);
    }

    /** The document edited by one to {@code max} random edits, in the given style. */
    PolicyDocument edit(PolicyDocument doc, int max) {
        List<Section> sections = new ArrayList<>(doc.sections());
        Set<String> referenced = new HashSet<>();
        doc.sections().forEach(s -> refs(s, referenced));
        int n = 1 + random.nextInt(max);
        for (int k = 0; k < n; k++) {
            sections = once(sections, referenced);
        }
        return new PolicyDocument(doc.info(), sections);
    }

    /** The document in another numbering style. */
    static PolicyDocument styled(PolicyDocument doc, String style) {
        DocumentInfo i = doc.info();
        Layout l = new Layout(style, 0, 1);
        return new PolicyDocument(new DocumentInfo(i.bodyId(), i.bodyName(), i.title(), i.kind(), i.visibility(), i.edition(),
                i.established(), i.revisions(), l), doc.sections());
    }

    private List<Section> once(List<Section> top, Set<String> referenced) {
        int op = random.nextInt(10);
        switch (op) {
            case 0, 1, 2 -> {
                return words(top);
            }
            case 3 -> {
                return atRandomSection(top, s -> withBlocks(s, paragraphs(s.blocks(), true)));
            }
            case 4 -> {
                return atRandomSection(top, s -> withBlocks(s, paragraphs(s.blocks(), false)));
            }
            case 5 -> {
                return atRandomSection(top, s -> withBlocks(s, items(s.blocks())));
            }
            case 6 -> {
                return sections(top, referenced, true);
            }
            case 7 -> {
                return sections(top, referenced, false);
            }
            case 8 -> {
                return move(top);
            }
            default -> {
                return atRandomSection(top, s -> new Section(s.id(), List.of(new Inline.Text(s.titleText() + pick())),
                        s.blocks(), s.children(), s.provenance(), s.found(), s.visibility()));
            }
        }
    }

    private String pick() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    // ---------------------------------------------------------------- words

    private List<Section> words(List<Section> top) {
        return atRandomSection(top, s -> {
            List<Block> blocks = new ArrayList<>(s.blocks());
            if (blocks.isEmpty()) {
                return s;
            }
            int b = random.nextInt(blocks.size());
            blocks.set(b, wordsIn(blocks.get(b)));
            return withBlocks(s, blocks);
        });
    }

    private Block wordsIn(Block b) {
        if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(wordsIn(p.content()));
        }
        if (b instanceof Block.ItemList l && !l.items().isEmpty()) {
            List<Block.Item> items = new ArrayList<>(l.items());
            int i = random.nextInt(items.size());
            Block.Item it = items.get(i);
            if (!it.blocks().isEmpty()) {
                List<Block> bs = new ArrayList<>(it.blocks());
                int k = random.nextInt(bs.size());
                bs.set(k, wordsIn(bs.get(k)));
                items.set(i, new Block.Item(it.title(), bs, it.found()));
            } else if (!it.title().isEmpty()) {
                items.set(i, new Block.Item(wordsIn(it.title()), it.blocks(), it.found()));
            }
            return new Block.ItemList(l.numbered(), items);
        }
        return b;
    }

    private List<Inline> wordsIn(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content);
        List<Integer> texts = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Inline.Text t && t.text().length() >= 4) {
                texts.add(i);
            }
        }
        if (texts.isEmpty()) {
            return out;
        }
        int i = texts.get(random.nextInt(texts.size()));
        String t = ((Inline.Text) out.get(i)).text();
        int a = random.nextInt(t.length() - 1);
        int len = 1 + random.nextInt(Math.min(12, t.length() - a));
        String edited = switch (random.nextInt(3)) {
            case 0 -> t.substring(0, a) + pick() + t.substring(a + len);
            case 1 -> t.substring(0, a) + t.substring(a + len);
            default -> t.substring(0, a) + pick() + t.substring(a);
        };
        if (edited.isBlank()) {
            return out;
        }
        out.set(i, new Inline.Text(edited));
        return out;
    }

    // ---------------------------------------------------------------- 項 and 号

    private List<Block> paragraphs(List<Block> blocks, boolean add) {
        List<Block> out = new ArrayList<>(blocks);
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Block.Paragraph) {
                at.add(i);
            }
        }
        if (add) {
            int where = random.nextInt(out.size() + 1);
            out.add(where, new Block.Paragraph(List.of(new Inline.Text(sentence()))));
        } else if (at.size() >= 2) {
            out.remove((int) at.get(random.nextInt(at.size())));
        }
        return out;
    }

    private String sentence() {
        return pick() + "は、" + pick() + "について" + pick() + "を講じなければならない。";
    }

    private List<Block> items(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Block.ItemList l && l.numbered()) {
                List<Block.Item> items = new ArrayList<>(l.items());
                if (random.nextBoolean() && items.size() >= 2) {
                    items.remove(random.nextInt(items.size()));
                } else {
                    boolean titled = !items.isEmpty() && !items.get(0).title().isEmpty();
                    List<Inline> title = titled ? List.of(new Inline.Text(pick())) : List.of();
                    items.add(random.nextInt(items.size() + 1), new Block.Item(title,
                            List.of(new Block.Paragraph(List.of(new Inline.Text(sentence())))), null));
                }
                out.set(i, new Block.ItemList(true, items));
                return out;
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- 条

    private List<Section> sections(List<Section> top, Set<String> referenced, boolean add) {
        List<Section> out = new ArrayList<>(top);
        if (add) {
            Section s = new Section("x.added" + (++fresh), List.of(new Inline.Text(pick())),
                    List.of(new Block.Paragraph(List.of(new Inline.Text(sentence())))), List.of(), Provenance.TEMPLATE, null);
            int at = random.nextInt(out.size() + 1);
            out.add(at, s);
            if (revision > 0) {
                // 第６条の２: after the article before it, and after any deleted one that stands there
                added.add(new ArticleHistory.Added(s.id(), revision));
                int slot = at == 0 ? 0 : slots.indexOf(out.get(at - 1).id()) + 1;
                while (slot < slots.size() && isDeleted(slots.get(slot))) {
                    slot++;
                }
                slots.add(slot, s.id());
            }
            return out;
        }
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Set<String> ids = new HashSet<>();
            ids(out.get(i), ids);
            ids.retainAll(referenced);
            if (ids.isEmpty()) {
                free.add(i);
            }
        }
        if (free.size() > 0 && out.size() > 3) {
            Section gone = out.remove((int) free.get(random.nextInt(free.size())));
            if (revision > 0) {
                // 「第７条　削除」: it stands after the articles before it, as the clauses list them (nearest first)
                List<String> before = new ArrayList<>(slots.subList(0, slots.indexOf(gone.id())));
                java.util.Collections.reverse(before);
                deleted.add(new ArticleHistory.Deleted(gone.id(), revision, null, before));
            }
        }
        return out;
    }

    private boolean isDeleted(String id) {
        return deleted.stream().anyMatch(d -> d.clauseId().equals(id));
    }

    private List<Section> move(List<Section> top) {
        List<Section> out = new ArrayList<>(top);
        if (out.size() < 3 || revision > 0) {
            return out; // numbers that stay put: an article is deleted and added instead
        }
        Section s = out.remove(random.nextInt(out.size()));
        out.add(random.nextInt(out.size() + 1), s);
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private interface Change {
        Section apply(Section s);
    }

    /** Applies a change to one section chosen at random (a top-level one or one below it). */
    private List<Section> atRandomSection(List<Section> top, Change change) {
        List<Section> out = new ArrayList<>(top);
        int i = random.nextInt(out.size());
        Section s = out.get(i);
        if (!s.children().isEmpty() && random.nextBoolean()) {
            List<Section> cs = new ArrayList<>(s.children());
            int k = random.nextInt(cs.size());
            cs.set(k, change.apply(cs.get(k)));
            out.set(i, s.withChildren(cs));
        } else {
            out.set(i, change.apply(s));
        }
        return out;
    }

    private static Section withBlocks(Section s, List<Block> blocks) {
        return new Section(s.id(), s.title(), blocks, s.children(), s.provenance(), s.found(), s.visibility());
    }

    private static void ids(Section s, Set<String> out) {
        out.add(s.id());
        s.children().forEach(c -> ids(c, out));
    }

    private static void refs(Section s, Set<String> out) {
        for (Block b : s.blocks()) {
            refs(b, out);
        }
        s.children().forEach(c -> refs(c, out));
    }

    private static void refs(Block b, Set<String> out) {
        if (b instanceof Block.Paragraph p) {
            refs(p.content(), out);
        } else if (b instanceof Block.ItemList l) {
            for (Block.Item it : l.items()) {
                refs(it.title(), out);
                it.blocks().forEach(x -> refs(x, out));
            }
        } else if (b instanceof Block.Note n) {
            n.blocks().forEach(x -> refs(x, out));
        } else if (b instanceof Block.Table t) {
            t.rows().forEach(r -> r.forEach(c -> refs(c, out)));
        }
    }

    private static void refs(List<Inline> content, Set<String> out) {
        for (Inline i : content) {
            if (i instanceof Inline.Ref r) {
                out.addAll(r.targets());
            } else if (i instanceof Inline.Strong s) {
                refs(s.content(), out);
            }
        }
    }
}
