package jp.policygen.numbering;

import java.util.List;

import jp.policygen.model.Section;

/**
 * The facts about one numbered section: where it stands (level, 1-based position among its
 * siblings, document order) and the label its style gave it. {@code article} is the 条 number in
 * the article style, 0 elsewhere, and {@code branch} its branch number (2 for 第６条の２, 0 for
 * none); {@code rung} is the step of the label ladder the section stands on (its numbered items
 * take the next one).
 */
public record Numbered(Section section, String parentId, int level, List<Integer> path, int order,
                       String label, int rung, int article, int branch) {
    public Numbered {
        path = List.copyOf(path);
    }

    public Numbered(Section section, String parentId, int level, List<Integer> path, int order, String label, int rung,
                    int article) {
        this(section, parentId, level, path, order, label, rung, article, 0);
    }

    public int index() {
        return path.get(path.size() - 1);
    }

    public boolean isArticle() {
        return article > 0;
    }
}
