package jp.policygen.numbering;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.Block;
import jp.policygen.model.Layout;
import jp.policygen.text.JapaneseLists;

/**
 * The form of 訓令, 告示 and 規則 as 例規集 print them. Sections above the article level are
 * 第N章 / 第N節; sections at it are articles 第N条, numbered through the whole document, printed
 * with their caption 「（目的）」 on the line above and the number opening the first paragraph; the
 * second and later paragraphs (項) are numbered ２, ３ …, the first carries none; below an article
 * come 号 and what stands under them, on the ladder the house style chooses:
 * (1) → ア → (ｱ) → a → (a), or 一 → イ → (ｱ) → a → (a). A section below an article is a 号 (or
 * lower): it has no line of its own, its label and title open its text.
 *
 * <p>Digits follow the house style (all full-width, or one digit full-width and more half-width)
 * in labels, in references and in the text's own numbers. With stable numbers an article a
 * revision added is 第６条の２ and a deleted one stays as 「第７条　削除」. References read as
 * 例規 write them: 前条, 次条, 同条第２号, 第６条から第８条まで, 第６条第２項第３号.
 */
final class ArticleStyle extends AbstractStyle {

    private static final String GAP = "\u3000";

    @Override
    public String name() {
        return "article";
    }

    @Override
    void prepare(Walk walk) {
        walk.articles = ArticleSlots.of(walk.document, walk.articleLevel(), walk.layout().articles());
    }

    @Override
    String label(int level, List<Integer> path, int article, int branch, Walk walk) {
        int index = path.get(path.size() - 1);
        Layout layout = walk.layout();
        if (article > 0) {
            return articleLabel(article, branch, layout);
        }
        if (level < walk.articleLevel()) {
            return "第" + Labels.number(index, layout.digits()) + (level == 1 ? "章" : "節");
        }
        return ladder(layout, level - walk.articleLevel() - 1, index);
    }

    static String articleLabel(int article, int branch, Layout layout) {
        return "第" + Labels.number(article, layout.digits()) + "条"
                + (branch > 0 ? "の" + Labels.number(branch, layout.digits()) : "");
    }

    @Override
    int rungOf(int level, Walk walk) {
        // an article (and what stands above it) is rung 0; its 号 are rung 1, what is under them 2 …
        return level <= walk.articleLevel() ? 0 : level - walk.articleLevel();
    }

    /** The label of step {@code step} below an article (0: 号), number {@code n}. */
    static String ladder(Layout layout, int step, int n) {
        Layout.Digits d = layout.digits();
        if (layout.items() == Layout.Items.KANJI) {
            return switch (step) {
                case 0 -> Labels.kanji(n);
                case 1 -> Labels.iroha(n);
                case 2 -> "(" + Labels.halfWidthKatakana(n) + ")";
                case 3 -> Labels.latin(n);
                default -> "(" + Labels.latin(n) + ")";
            };
        }
        return switch (step) {
            case 0 -> "(" + Labels.number(n, d) + ")";
            case 1 -> Labels.katakana(n);
            case 2 -> "(" + Labels.halfWidthKatakana(n) + ")";
            case 3 -> Labels.latin(n);
            default -> "(" + Labels.latin(n) + ")";
        };
    }

    @Override
    String itemLabel(Numbered owner, int depth, int n, Numbering numbering) {
        Layout layout = numbering.layout();
        if (paragraphItems(owner, numbering)) {
            // the first list of an article is its 項; lists inside a 項 are 号
            return depth == 1 ? paragraphNumber(n, layout) : ladder(layout, owner.rung() + depth - 2, n);
        }
        return ladder(layout, owner.rung() + depth - 1, n);
    }

    @Override
    boolean paragraphItems(Numbered owner, Numbering numbering) {
        return owner.isArticle() && opensWithRules(owner.section().blocks());
    }

    @Override
    String paragraphPrefix(Numbered owner, int n, Numbering numbering) {
        return owner.isArticle() ? paragraphNumber(n, numbering.layout()) : "";
    }

    private static String paragraphNumber(int n, Layout layout) {
        // without a house style 項 are full-width, as they have always been printed
        return n <= 1 ? "" : layout.digits() == Layout.Digits.AS_WRITTEN ? Labels.fullWidth(n) : Labels.number(n, layout.digits());
    }

    @Override
    String heading(Numbered entry, String title) {
        if (entry.isArticle()) {
            return title.isEmpty() ? entry.label() : entry.label() + "（" + title + "）";
        }
        return title.isEmpty() ? entry.label() : entry.label() + GAP + title;
    }

    @Override
    String caption(Numbered entry, String title) {
        return entry.isArticle() && !title.isEmpty() ? "（" + title + "）" : null;
    }

    @Override
    String labelGap() {
        return GAP;
    }

    @Override
    String digits(String text, Layout layout) {
        return Labels.digitsInText(text, layout.digits());
    }

    @Override
    String impliedLead(Numbered entry, String title) {
        if (!entry.isArticle() || !entry.section().blocks().isEmpty() || entry.section().children().isEmpty()) {
            return null;
        }
        return (title.isEmpty() ? "" : title + "については、") + "次に定めるところによる。";
    }

    /** How many 項 an article's own text has (its 号 sub-clauses stand in the last). */
    static int paragraphCount(Numbered article) {
        List<Block> blocks = article.section().blocks();
        int count = 0;
        int from = 0;
        if (opensWithRules(blocks)) {
            count = ((Block.ItemList) blocks.get(0)).items().size();
            from = 1;
        }
        for (Block b : blocks.subList(from, blocks.size())) {
            if (b instanceof Block.Paragraph) {
                count++;
            }
        }
        return Math.max(1, count);
    }

    /** 「第２号」 (or 「第二号」 where 号 are written 一, 二). */
    private static String itemCitation(Numbered item, Layout layout) {
        return "第" + (layout.items() == Layout.Items.KANJI ? Labels.kanji(item.index())
                : Labels.number(item.index(), layout.digits())) + "号";
    }

    @Override
    String fullLabel(Numbered entry, Numbering numbering) {
        // Citations start at the article: 第５条第２項第３号ア; chapters and sections stand alone.
        Layout layout = numbering.layout();
        StringBuilder out = new StringBuilder();
        Numbered article = null;
        for (Numbered e : numbering.lineage(entry)) {
            if (e.isArticle()) {
                out.setLength(0);
                out.append(e.label());
                article = e;
            } else if (article == null) {
                out.append(e.label());
            } else if (e.rung() == 1) {
                int paragraphs = paragraphCount(article);
                if (paragraphs > 1) {
                    out.append("第").append(Labels.number(paragraphs, layout.digits())).append("項");
                }
                out.append(itemCitation(e, layout));
            } else {
                out.append(e.label());
            }
        }
        return out.toString();
    }

    @Override
    String referenceText(List<Numbered> targets, Numbered from, boolean bare, Numbered previous, Numbering numbering) {
        Numbered fromArticle = numbering.enclosingArticle(from);
        if (bare) {
            return JapaneseLists.join(targets.stream().map(t -> fullLabel(t, numbering)).toList(), "及び");
        }
        if (targets.size() == 1) {
            Numbered target = targets.get(0);
            if (target.isArticle() && fromArticle != null) {
                int at = numbering.articlePosition(target);
                int here = numbering.articlePosition(fromArticle);
                if (at == here - 1) {
                    return "前条";
                }
                if (at == here + 1) {
                    return "次条";
                }
            }
            Numbered targetArticle = numbering.enclosingArticle(target);
            Numbered previousArticle = previous == null ? null : numbering.enclosingArticle(previous);
            if (targetArticle != null && targetArticle == previousArticle && targetArticle != fromArticle) {
                // the article the sentence has just cited: 「第６条及び同条第２号」
                return "同条" + fullLabel(target, numbering).substring(targetArticle.label().length());
            }
            return cited(target, fromArticle, numbering);
        }
        String range = articleRange(targets, numbering);
        if (range != null) {
            return range;
        }
        Numbered article = numbering.enclosingArticle(targets.get(0));
        boolean itemsOfOneArticle = article != null && targets.stream().allMatch(t -> t.rung() == 1
                && numbering.enclosingArticle(t) == article);
        if (itemsOfOneArticle) {
            // 「第６条第１号から第３号まで」「第６条第１号及び第３号」: the article named once
            String head = article == fromArticle ? "" : cited(article, fromArticle, numbering);
            int paragraphs = paragraphCount(article);
            String paragraph = paragraphs > 1 ? "第" + Labels.number(paragraphs, numbering.layout().digits()) + "項" : "";
            List<String> numbers = targets.stream().map(t -> itemCitation(t, numbering.layout())).toList();
            if (consecutive(targets.stream().map(Numbered::index).toList()) && targets.size() >= 3) {
                return head + paragraph + numbers.get(0) + "から" + numbers.get(numbers.size() - 1) + "まで";
            }
            return head + paragraph + JapaneseLists.join(numbers, "及び");
        }
        List<String> labels = new ArrayList<>();
        for (Numbered t : targets) {
            labels.add(cited(t, fromArticle, numbering));
        }
        return JapaneseLists.join(labels, "及び");
    }

    /** A target as cited from an article: within that article without the article's own number. */
    private String cited(Numbered target, Numbered fromArticle, Numbering numbering) {
        String full = fullLabel(target, numbering);
        Numbered targetArticle = numbering.enclosingArticle(target);
        if (fromArticle != null && targetArticle == fromArticle && target != targetArticle) {
            return full.substring(fromArticle.label().length());
        }
        return full;
    }

    /**
     * 「第６条から第８条まで」 for three or more articles that follow one another (a deleted article
     * between them does not break the run), or null.
     */
    private static String articleRange(List<Numbered> targets, Numbering numbering) {
        if (targets.size() < 3 || !targets.stream().allMatch(Numbered::isArticle)) {
            return null;
        }
        List<Numbered> living = numbering.articles().stream().filter(a -> !numbering.isDeleted(a)).toList();
        int first = living.indexOf(targets.get(0));
        for (int i = 0; i < targets.size(); i++) {
            if (first < 0 || first + i >= living.size() || living.get(first + i) != targets.get(i)) {
                return null;
            }
        }
        return targets.get(0).label() + "から" + targets.get(targets.size() - 1).label() + "まで";
    }

    private static boolean consecutive(List<Integer> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i) != numbers.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }
}
