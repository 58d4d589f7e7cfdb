package jp.policygen.numbering;

import java.util.List;
import java.util.Map;

import jp.policygen.text.JapaneseLists;

/**
 * The form of 訓令 and 告示: sections above the article level are 第N章 / 第N節, sections at it are
 * articles 第N条 numbered through the whole document, paragraphs (項) after the first are numbered
 * ２, ３ …, and below an article come 号 (1), then ア, (ア).
 */
final class ArticleStyle extends AbstractStyle {

    /** The rung ladder below an article: 号, then ア, (ア), a, (a). */
    private static final int FIRST_RUNG_BELOW_ARTICLE = 2;

    @Override
    public String name() {
        return "article";
    }

    @Override
    boolean isArticle(int level, Walk walk) {
        return level == walk.articleLevel();
    }

    @Override
    String label(int level, List<Integer> path, int article, Walk walk) {
        int index = path.get(path.size() - 1);
        if (article > 0) {
            return "第" + article + "条";
        }
        if (level < walk.articleLevel()) {
            return level == 1 ? "第" + index + "章" : "第" + index + "節";
        }
        return rungLabel(rungOf(level, walk), index);
    }

    @Override
    int rungOf(int level, Walk walk) {
        // The article itself counts as rung 1, so its 号 are on rung 2, i.e. (1).
        return level <= walk.articleLevel() ? 1 : FIRST_RUNG_BELOW_ARTICLE + level - walk.articleLevel() - 1;
    }

    @Override
    String itemLabel(Numbered owner, int depth, int n) {
        return rungLabel(owner.rung() + depth, n);
    }

    /** Below articles the ladder skips the circled numbers: (1) → ア → (ア) → a → (a). */
    private static String rungLabel(int rung, int n) {
        return Labels.rung(rung <= 2 ? 2 : rung + 1, n);
    }

    @Override
    String heading(Numbered entry, String title) {
        if (entry.article() > 0) {
            return entry.label() + "（" + title + "）";
        }
        return entry.label() + " " + title;
    }

    @Override
    String paragraphPrefix(Numbered owner, int n) {
        return owner.article() > 0 && n > 1 ? Labels.fullWidth(n) : "";
    }

    @Override
    String fullLabel(Numbered entry, Map<String, Numbered> entries) {
        // Citations start at the article: 第5条第2号; chapters and sections stand alone.
        StringBuilder out = new StringBuilder();
        boolean underArticle = false;
        for (Numbered e : lineage(entry, entries)) {
            if (e.article() > 0) {
                out.setLength(0);
                out.append(e.label());
                underArticle = true;
            } else if (!underArticle) {
                out.append(e.label());
            } else if (e.rung() == FIRST_RUNG_BELOW_ARTICLE) {
                out.append("第").append(e.index()).append("号");
            } else {
                out.append(e.label());
            }
        }
        return out.toString();
    }

    @Override
    String referenceText(List<Numbered> targets, Numbered from, boolean bare, Map<String, Numbered> entries) {
        if (!bare && targets.size() == 1) {
            Numbered target = targets.get(0);
            Numbered fromArticle = enclosingArticle(from, entries);
            if (target.article() > 0 && fromArticle != null) {
                if (target.article() == fromArticle.article() - 1) {
                    return "前条";
                }
                if (target.article() == fromArticle.article() + 1) {
                    return "次条";
                }
            }
        }
        // Within one article, its 号 are cited without the article: 「第5号」, not 「第22条第5号」.
        Numbered fromArticle = enclosingArticle(from, entries);
        List<String> labels = targets.stream().map(t -> {
            String full = fullLabel(t, entries);
            Numbered targetArticle = enclosingArticle(t, entries);
            boolean sameArticle = !bare && fromArticle != null && targetArticle == fromArticle && t != targetArticle;
            return sameArticle ? full.substring(fromArticle.label().length()) : full;
        }).toList();
        return JapaneseLists.join(labels, "及び");
    }

    private static Numbered enclosingArticle(Numbered entry, Map<String, Numbered> entries) {
        for (Numbered e : lineage(entry, entries)) {
            if (e.article() > 0) {
                return e;
            }
        }
        return null;
    }
}
