package jp.policygen.numbering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policygen.model.ArticleHistory;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;

/**
 * The articles of a document in the order they are printed, with their numbers: every article
 * the document holds and, when numbers stay put, every article a revision deleted, at the place
 * it stood. Without stable numbers articles count 1, 2, 3 …; with them, an article a revision
 * added takes the number of the article before it with a branch (第６条の２, の３ …) and a
 * deleted one keeps its number.
 */
final class ArticleSlots {

    /** One article as printed: its clause id, the clause it stands under (null: the document), its number. */
    record Slot(String id, String parentId, boolean deleted, int article, int branch) {
    }

    private final List<Slot> slots;
    private final Map<String, Slot> byId = new HashMap<>();

    private ArticleSlots(List<Slot> slots) {
        this.slots = List.copyOf(slots);
        slots.forEach(s -> byId.put(s.id(), s));
    }

    List<Slot> slots() {
        return slots;
    }

    Slot get(String id) {
        return byId.get(id);
    }

    /** The position of an article in the printed sequence (deleted ones count), or -1. */
    int position(String id) {
        Slot s = byId.get(id);
        return s == null ? -1 : slots.indexOf(s);
    }

    static ArticleSlots of(PolicyDocument document, int articleLevel, ArticleHistory history) {
        // the articles under each parent, in document order
        Map<String, List<String>> under = new LinkedHashMap<>();
        List<String> parentsInOrder = new ArrayList<>();
        Map<String, String> parentOf = new HashMap<>();
        collect(document.sections(), null, 1, articleLevel, under, parentsInOrder, parentOf);
        Set<String> deletedIds = new HashSet<>();
        if (history != null) {
            for (ArticleHistory.Deleted d : history.deleted()) {
                String key = d.parentId() == null ? "" : d.parentId();
                List<String> list = under.get(key);
                if (list == null) {
                    throw new IllegalArgumentException("article '" + d.clauseId() + "' was deleted under '" + d.parentId()
                            + "', which " + document.info().title() + " does not hold");
                }
                int at = 0;
                for (String before : d.after()) {
                    int i = list.indexOf(before);
                    if (i >= 0) {
                        at = i + 1;
                        break;
                    }
                }
                // articles added after the one before it stand between the two (第６条の２ before 第７条)
                while (at < list.size() && history.wasAdded(list.get(at)) && !deletedIds.contains(list.get(at))) {
                    at++;
                }
                list.add(at, d.clauseId());
                deletedIds.add(d.clauseId());
                parentOf.put(d.clauseId(), d.parentId());
            }
        }
        List<Slot> slots = new ArrayList<>();
        int main = 0;
        int branch = 0;
        for (String parent : parentsInOrder) {
            for (String id : under.get(parent)) {
                boolean added = history != null && history.wasAdded(id);
                if (added && main > 0) {
                    branch = branch == 0 ? 2 : branch + 1;
                } else {
                    main++;
                    branch = 0;
                }
                slots.add(new Slot(id, parentOf.get(id), deletedIds.contains(id), main, branch));
            }
        }
        return new ArticleSlots(slots);
    }

    private static void collect(List<Section> sections, String parentId, int level, int articleLevel,
                                Map<String, List<String>> under, List<String> parentsInOrder, Map<String, String> parentOf) {
        String key = parentId == null ? "" : parentId;
        if (level == articleLevel) {
            List<String> list = under.computeIfAbsent(key, k -> {
                parentsInOrder.add(k);
                return new ArrayList<>();
            });
            for (Section s : sections) {
                if (unnumbered(s)) {
                    continue; // a preface takes no article number
                }
                list.add(s.id());
                parentOf.put(s.id(), parentId);
            }
            return;
        }
        if (level < articleLevel) {
            for (Section s : sections) {
                if (unnumbered(s)) {
                    continue;
                }
                if (level + 1 == articleLevel) {
                    // a chapter with no articles left can still hold deleted ones
                    under.computeIfAbsent(s.id(), k -> {
                        parentsInOrder.add(k);
                        return new ArrayList<>();
                    });
                }
                collect(s.children(), s.id(), level + 1, articleLevel, under, parentsInOrder, parentOf);
            }
        }
    }

    /** A section printed without a number (a preface: found ""). */
    private static boolean unnumbered(Section s) {
        return s.found() != null && s.found().isEmpty();
    }
}
