package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.amend.Applier.N;

/**
 * Reads the provisions an 改め文 quotes (「次の一条を加える。」 and the lines after it) back into
 * the applier's nodes, by their lines alone: an article's 見出し 「（目的）」 and 「第６条　…」, its
 * 項 「２　…」, 号 and items one step in, headings of sections and chapters, table rows, notes.
 */
final class BlockReader {

    private static final Pattern ARTICLE = Pattern.compile("(第[0-9０-９]+条(?:の[0-9０-９]+)*)(?:　(.*))?");
    private static final Pattern CHAPTER = Pattern.compile("第[0-9０-９]+(章|節)(の[0-9０-９]+)*");
    private static final Pattern LABEL = Pattern.compile(
            "([0-9０-９]+(?:[.．][0-9０-９]+)*|[(（][^()（）　]{1,6}[)）]|[①-⑳]|[ア-ンｱ-ﾝ]|[一二三四五六七八九十]+|・)(?:　(.*))?");

    private final List<Amendment.BlockLine> lines;
    private final String kind;
    private final boolean articleForm;
    private int at;

    BlockReader(List<Amendment.BlockLine> lines, String kind, boolean articleForm) {
        this.lines = lines;
        this.kind = kind;
        this.articleForm = articleForm;
    }

    List<N> read() {
        if (lines.isEmpty()) {
            throw new IllegalStateException("nothing quoted");
        }
        int base = lines.get(0).indent();
        List<N> out = list(base, kind);
        if (at != lines.size()) {
            throw new IllegalStateException("a quoted line out of place: " + lines.get(at).text());
        }
        return out;
    }

    private List<N> list(int indent, String hint) {
        List<N> out = new ArrayList<>();
        while (at < lines.size() && lines.get(at).indent() == indent) {
            out.add(one(indent, hint));
        }
        if (at < lines.size() && lines.get(at).indent() > indent) {
            throw new IllegalStateException("a quoted line too far in: " + lines.get(at).text());
        }
        return out;
    }

    private N one(int indent, String hint) {
        Amendment.BlockLine l = lines.get(at);
        String t = l.text();
        switch (l.kind()) {
            case CAPTION -> {
                at++;
                N a = article(indent);
                a.caption = t.substring(1, t.length() - 1);
                return a;
            }
            case HEADING -> {
                at++;
                int gap = t.indexOf('　');
                String label = gap < 0 ? t : t.substring(0, gap);
                boolean hasLabel = gap >= 0 || CHAPTER.matcher(t).matches() || LABEL.matcher(t).matches();
                N n = new N(CHAPTER.matcher(label).matches() ? "CHAPTER" : "SECTION");
                n.label = hasLabel ? label : "";
                n.caption = hasLabel ? (gap < 0 ? null : t.substring(gap + 1)) : t;
                if (n.is("CHAPTER")) {
                    for (N c : list(indent + 1, "ANY")) {
                        n.add(c);
                    }
                    for (N c : list(indent, "ARTICLE")) {
                        n.add(c);
                    }
                } else {
                    for (N c : list(indent + 1, "ANY")) {
                        n.add(c);
                    }
                }
                return n;
            }
            case TABLE_ROW -> {
                N n = new N("TABLE");
                while (at < lines.size() && lines.get(at).indent() == indent && lines.get(at).kind() == Amendment.BlockLine.Kind.TABLE_ROW) {
                    String r = lines.get(at++).text();
                    List<String> cells = new ArrayList<>(List.of(r.substring(1, r.length() - 1).split("｜", -1)));
                    n.rows.add(cells);
                }
                return n;
            }
            case NOTE -> {
                at++;
                N n = new N("NOTE");
                for (N c : list(indent + 1, "ANY")) {
                    n.add(c);
                }
                return n;
            }
            default -> {
                if (ARTICLE.matcher(t).matches() && (articleForm || "ARTICLE".equals(hint))) {
                    return article(indent);
                }
                at++;
                Matcher m = LABEL.matcher(t);
                N n;
                if (m.matches() && !"TEXTONLY".equals(hint)) {
                    n = new N(articleForm && m.group(1).matches("[0-9０-９]+") && "PARAGRAPH".equals(hint) ? "PARAGRAPH" : "ITEM");
                    n.label = m.group(1);
                    n.text = m.group(2);
                } else {
                    n = new N("PARAGRAPH");
                    n.text = t;
                }
                for (N c : list(indent + 1, "ANY")) {
                    n.add(c);
                }
                return n;
            }
        }
    }

    /** An article from its first line 「第６条　…」: its 項 at the same indent, their 号 one in. */
    private N article(int indent) {
        Amendment.BlockLine first = lines.get(at++);
        Matcher m = ARTICLE.matcher(first.text());
        if (!m.matches()) {
            throw new IllegalStateException("an article opens with its number: " + first.text());
        }
        N a = new N("ARTICLE");
        a.label = m.group(1);
        if ("削除".equals(m.group(2))) {
            a.deleted = true;
            return a;
        }
        N p = new N("PARAGRAPH");
        p.text = m.group(2);
        a.add(p);
        for (N c : list(indent + 1, "ANY")) {
            p.add(c);
        }
        while (at < lines.size() && lines.get(at).indent() == indent && lines.get(at).kind() == Amendment.BlockLine.Kind.TEXT
                && !ARTICLE.matcher(lines.get(at).text()).matches()) {
            String t = lines.get(at++).text();
            Matcher pm = Pattern.compile("([0-9０-９]+)　(.*)").matcher(t);
            N q = new N("PARAGRAPH");
            if (pm.matches()) {
                q.label = pm.group(1);
                q.text = pm.group(2);
            } else {
                q.text = t;
            }
            a.add(q);
            for (N c : list(indent + 1, "ANY")) {
                q.add(c);
            }
        }
        return a;
    }
}
