package jp.policygen.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jp.policygen.printed.Line;
import jp.policygen.printed.Printed;
import jp.policygen.printed.PrintedClause;
import jp.policygen.printed.PrintedDocument;

/**
 * The obligations of a body's standards, read from their printed text: every numbered item at the
 * top of a clause's lists (with its sub-items) and every paragraph of a clause's own text is a
 * rule — except a paragraph that only leads into the list after it (「次の事項を…」), whose
 * subject the items inherit. Tables and notes explain rules and are not rules themselves. A
 * rule binds the roles that are its subject (「情報システム管理者は、」「情報セキュリティ責任者
 * 及び情報セキュリティ管理者は、」), else the subject of the paragraph that leads into it, else the
 * role its clause is about (a clause titled with a role's name), else the body as a whole. What
 * the body's parameters leave out of its standards (zones, cloud, telework …) is not printed, so
 * it is in no checklist.
 */
public final class Rules {

    /** Words that join the names of a subject: 「A及びB」「A、B又はC」「A並びにB」. */
    private static final Pattern JOINER = Pattern.compile("[、，]|及び|又は|並びに|若しくは|と");
    /** A role's abbreviation between its name and は. */
    private static final Pattern ABBREVIATED = Pattern.compile("（[^）]{1,20}）は");
    /** A paragraph ending like this introduces the list that follows it. */
    private static final Pattern LEAD_IN = Pattern.compile("(次|以下)(の|に)");

    private final Roles roles;
    private final PrintedDocument standards;

    private Rules(Roles roles, PrintedDocument standards) {
        this.roles = roles;
        this.standards = standards;
    }

    public static List<Rule> of(PrintedDocument standards, Roles roles) {
        Rules r = new Rules(roles, standards);
        List<Rule> out = new ArrayList<>();
        for (PrintedClause top : standards.clauses()) {
            String chapter = top.heading().text();
            for (PrintedClause c : top.all()) {
                r.clause(c, chapter, out);
            }
        }
        return out;
    }

    private void clause(PrintedClause clause, String chapter, List<Rule> out) {
        String caption = title(clause.heading());
        List<String> clauseRoles = subject(clause.heading(), true);
        List<String> inherited = clauseRoles;
        int paragraphs = 0;
        int items = 0;
        List<Printed> blocks = clause.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Printed b = blocks.get(i);
            if (b instanceof Printed.Paragraph p) {
                paragraphs++;
                List<String> subject = subject(p.text(), false);
                boolean leadsIn = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Printed.ItemList
                        && LEAD_IN.matcher(p.text().text()).find();
                if (leadsIn) {
                    // the items say what it introduces; they are bound as it says
                    inherited = subject.isEmpty() ? clauseRoles : subject;
                    continue;
                }
                String number = number(clause, p);
                StringBuilder text = new StringBuilder(p.prefix().isEmpty() ? "" : p.prefix() + "\u3000").append(p.text().text());
                // 「次の表のとおりとする。」: the table is part of the rule
                if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Printed.Table t) {
                    table(t, text);
                }
                out.add(new Rule(clause.id() + "#p" + paragraphs, clause.id(), number, chapter, caption, text.toString(),
                        bound(subject, clauseRoles)));
            } else if (b instanceof Printed.ItemList list) {
                for (Printed.Item item : list.items()) {
                    items++;
                    StringBuilder text = new StringBuilder();
                    List<String> subject = new ArrayList<>();
                    item(item, text, subject, true);
                    out.add(new Rule(clause.id() + "#" + items, clause.id(), itemNumber(clause, item), chapter,
                            caption, text.toString(), bound(subject, inherited)));
                }
            }
        }
    }

    /**
     * How a rule is cited: the clause and its 項 (「2.1第２項」). In the form of 例規 an article's
     * number opens its first paragraph: that is 「第１条」 (「第１条第１項」 when a second 項
     * follows), and a 号 whose label opens its text is cited by the 号 alone.
     */
    private String number(PrintedClause clause, Printed.Paragraph p) {
        if (p.prefix().isEmpty() || clause.form() == PrintedClause.Form.ITEM) {
            return clause.fullLabel();
        }
        if (clause.form() == PrintedClause.Form.ARTICLE && p.prefix().equals(clause.label())) {
            long numbered = clause.blocks().stream()
                    .filter(b -> b instanceof Printed.Paragraph q && !q.prefix().isEmpty()).count();
            return numbered > 1 ? clause.fullLabel() + "第" + standards.digits("1") + "項" : clause.fullLabel();
        }
        return clause.fullLabel() + "第" + p.prefix() + "項";
    }

    /** How an item is cited: 「2.1(1)①」; in the form of 例規 as a 号, 「第10条第１号」. */
    private String itemNumber(PrintedClause clause, Printed.Item item) {
        if (standards.articleForm()) {
            String bare = item.label().replaceAll("[()（）]", "");
            if (!bare.isEmpty()) {
                return clause.fullLabel() + "第" + bare + "号";
            }
        }
        return clause.fullLabel() + item.label();
    }

    /** An item's text: its label and first line, its further paragraphs and sub-items on lines of their own. */
    private void item(Printed.Item item, StringBuilder text, List<String> subject, boolean top) {
        if (!top) {
            text.append('\n');
        }
        text.append(item.label()).append('\u3000');
        boolean first = true;
        if (item.titled()) {
            text.append(item.title().text());
            if (top) {
                subject.addAll(subject(item.title(), false));
            }
            first = false;
        }
        for (Printed b : item.blocks()) {
            if (b instanceof Printed.Paragraph p) {
                if (!first) {
                    text.append('\n');
                }
                text.append(p.text().text());
                if (top && subject.isEmpty()) {
                    subject.addAll(subject(p.text(), false));
                }
                first = false;
            } else if (b instanceof Printed.ItemList l) {
                for (Printed.Item sub : l.items()) {
                    item(sub, text, subject, false);
                }
                first = false;
            } else if (b instanceof Printed.Table t) {
                table(t, text);
            }
        }
    }

    /** A table's rows as lines of the rule's text, cells apart by a full-width space. */
    private static void table(Printed.Table t, StringBuilder text) {
        for (List<Line> row : t.rows()) {
            text.append('\n').append(String.join("\u3000", row.stream().map(Line::text).toList()));
        }
    }

    private static List<String> bound(List<String> own, List<String> inherited) {
        if (!own.isEmpty()) {
            return own;
        }
        return inherited.isEmpty() ? List.of(Roles.BODY) : inherited;
    }

    /**
     * The roles that are the subject of a line: names of roles followed by 「は」, joined by
     * 「及び」「、」…; in a heading ({@code heading}), any role it names alone.
     */
    private List<String> subject(Line line, boolean heading) {
        String text = line.text();
        List<Line.Piece> named = new ArrayList<>();
        for (Line.Piece p : line.pieces()) {
            if (roleOf(p) != null) {
                named.add(p);
            }
        }
        for (int i = 0; i < named.size(); i++) {
            Line.Piece p = named.get(i);
            if (heading) {
                return List.of(roleOf(p));
            }
            // the name is followed by は, perhaps after its abbreviation in parentheses: 「…責任者（CISO）は」
            String after = text.substring(p.end());
            if (!after.startsWith("は") && !ABBREVIATED.matcher(after).lookingAt()) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            keys.add(roleOf(p));
            for (int j = i - 1; j >= 0; j--) {
                String between = text.substring(named.get(j).end(), named.get(j + 1).start());
                if (!JOINER.matcher(between).matches()) {
                    break;
                }
                String key = roleOf(named.get(j));
                if (!keys.contains(key)) {
                    keys.add(0, key);
                }
            }
            return keys;
        }
        return List.of();
    }

    private String roleOf(Line.Piece p) {
        return p.kind() == Line.Kind.VALUE && p.origin() != null ? roles.keyOf(p.origin().parameter()) : null;
    }

    /** A heading's title: its text without the label pieces. */
    private static String title(Line heading) {
        StringBuilder out = new StringBuilder();
        for (Line.Piece p : heading.pieces()) {
            if (p.kind() != Line.Kind.LABEL) {
                out.append(heading.text(p));
            }
        }
        return out.length() == 0 ? heading.text() : out.toString().strip();
    }
}
