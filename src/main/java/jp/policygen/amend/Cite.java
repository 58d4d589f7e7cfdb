package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;

/**
 * Names provisions in the notation of the text's form: 「第５条第２項第３号ア」 in the form of 例規,
 * 「4(2)①」 in a plain text, 「1.5(1)」 in a dotted one; a paragraph without a number is
 * 「の第２段落」, a table 「の表」. The numbers a citation adds (項, 号) are written with the digits
 * the text uses for its articles.
 */
final class Cite {

    private final Structure.Form form;
    private final Structure.Digits digits;

    Cite(Structure.Form form, Structure.Digits digits) {
        this.form = form;
        this.digits = digits;
    }

    Structure.Form form() {
        return form;
    }

    /** The citation of a node as the text now stands; null when it cannot be named (a bullet, a label printed twice). */
    Citation of(Node n) {
        List<Node> path = new ArrayList<>();
        for (Node x = n; x != null && !x.isRoot(); x = x.parent) {
            path.add(0, x);
        }
        // articles are numbered through the text: 「第24条」, not 「第５章第24条」
        if (path.stream().anyMatch(x -> x.kind == Provision.Kind.ARTICLE)) {
            path.removeIf(x -> x.kind == Provision.Kind.CHAPTER);
        }
        List<Citation.Part> parts = new ArrayList<>();
        for (Node x : path) {
            String t = part(x);
            if (t == null) {
                return null;
            }
            parts.add(new Citation.Part(x, t));
        }
        if (form != Structure.Form.ARTICLE) {
            // a dotted number carries its section's: 「1.5」, not 「11.5」
            for (int i = 1; i < parts.size(); i++) {
                if (Labels.isDotted(parts.get(i).text())) {
                    for (int k = 0; k < i; k++) {
                        Citation.Part p = parts.get(k);
                        if (p.node().kind == Provision.Kind.SECTION) {
                            parts.set(k, new Citation.Part(p.node(), ""));
                        }
                    }
                }
            }
        }
        return new Citation(parts);
    }

    /** Whether a node can be named. */
    boolean citable(Node n) {
        return of(n) != null;
    }

    /** The words that name a node below its parent, or null when it cannot be named. */
    String part(Node x) {
        switch (x.kind) {
            case CHAPTER, ARTICLE -> {
                return x.label.isEmpty() || duplicated(x) ? null : x.label;
            }
            case SECTION -> {
                if (x.label.isEmpty()) {
                    // an unnumbered section (a preface): named by its title
                    return x.caption == null || x.caption.isEmpty() || x.parent == null || !x.parent.isRoot() ? null
                            : "「" + x.caption + "」";
                }
                return duplicated(x) ? null : x.label;
            }
            case PARAGRAPH -> {
                if (x.parent.kind == Provision.Kind.ARTICLE) {
                    // the sole 項 of an article is the article: 「第５条中」, not 「第５条第１項中」
                    // a 項 is named by the number it prints (the first prints none), not by its place: after
                    // 「第４項を削り」 the next is still 第５項 until it is renumbered
                    int number = x.label.isEmpty() ? 1 : Labels.number(x.label);
                    return x.sameKind().size() == 1 ? "" : "第" + digits.of(number) + "項";
                }
                return "の第" + digits.of(x.position()) + "段落";
            }
            case ITEM -> {
                if (Labels.isBullet(x.label) || x.label.isEmpty() || duplicated(x)) {
                    return null;
                }
                if (form == Structure.Form.ARTICLE && x.parent.kind == Provision.Kind.PARAGRAPH
                        && x.parent.parent != null && x.parent.parent.kind == Provision.Kind.ARTICLE) {
                    List<Integer> n = Labels.numbers(x.label);
                    if (n.isEmpty()) {
                        return null;
                    }
                    return "第" + number(n) + "号";
                }
                return x.label;
            }
            case TABLE -> {
                int count = x.sameKind().size();
                return count == 1 ? "の表" : "の第" + digits.of(x.position()) + "表";
            }
            case NOTE -> {
                int count = x.sameKind().size();
                return count == 1 ? "の注" : "の第" + digits.of(x.position()) + "注";
            }
            default -> {
                return null;
            }
        }
    }

    /** The words of a new number for a node: 「第７条」「第４項」「第５号」「(3)」, as {@link #part} would give. */
    String renamed(Node x, String newLabel, int newPosition) {
        return switch (x.kind) {
            case PARAGRAPH -> x.parent.kind == Provision.Kind.ARTICLE ? "第" + digits.of(newPosition) + "項"
                    : "の第" + digits.of(newPosition) + "段落";
            case ITEM -> {
                if (form == Structure.Form.ARTICLE && x.parent.kind == Provision.Kind.PARAGRAPH
                        && x.parent.parent != null && x.parent.parent.kind == Provision.Kind.ARTICLE) {
                    yield "第" + number(Labels.numbers(newLabel)) + "号";
                }
                yield newLabel;
            }
            default -> newLabel;
        };
    }

    private String number(List<Integer> n) {
        StringBuilder out = new StringBuilder(digits.of(n.get(0)));
        for (int i = 1; i < n.size(); i++) {
            out.append('の').append(digits.of(n.get(i)));
        }
        return out.toString();
    }

    /** A label printed twice among the siblings of a kind cannot tell them apart. */
    private static boolean duplicated(Node x) {
        if (x.parent == null) {
            return false;
        }
        for (Node s : x.parent.children) {
            if (s != x && s.kind == x.kind && s.label.equals(x.label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The counter of a kind of provision for 「次の一条を加える」「一項ずつ繰り下げ」, or null where
     * the form has none (a plain text: 「次のように加える」).
     */
    String counter(Node sample) {
        if (form != Structure.Form.ARTICLE) {
            return null;
        }
        return switch (sample.kind) {
            case ARTICLE -> "条";
            case CHAPTER -> sample.label.contains("節") ? "節" : "章";
            case PARAGRAPH -> sample.parent != null && sample.parent.kind == Provision.Kind.ARTICLE ? "項" : null;
            case ITEM -> sample.parent != null && sample.parent.kind == Provision.Kind.PARAGRAPH
                    && sample.parent.parent != null && sample.parent.parent.kind == Provision.Kind.ARTICLE ? "号" : null;
            default -> null;
        };
    }
}
