package jp.policygen.numbering;

import java.util.List;

import jp.policygen.model.Section;

/**
 * The facts about one numbered section: where it stands (level, 1-based position among its
 * siblings, document order) and the label its style gave it. {@code article} is the 条 number in
 * the article style, 0 elsewhere; {@code rung} is the step of the label ladder the section
 * stands on (its numbered items take the next one).
 */
public record Numbered(Section section, String parentId, int level, List<Integer> path, int order,
                       String label, int rung, int article) {
    public Numbered {
        path = List.copyOf(path);
    }

    public int index() {
        return path.get(path.size() - 1);
    }
}
