package jp.policygen.amend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jp.policygen.amend.Amendment.Sentence;

/**
 * Words phrases into the sentences of the 本則, as drafters join them:
 * <ul>
 * <li>phrases about one article (or one top-level section) form one sentence, each but the last
 *     in its continuing form: 「第５条第１項中「A」を「B」に改め、同条第３項を削る。」;</li>
 * <li>a renumbering goes on in one sentence from provision to provision of the same list:
 *     「第10条を第11条とし、第６条から第９条までを一条ずつ繰り下げ、第５条の次に次の一条を加える。」;
 *     numbers without a counter by their new numbers, four or more at once:
 *     「1.6から1.10までを1.7から1.11までとし、1.5の次に次のように加える。」;</li>
 * <li>a phrase that quotes provisions (「次のように改める」「次の一条を加える」) ends its sentence;</li>
 * <li>a provision named just before is 「同条」「同項」「同号」; edits of the same words chain
 *     without naming it again (「「A」を「B」に、「C」を「D」に改め」); a run of renumberings in
 *     one article names it once (「第41条中第３項を第５項とし、第２項を第４項とし」);</li>
 * <li>numbers in one sentence refer to the text before it: a sentence ends before a phrase that
 *     would name a provision a phrase of the same sentence has renumbered or moved.</li>
 * </ul>
 */
final class Composer {

    private final AmendOptions options;
    private final Structure.Form form;

    Composer(AmendOptions options, Structure.Form form) {
        this.options = options;
        this.form = form;
    }

    /** A rendered phrase: its continuing and final wording, and what it quotes. */
    private record Worded(String continuing, String last, List<Amendment.BlockLine> block) {
    }

    List<Sentence> compose(List<Phrase> given) {
        List<Phrase> phrases = merged(given);
        List<Sentence> out = new ArrayList<>();
        List<Worded> current = new ArrayList<>();
        Phrase prev = null;
        Set<Node> touched = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int k = 0; k < phrases.size(); k++) {
            Phrase p = phrases.get(k);
            boolean join = prev != null && !current.isEmpty() && joins(prev, p) && !refersToTouched(p, prev, touched);
            if (!join && !current.isEmpty()) {
                out.add(sentence(current));
                current.clear();
                touched.clear();
                prev = null;
            }
            Phrase next = k + 1 < phrases.size() ? phrases.get(k + 1) : null;
            Worded w = word(p, prev, next);
            current.add(w);
            touch(p, touched);
            prev = p;
            if (!w.block().isEmpty() || endsSentence(p)) {
                out.add(sentence(current));
                current.clear();
                touched.clear();
                prev = null;
            }
        }
        if (!current.isEmpty()) {
            out.add(sentence(current));
        }
        return out;
    }

    /**
     * Edits of the same words one after the other are one phrase: 「「A」を「B」に、「C」を「D」に改め」;
     * neighbours deleted one after the other are one range: 「第13号及び第14号を削り」「第５条から第７条までを削り」.
     */
    /** Whether {@code b} is the neighbour after {@code a}: one list, one kind, the next simple number. */
    private static boolean next(Citation a, Citation b) {
        if (a.isEmpty() || b.isEmpty() || a.last().isEmpty() || b.last().isEmpty() || a.last().startsWith("の")
                || b.last().startsWith("の") || a.parts().size() != b.parts().size()) {
            return false;
        }
        Node x = a.node();
        Node y = b.node();
        if (x.kind != y.kind || x.parent != y.parent && x.kind != Provision.Kind.ARTICLE
                || x.kind != Provision.Kind.ARTICLE && x.kind != Provision.Kind.PARAGRAPH && x.kind != Provision.Kind.ITEM
                && x.kind != Provision.Kind.SECTION) {
            return false;
        }
        for (int i = 0; i < a.parts().size() - 1; i++) {
            if (a.parts().get(i).node() != b.parts().get(i).node()) {
                return false;
            }
        }
        List<Integer> p = Labels.numbers(a.last());
        List<Integer> q = Labels.numbers(b.last());
        if (x.kind == Provision.Kind.PARAGRAPH || x.kind == Provision.Kind.ITEM) {
            p = Labels.numbers(a.last().replaceAll("^第|[項号]$", ""));
            q = Labels.numbers(b.last().replaceAll("^第|[項号]$", ""));
        }
        return p.size() == 1 && q.size() == 1 && q.get(0) == p.get(0) + 1;
    }

    private static List<Phrase> merged(List<Phrase> phrases) {
        List<Phrase> out = new ArrayList<>();
        for (Phrase p : phrases) {
            Phrase last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (p instanceof Phrase.Remove r && (last instanceof Phrase.Remove || last instanceof Phrase.RemoveRange)) {
                Citation first = last instanceof Phrase.Remove lr ? lr.target() : ((Phrase.RemoveRange) last).target();
                Citation end = last instanceof Phrase.Remove lr ? lr.target() : ((Phrase.RemoveRange) last).last();
                int count = last instanceof Phrase.Remove ? 1 : ((Phrase.RemoveRange) last).count();
                if (next(end, r.target())) {
                    out.set(out.size() - 1, new Phrase.RemoveRange(first, r.target(), count + 1));
                    continue;
                }
            }
            if (p instanceof Phrase.Words w && last instanceof Phrase.Words lw && lw.where() == w.where()
                    && sameTarget(lw.target(), w.target())) {
                List<Edit> edits = new ArrayList<>(lw.edits());
                edits.addAll(w.edits());
                out.set(out.size() - 1, new Phrase.Words(lw.target(), lw.where(), edits));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static Sentence sentence(List<Worded> parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            text.append(last ? parts.get(i).last() : parts.get(i).continuing());
            text.append(last ? "。" : "、");
        }
        return new Sentence(text.toString(), parts.get(parts.size() - 1).block());
    }

    private static boolean endsSentence(Phrase p) {
        return p instanceof Phrase.Rewrite || p instanceof Phrase.Add;
    }

    // ---------------------------------------------------------------- joining

    private boolean joins(Phrase prev, Phrase p) {
        if (endsSentence(prev)) {
            return false;
        }
        Node a = unit(prev.target());
        Node b = unit(p.target());
        if (a != null && a == b && !(prev instanceof Phrase.Words w && w.where() == Phrase.Where.TITLE)) {
            return true;
        }
        // a renumbering goes on through its list
        return structural(prev) && structural(p) && parentOf(prev) == parentOf(p) && parentOf(p) != null;
    }

    /** The provision a phrase is about at the level sentences are made of: the article, or the top-level section. */
    private Node unit(Citation c) {
        if (c == null || c.isEmpty()) {
            return null;
        }
        for (Citation.Part part : c.parts()) {
            if (part.node().kind == Provision.Kind.ARTICLE) {
                return part.node();
            }
        }
        return c.parts().get(0).node();
    }

    private static boolean structural(Phrase p) {
        return p instanceof Phrase.Remove || p instanceof Phrase.RemoveRange || p instanceof Phrase.Renumber || p instanceof Phrase.Shift
                || p instanceof Phrase.RenumberRange
                || p instanceof Phrase.Add a && a.position() != Phrase.Position.INTO;
    }

    /** The list a phrase works in: its provision's parent; for articles, the whole text (they are numbered through it). */
    private static Node parentOf(Phrase p) {
        Citation c = p.target();
        if (c == null || c.isEmpty()) {
            return null;
        }
        Node n = c.node();
        if (n.kind == Provision.Kind.ARTICLE) {
            Node top = n;
            while (top.parent != null) {
                top = top.parent;
            }
            return top;
        }
        return n.parent;
    }

    /** Numbers a sentence has changed stay out of the rest of it (only 同条 may name the provision just renumbered). */
    private static boolean refersToTouched(Phrase p, Phrase prev, Set<Node> touched) {
        List<Citation> cs = new ArrayList<>();
        cs.add(p.target());
        if (p instanceof Phrase.Shift s) {
            cs.add(s.last());
        }
        if (p instanceof Phrase.RemoveRange rr) {
            cs.add(rr.last());
        }
        if (p instanceof Phrase.RenumberRange rr) {
            cs.add(rr.last());
        }
        for (Citation c : cs) {
            if (c == null) {
                continue;
            }
            for (Citation.Part part : c.parts()) {
                if (touched.contains(part.node()) && !(prev.target() != null && !prev.target().isEmpty()
                        && prev.target().node() == part.node() && c == p.target())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void touch(Phrase p, Set<Node> touched) {
        if (p instanceof Phrase.Renumber r) {
            touched.add(r.target().node());
        } else if (p instanceof Phrase.Shift s) {
            range(s.target(), s.last(), touched);
        } else if (p instanceof Phrase.RenumberRange rr) {
            range(rr.target(), rr.last(), touched);
        } else if (p instanceof Phrase.RemoveRange rr) {
            touched.add(rr.target().node());
            touched.add(rr.last().node());
        } else if (p instanceof Phrase.Remove rm && !rm.target().isEmpty()) {
            Node n = rm.target().node();
            // the provisions counted after it (段落, unnumbered 項) are counted otherwise now
            if (n.parent != null) {
                for (Node s : n.parent.children) {
                    if (s.kind == n.kind && (s.label.isEmpty() || n.label.isEmpty())) {
                        touched.add(s);
                    }
                }
            }
        }
    }

    /** Every provision of a range from {@code first} to {@code last}. */
    private static void range(Citation first, Citation last, Set<Node> touched) {
        Node a = first.node();
        boolean in = false;
        for (Node n : a.parent.children) {
            if (n == a) {
                in = true;
            }
            if (in && n.kind == a.kind) {
                touched.add(n);
            }
            if (n == last.node()) {
                break;
            }
        }
        touched.add(last.node());
    }

    // ---------------------------------------------------------------- wording

    private Worded word(Phrase p, Phrase prev, Phrase next) {
        if (p instanceof Phrase.Words w) {
            return words(w, prev);
        }
        if (p instanceof Phrase.Caption c) {
            String at = address(c.target(), prev, p, next);
            if (c.quoted() == null) {
                return new Worded(at + "の見出しを削り", at + "の見出しを削る", List.of());
            }
            if (!c.had()) {
                return new Worded(at + "に見出しとして「" + c.quoted() + "」を付し", at + "に見出しとして「" + c.quoted() + "」を付する", List.of());
            }
            return new Worded(at + "の見出しを「" + c.quoted() + "」に改め", at + "の見出しを「" + c.quoted() + "」に改める", List.of());
        }
        if (p instanceof Phrase.Rewrite r) {
            String text = switch (r.where()) {
                case TITLE -> "題名を次のように改める";
                case CHAPTER_NAME -> address(r.target(), prev, p, next) + "の章名を次のように改める";
                default -> address(r.target(), prev, p, next) + "を次のように改める";
            };
            List<Amendment.BlockLine> block = switch (r.where()) {
                case TITLE -> List.of(new Amendment.BlockLine(0, r.replacement().text(), Amendment.BlockLine.Kind.HEADING));
                case CHAPTER_NAME -> List.of(new Amendment.BlockLine(0, r.replacement().label() + BlockText.GAP
                        + r.replacement().caption(), Amendment.BlockLine.Kind.HEADING));
                default -> BlockText.lines(List.of(r.replacement()));
            };
            return new Worded(text, text, block);
        }
        if (p instanceof Phrase.Remove r) {
            String at = address(r.target(), prev, p, next);
            return new Worded(at + "を削り", at + "を削る", List.of());
        }
        if (p instanceof Phrase.RemoveRange r) {
            String first = address(r.target(), prev, p, next);
            String range = r.count() == 2 ? first + "及び" + r.last().last() : first + "から" + r.last().last() + "まで";
            return new Worded(range + "を削り", range + "を削る", List.of());
        }
        if (p instanceof Phrase.Renumber r) {
            String at = address(r.target(), prev, p, next);
            String to = r.to();
            if (r.target().last().isEmpty()) {
                // the sole 項 of an article is cited as the article: 「第５条を同条第２項とし」
                to = "同条" + to;
            }
            return new Worded(at + "を" + to + "とし", at + "を" + to + "とする", List.of());
        }
        if (p instanceof Phrase.RenumberRange r) {
            String range = address(r.target(), prev, p, next) + "から" + r.last().last() + "までを" + r.firstTo() + "から"
                    + r.lastTo() + "まで";
            return new Worded(range + "とし", range + "とする", List.of());
        }
        if (p instanceof Phrase.Shift s) {
            String first = address(s.target(), prev, p, next);
            String last = s.last().last();
            String range = s.count() == 2 ? first + "及び" + last : first + "から" + last + "まで";
            String step = count(s.by()) + s.counter() + "ずつ" + (s.down() ? "繰り下げ" : "繰り上げ");
            return new Worded(range + "を" + step, range + "を" + step + "る", List.of());
        }
        if (p instanceof Phrase.Add a) {
            String at = a.target().isEmpty() ? "本則" : address(a.target(), prev, p, next);
            boolean firstParagraph = a.position() == Phrase.Position.BEFORE && !a.target().isEmpty()
                    && a.target().last().isEmpty() && "項".equals(a.counter());
            if (firstParagraph) {
                // before the first 項 of an article: 「同条に第一項として次の一項を加える」
                String what = "次の" + count(a.added().size()) + "項を加える";
                return new Worded(at + "に第" + count(1) + "項として" + what, at + "に第" + count(1) + "項として" + what,
                        BlockText.lines(a.added()));
            }
            // after the sole 項 (cited as its article) is at the end of the article: 「同条に次の一項を加える」
            boolean afterSole = a.position() == Phrase.Position.AFTER && !a.target().isEmpty() && a.target().last().isEmpty();
            String where = afterSole ? at + "に" : switch (a.position()) {
                case AFTER -> at + "の次に";
                case BEFORE -> at + "の前に";
                case INTO -> at + "に";
            };
            String what = a.counter() == null ? "次のように加える" : "次の" + count(a.added().size()) + a.counter() + "を加える";
            return new Worded(where + what, where + what, BlockText.lines(a.added()));
        }
        throw new IllegalArgumentException("unknown phrase " + p);
    }

    private String count(int n) {
        return options.kanjiCounts() ? Labels.kanjiNumber(n) : Structure.Digits.MIXED.of(n);
    }

    /** 「第５条第２項中「A」を「B」に、「C」を「D」に改め、「E」を削り、「F」の下に「G」を加え」. */
    private Worded words(Phrase.Words w, Phrase prev) {
        String at;
        boolean continuation = prev instanceof Phrase.Words pw && pw.where() == w.where() && sameTarget(pw.target(), w.target());
        if (w.where() == Phrase.Where.TITLE) {
            at = continuation ? "" : "題名中";
        } else if (continuation) {
            at = "";
        } else {
            String a = address(w.target(), prev, w, null);
            at = switch (w.where()) {
                case CAPTION -> a + "の見出し中";
                case CHAPTER_NAME -> a + "の章名中";
                default -> a + "中";
            };
        }
        List<String[]> parts = new ArrayList<>(); // {continuing, last}
        int k = 0;
        List<Edit> edits = w.edits();
        while (k < edits.size()) {
            Edit e = edits.get(k);
            if (e instanceof Edit.Replace) {
                StringBuilder s = new StringBuilder();
                while (k < edits.size() && edits.get(k) instanceof Edit.Replace r) {
                    if (s.length() > 0) {
                        s.append('、');
                    }
                    s.append('「').append(r.from()).append("」を「").append(r.to()).append("」に");
                    k++;
                }
                parts.add(new String[] {s + "改め", s + "改める"});
            } else if (e instanceof Edit.Delete d) {
                parts.add(new String[] {"「" + d.text() + "」を削り", "「" + d.text() + "」を削る"});
                k++;
            } else if (e instanceof Edit.Insert i) {
                String where = i.after() ? options.after() : options.before();
                String s = "「" + i.anchor() + "」" + where + "「" + i.text() + "」を加え";
                parts.add(new String[] {s, s + "る"});
                k++;
            }
        }
        StringBuilder continuing = new StringBuilder(at);
        StringBuilder last = new StringBuilder(at);
        for (int i = 0; i < parts.size(); i++) {
            boolean end = i == parts.size() - 1;
            continuing.append(parts.get(i)[0]).append(end ? "" : "、");
            last.append(end ? parts.get(i)[1] : parts.get(i)[0] + "、");
        }
        return new Worded(continuing.toString(), last.toString(), List.of());
    }

    private static boolean sameTarget(Citation a, Citation b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return a.node() == b.node();
    }

    /**
     * How a phrase names its provision after the phrase before it: 「同条第２項」 for another 項 of
     * the article just named (form of 例規), only the last part (「第２項」) in a run of renumberings
     * in one provision, opened by 「第５条中」.
     */
    private String address(Citation c, Phrase prev, Phrase p, Phrase next) {
        if (c == null || c.isEmpty()) {
            return "本則";
        }
        // a part that cannot stand alone (the sole 項, cited as its article; 「の第２段落」) is never run on
        boolean alone = !c.last().isEmpty() && !c.last().startsWith("の");
        boolean inRun = alone && structural(p) && !(p instanceof Phrase.Add a && a.position() == Phrase.Position.INTO);
        Node parent = c.node().parent;
        boolean parentCited = parent != null && !parent.isRoot() && parent.kind != Provision.Kind.CHAPTER && c.parts().size() > 1;
        if (inRun && parentCited) {
            // run on only after a phrase that opened the run (「3中(1)を削り」): one citing 「の第２段落」
            // was written in full (「3の第2段落を削り」) and opened nothing
            boolean prevSame = prev != null && structural(prev) && parentOf(prev) == parent && standsAlone(prev.target())
                    && !(prev instanceof Phrase.Add pa && pa.position() == Phrase.Position.INTO);
            if (prevSame) {
                return c.last();
            }
            boolean nextSame = next != null && structural(next) && parentOf(next) == parent
                    && !(next instanceof Phrase.Add na && na.position() == Phrase.Position.INTO);
            if (nextSame) {
                return abbreviated(c.parent(), prev) + "中" + c.last();
            }
        }
        return abbreviated(c, prev);
    }

    /** Whether a citation's last part can be written alone after 「中」 (not the sole 項, not 「の第２段落」). */
    private static boolean standsAlone(Citation c) {
        return c != null && !c.isEmpty() && !c.last().isEmpty() && !c.last().startsWith("の");
    }

    /** 「同条」「同項」「同号」 for the provisions the phrase before named (form of 例規 only). */
    private String abbreviated(Citation c, Phrase prev) {
        // after a renumbering 「同条」 could name the provision by its old number or its new one: name it in full
        boolean renumbered = prev instanceof Phrase.Shift || prev instanceof Phrase.Renumber || prev instanceof Phrase.RenumberRange;
        if (form != Structure.Form.ARTICLE || prev == null || renumbered || prev.target() == null || prev.target().isEmpty()
                || c.isEmpty()) {
            return c.text();
        }
        Citation before = prev.target();
        int common = c.common(before);
        for (int d = common - 1; d >= 0; d--) {
            Citation.Part part = c.parts().get(d);
            String same = switch (part.node().kind) {
                case ARTICLE -> "同条";
                case PARAGRAPH -> part.text().isEmpty() ? null : "同項";
                case ITEM -> part.text().endsWith("号") ? "同号" : null;
                default -> null;
            };
            if (same != null) {
                return same + c.from(d + 1);
            }
        }
        return c.text();
    }
}
