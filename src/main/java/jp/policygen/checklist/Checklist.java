package jp.policygen.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.policygen.model.DocumentInfo;
import jp.policygen.render.Editions;

/**
 * A checklist made from a body's standards: its kind, whose it is ({@code role}: the holder of a
 * 自己点検; null for the 監査), the standards it was made from (title, edition line, the date
 * their text took effect) and its rules in the standards' order.
 */
public record Checklist(Kind kind, String bodyId, String bodyName, String documentTitle, String edition,
                        String textDate, Roles.Role role, List<Rule> rules, Roles roles) {

    /** The columns every checklist shows of a rule, before those a person fills in. */
    public static final List<String> RULE_COLUMNS = List.of("番号", "見出し", "規定", "対象");
    /** The column that names a rule across revisions. */
    public static final String KEY_COLUMN = "条項ID";

    public Checklist {
        Objects.requireNonNull(kind, "kind");
        rules = List.copyOf(rules);
        if ((kind == Kind.SELF) != (role != null)) {
            throw new IllegalArgumentException("a self-check names its role holder; an audit does not");
        }
    }

    /** Every rule of the standards: the 監査 checklist. */
    public static Checklist audit(DocumentInfo standards, List<Rule> rules, Roles roles) {
        return new Checklist(Kind.AUDIT, standards.bodyId(), standards.bodyName(), standards.title(),
                Editions.line(standards), standards.currentDate(), null, rules, roles);
    }

    /** The rules that bind one role: that role holder's 自己点検 checklist. */
    public static Checklist selfCheck(DocumentInfo standards, List<Rule> rules, Roles roles, String roleKey) {
        List<Rule> own = rules.stream().filter(r -> r.roles().contains(roleKey)).toList();
        return new Checklist(Kind.SELF, standards.bodyId(), standards.bodyName(), standards.title(),
                Editions.line(standards), standards.currentDate(), roles.get(roleKey), own, roles);
    }

    /** The file name without extension: 「audit」, 「self-securityManager」. */
    public String stem() {
        return kind == Kind.AUDIT ? "audit" : "self-" + role.key();
    }

    /** 「小諸市情報セキュリティ対策基準　自己点検表（情報セキュリティ管理者）」. */
    public String title() {
        return documentTitle + "\u3000" + kind.japanese() + "表" + (role != null ? "（" + role.title() + "）" : "");
    }

    /** The rules by chapter, chapters in the standards' order. */
    public Map<String, List<Rule>> byChapter() {
        Map<String, List<Rule>> out = new LinkedHashMap<>();
        for (Rule r : rules) {
            out.computeIfAbsent(r.chapter(), c -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** Every column of the checklist, in order: the rule's, those to fill in, the key. */
    public List<String> columns() {
        List<String> out = new ArrayList<>(RULE_COLUMNS);
        out.addAll(kind.filledColumns());
        out.add(KEY_COLUMN);
        return out;
    }
}
