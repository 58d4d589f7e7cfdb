package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies an 改め文 to a text, as a reader of the amendment would: it reads the sentences of the
 * 本則 as words (never the drafter's phrases), finds each provision by the citation as the text
 * stands at that point, and changes words only where the quotation occurs exactly once. Written
 * from the rules of 改め文 (domain.md §9), independent of {@link Differ} and {@link Composer}: the
 * only thing it shares with the drafter is the reading of the printed text into provisions
 * ({@link Structure}), which it copies into its own nodes first.
 *
 * <p>Any sentence it cannot read, a citation that names nothing or two things, a quotation not
 * found exactly once, fails with {@link IllegalStateException}: the amendment does not apply.
 */
final class Applier {

    /** A provision of the text being amended (the applier's own, mutable). */
    static final class N {
        String kind; // ROOT CHAPTER ARTICLE PARAGRAPH ITEM SECTION TABLE NOTE
        String label = "";
        String caption;
        String text;
        List<List<String>> rows = new ArrayList<>();
        boolean deleted;
        N parent;
        final List<N> children = new ArrayList<>();

        N(String kind) {
            this.kind = kind;
        }

        void add(N c) {
            c.parent = this;
            children.add(c);
        }

        void add(int i, N c) {
            c.parent = this;
            children.add(i, c);
        }

        boolean is(String k) {
            return kind.equals(k);
        }

        List<N> sameKind() {
            return parent.children.stream().filter(s -> s.kind.equals(kind)).toList();
        }

        @Override
        public String toString() {
            return kind + " " + label;
        }
    }

    /** The applier's copy of a structure. */
    static N tree(Structure s) {
        N root = new N("ROOT");
        root.text = s.title();
        for (Provision p : s.provisions()) {
            root.add(copy(p));
        }
        return root;
    }

    private static N copy(Provision p) {
        N n = new N(p.kind().name());
        n.label = p.label();
        n.caption = p.caption();
        n.text = p.text();
        for (List<String> r : p.rows()) {
            n.rows.add(new ArrayList<>(r));
        }
        n.deleted = p.deleted();
        for (Provision c : p.children()) {
            n.add(copy(c));
        }
        return n;
    }

    /**
     * The text as printed, one line per heading, caption, paragraph, item and row, with its depth:
     * what the reader compares (the title first). An item's term and its text, or its text and an
     * unnumbered paragraph under it, print alike, as they do on paper.
     */
    static String print(N root) {
        StringBuilder out = new StringBuilder();
        out.append("題名 ").append(root.text).append('\n');
        for (N c : root.children) {
            print(c, 0, out);
        }
        return out.toString();
    }

    private static void print(N n, int d, StringBuilder out) {
        String in = "  ".repeat(d);
        switch (n.kind) {
            case "ARTICLE" -> {
                if (n.caption != null) {
                    out.append(in).append("（").append(n.caption).append("）\n");
                }
                if (n.deleted) {
                    out.append(in).append(n.label).append("　削除\n");
                    return;
                }
                boolean first = true;
                for (N c : n.children) {
                    if (c.is("PARAGRAPH")) {
                        String label = first ? n.label : c.label;
                        out.append(in).append(join(label, c.text)).append('\n');
                        for (N g : c.children) {
                            print(g, d + 1, out);
                        }
                    } else {
                        print(c, d + 1, out);
                    }
                    first = false;
                }
                if (n.children.isEmpty()) {
                    out.append(in).append(n.label).append('\n');
                }
            }
            case "CHAPTER", "SECTION" -> {
                out.append(in).append(join(n.label, n.caption)).append('\n');
                for (N c : n.children) {
                    boolean own = !c.is("ARTICLE") && !c.is("CHAPTER");
                    print(c, n.is("CHAPTER") && !own ? d : d + 1, out);
                }
            }
            case "PARAGRAPH" -> {
                out.append(in).append(join(n.label, n.text)).append('\n');
                for (N c : n.children) {
                    print(c, d + 1, out);
                }
            }
            case "ITEM" -> {
                String first = n.caption != null ? n.caption : n.text;
                out.append(in).append(join(n.label, first)).append('\n');
                if (n.caption != null && n.text != null) {
                    out.append(in).append("  ").append(n.text).append('\n');
                }
                for (N c : n.children) {
                    print(c, d + 1, out);
                }
            }
            case "TABLE" -> {
                for (List<String> r : n.rows) {
                    out.append(in).append("｜").append(String.join("｜", r)).append("｜\n");
                }
            }
            case "NOTE" -> {
                out.append(in).append("〔注〕\n");
                for (N c : n.children) {
                    print(c, d + 1, out);
                }
            }
            default -> throw new IllegalStateException(n.kind);
        }
    }

    private static String join(String label, String text) {
        String t = text == null ? "" : text;
        if (label.isEmpty()) {
            return t;
        }
        return t.isEmpty() ? label : label + "　" + t;
    }

    // ------------------------------------------------------------------ applying

    private final N root;
    private final boolean article;
    private N last; // the provision the phrase before named (同条, 同項, 同号)
    private N context; // the provision a 「X中」 opened, for the run of phrases after it
    private final Quotations quotations;

    /**
     * Told where each quotation stands, in the line it was found in: the old words in the line before
     * the change, the new words in the line after it (for the census of quotation boundaries).
     */
    interface Quotations {
        void quoted(String line, int start, String quote);
    }

    private Applier(N root, Quotations quotations) {
        this.root = root;
        this.article = all(root).stream().anyMatch(n -> n.is("ARTICLE"));
        this.quotations = quotations;
    }

    /** The text {@code old} once {@code amendment} is applied to it, printed. */
    static String apply(Structure old, Amendment amendment) {
        return apply(old, amendment, (line, start, quote) -> { });
    }

    /** … telling {@code quotations} where each quotation stands. */
    static String apply(Structure old, Amendment amendment, Quotations quotations) {
        N root = tree(old);
        if (amendment.whole()) {
            // 全部改正: the text is the one quoted, its title first
            List<Amendment.BlockLine> block = amendment.sentences().get(0).block();
            N whole = new N("ROOT");
            whole.text = block.get(0).text();
            for (N n : new BlockReader(block.subList(1, block.size()), "ANY", old.form() == Structure.Form.ARTICLE).read()) {
                whole.add(n);
            }
            return print(whole);
        }
        Applier a = new Applier(root, quotations);
        for (Amendment.Sentence s : amendment.sentences()) {
            a.sentence(s);
        }
        return print(root);
    }

    private static final Pattern QUOTE = Pattern.compile("「((?:[^「」]|「[^「」]*」)*)」");

    private void sentence(Amendment.Sentence s) {
        String text = s.text();
        if (!text.endsWith("。")) {
            throw new IllegalStateException("a sentence ends with 。: " + text);
        }
        text = text.substring(0, text.length() - 1);
        last = null;
        context = null;
        List<String> pieces = split(text);
        // 「A」を「B」に、「C」を「D」に改め: the pieces without a verb wait for the one with it
        N scope = null;
        String where = null;
        List<String[]> pending = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            String p = pieces.get(k);
            boolean lastPiece = k == pieces.size() - 1;
            // a new scope: 「X中」「Xの見出し中」「Xの章名中」「題名中」
            Matcher m = Pattern.compile("^(.*?)(の見出し中|の章名中|中)(「.*)$").matcher(p);
            if (p.startsWith("題名中「")) {
                scope = root;
                where = "TITLE";
                p = p.substring(3);
            } else if (m.matches() && !m.group(1).contains("「")) {
                scope = cite(m.group(1));
                where = switch (m.group(2)) {
                    case "の見出し中" -> "CAPTION";
                    case "の章名中" -> "CAPTION";
                    default -> "TEXT";
                };
                p = m.group(3);
                last = scope;
                context = null;
            }
            if (p.startsWith("「")) {
                if (scope == null) {
                    throw new IllegalStateException("words changed without a provision named: " + p);
                }
                words(scope, where, p, pending);
                continue;
            }
            scope = null;
            structural(p, lastPiece ? s.block() : List.of());
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("「A」を「B」に without 改める: " + text);
        }
    }

    /** The phrases of a sentence: split at 、 outside quotations. */
    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '「') {
                depth++;
            } else if (c == '」') {
                depth--;
            } else if (c == '、' && depth == 0) {
                out.add(text.substring(from, i));
                from = i + 1;
            }
        }
        out.add(text.substring(from));
        return out;
    }

    private static List<String> quotes(String p) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(p);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** What is left of a phrase once its quotations are taken out: 「」を「」に改め. */
    private static String shape(String p) {
        return QUOTE.matcher(p).replaceAll("Q");
    }

    private void words(N scope, String where, String p, List<String[]> pending) {
        List<String> q = quotes(p);
        String shape = shape(p);
        switch (shape) {
            case "QをQに" -> pending.add(new String[] {q.get(0), q.get(1)});
            case "QをQに改め", "QをQに改める" -> {
                pending.add(new String[] {q.get(0), q.get(1)});
                for (String[] r : pending) {
                    replace(scope, where, r[0], r[1], 0, r[1]);
                }
                pending.clear();
            }
            case "Qを削り", "Qを削る" -> replace(scope, where, q.get(0), "", 0, "");
            case "Qの下にQを加え", "Qの下にQを加える", "Qの次にQを加え", "Qの次にQを加える" ->
                    replace(scope, where, q.get(0), q.get(0) + q.get(1), q.get(0).length(), q.get(1));
            case "Qの上にQを加え", "Qの上にQを加える", "Qの前にQを加え", "Qの前にQを加える" ->
                    replace(scope, where, q.get(0), q.get(1) + q.get(0), 0, q.get(1));
            default -> throw new IllegalStateException("cannot read the phrase: " + p);
        }
    }

    /**
     * Replaces the one occurrence of {@code a} in the scope's words by {@code b}, which quotes
     * {@code quoted} at {@code offset} (the rest of it is {@code a}, for 「の下に加える」).
     */
    private void replace(N scope, String where, String a, String b, int offset, String quoted) {
        List<String[]> hits = new ArrayList<>(); // a holder of the line, found by identity below
        List<Runnable> setters = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        if (where.equals("TITLE")) {
            lines.add(root.text);
            setters.add(null);
            collectSetter(lines, setters, () -> root.text, v -> root.text = v);
        } else if (where.equals("CAPTION")) {
            collectSetter(lines, setters, () -> scope.caption, v -> scope.caption = v);
        } else {
            quotable(scope, true, lines, setters);
        }
        int count = 0;
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l == null || setters.get(i) == null) {
                continue;
            }
            int from = l.indexOf(a);
            while (from >= 0) {
                count++;
                at = i;
                from = l.indexOf(a, from + 1);
            }
        }
        if (count != 1) {
            throw new IllegalStateException("「" + a + "」 is found " + count + " times in " + scope);
        }
        String l = lines.get(at);
        int i = l.indexOf(a);
        pendingValue = l.substring(0, i) + b + l.substring(i + a.length());
        quotations.quoted(l, i, a);
        if (!quoted.isEmpty()) {
            quotations.quoted(pendingValue, i + offset, quoted);
        }
        setters.get(at).run();
        hits.clear();
    }

    private String pendingValue;

    private void collectSetter(List<String> lines, List<Runnable> setters, java.util.function.Supplier<String> get,
                               java.util.function.Consumer<String> set) {
        lines.add(get.get());
        setters.add(() -> set.accept(pendingValue));
    }

    /** Every line words are quoted from in a provision: its text, rows and all under it; its own 見出し is not. */
    private void quotable(N n, boolean top, List<String> lines, List<Runnable> setters) {
        boolean captionIsText = n.is("ITEM") || n.is("NOTE");
        if (n.caption != null && (!top || captionIsText)) {
            collectSetter(lines, setters, () -> n.caption, v -> n.caption = v);
        }
        if (n.text != null && !n.is("ROOT")) {
            collectSetter(lines, setters, () -> n.text, v -> n.text = v);
        }
        for (List<String> r : n.rows) {
            for (int c = 0; c < r.size(); c++) {
                int cc = c;
                collectSetter(lines, setters, () -> r.get(cc), v -> r.set(cc, v));
            }
        }
        for (N c : n.children) {
            quotable(c, false, lines, setters);
        }
    }

    // ------------------------------------------------------------------ structural phrases

    private static final Pattern CAPTION_REMOVE = Pattern.compile("(.+)の見出しを削[りる]");
    private static final Pattern CAPTION_ADD = Pattern.compile("(.+)に見出しとして「(.*)」を付(し|する)");
    private static final Pattern CAPTION_SET = Pattern.compile("(.+)の見出しを「(.*)」に改め(る)?");
    private static final Pattern REWRITE = Pattern.compile("(.+?)(の章名)?を次のように改める");
    private static final Pattern REMOVE_RANGE = Pattern.compile("(.+?)(から|及び)(.+?)(まで)?を削[りる]");
    private static final Pattern REMOVE = Pattern.compile("(.+)を削[りる]");
    private static final Pattern RENUMBER = Pattern.compile("(.+)を(.+)と(し|する)");
    private static final Pattern RENUMBER_RANGE = Pattern.compile("(.+?)から(.+?)までを(.+?)から(.+?)までと(し|する)");
    private static final Pattern SHIFT = Pattern.compile("(.+?)(から|及び)(.+?)(まで)?を(.+?)(条|項|号|章|節)ずつ繰り(下げ|上げ)(る)?");
    private static final Pattern FIRST_PARAGRAPH = Pattern.compile("(.+)に第一項として次の(.+)項を加える");
    private static final Pattern ADD = Pattern.compile("(.*?)(の次に|の前に|に)次(の(.+?)(条|項|号|章|節)を|のように)加える");

    private void structural(String p, List<Amendment.BlockLine> block) {
        Matcher m;
        if (p.equals("題名を次のように改める")) {
            root.text = block.get(0).text();
            return;
        }
        if ((m = CAPTION_ADD.matcher(p)).matches() || (m = CAPTION_SET.matcher(p)).matches()) {
            N n = cite(m.group(1));
            n.caption = unbracket(n, m.group(2));
            last = n;
            return;
        }
        if ((m = CAPTION_REMOVE.matcher(p)).matches()) {
            N n = cite(m.group(1));
            n.caption = null;
            last = n;
            return;
        }
        if ((m = SHIFT.matcher(p)).matches()) {
            N a = cite(m.group(1));
            context = a.parent; // 「同条第５項及び第６項」: the end of a range is read in the list of its start
            N b = cite(m.group(3));
            int by = kanji(m.group(5));
            boolean down = m.group(7).equals("下げ");
            List<N> list = siblings(a);
            int ia = list.indexOf(a);
            int ib = list.indexOf(b);
            if (ia < 0 || ib < ia) {
                throw new IllegalStateException("not a range: " + p);
            }
            if (m.group(2).equals("及び") && ib != ia + 1) {
                throw new IllegalStateException("及び names two neighbours: " + p);
            }
            for (int i = ia; i <= ib; i++) {
                N n = list.get(i);
                relabel(n, bump(n, down ? by : -by));
            }
            last = b;
            return;
        }
        if ((m = FIRST_PARAGRAPH.matcher(p)).matches()) {
            N a = cite(m.group(1));
            if (!a.is("ARTICLE")) {
                throw new IllegalStateException("第一項として adds to an article: " + p);
            }
            List<N> added = new BlockReader(block, "PARAGRAPH", article).read();
            int index = 0;
            for (N n : added) {
                a.add(index++, n);
            }
            last = a;
            return;
        }
        if ((m = ADD.matcher(p)).matches()) {
            String at = m.group(1);
            N anchor = at.equals("本則") || at.isEmpty() ? root : cite(at);
            String counter = m.group(5);
            if (m.group(4) != null && kanji(m.group(4)) <= 0) {
                throw new IllegalStateException("a count: " + p);
            }
            String kind = counter == null ? null : switch (counter) {
                case "条" -> "ARTICLE";
                case "項" -> "PARAGRAPH";
                case "号" -> "ITEM";
                default -> "CHAPTER";
            };
            N parent;
            int index;
            switch (m.group(2)) {
                case "の次に" -> {
                    parent = anchor.parent;
                    index = parent.children.indexOf(anchor) + 1;
                }
                case "の前に" -> {
                    parent = anchor.parent;
                    index = parent.children.indexOf(anchor);
                }
                default -> {
                    parent = anchor;
                    if ("ITEM".equals(kind) && parent.is("ARTICLE")) {
                        parent = parent.children.get(parent.children.size() - 1);
                    }
                    index = parent.children.size();
                    if (kind == null || !kind.equals("ARTICLE") && !kind.equals("CHAPTER")) {
                        for (int i = 0; i < parent.children.size(); i++) {
                            N c = parent.children.get(i);
                            if (c.is("ARTICLE") || c.is("CHAPTER")) {
                                index = i;
                                break;
                            }
                        }
                    }
                }
            }
            if (kind == null) {
                kind = guessKind(parent, index, m.group(2).equals("に") ? null : anchor);
            }
            List<N> added = new BlockReader(block, kind, article).read();
            if (m.group(4) != null && added.size() != kanji(m.group(4))) {
                throw new IllegalStateException("「" + p + "」 but " + added.size() + " provisions follow");
            }
            for (N n : added) {
                parent.add(index++, n);
            }
            last = anchor;
            return;
        }
        if ((m = REWRITE.matcher(p)).matches()) {
            N n = cite(m.group(1));
            if (m.group(2) != null) {
                String line = block.get(0).text();
                int gap = line.indexOf('　');
                n.caption = gap < 0 ? null : line.substring(gap + 1);
            } else {
                List<N> r = new BlockReader(block, n.kind, article).read();
                if (r.size() != 1) {
                    throw new IllegalStateException("a rewrite quotes one provision: " + p);
                }
                N q = r.get(0);
                n.caption = q.caption;
                n.text = q.text;
                n.rows = q.rows;
                n.deleted = q.deleted;
                if (!q.label.equals(n.label) && !n.is("PARAGRAPH")) {
                    throw new IllegalStateException("a rewrite keeps the number: " + n.label + " / " + q.label);
                }
                n.children.clear();
                for (N c : q.children) {
                    n.add(c);
                }
            }
            last = n;
            return;
        }
        if ((m = RENUMBER_RANGE.matcher(p)).matches()) {
            // 「(3)から(6)までを(4)から(7)までとし」: each of the range takes the next of the new numbers
            N a = cite(m.group(1));
            context = a.parent;
            N b = cite(m.group(2));
            List<N> list = siblings(a);
            int ia = list.indexOf(a);
            int ib = list.indexOf(b);
            if (ia < 0 || ib <= ia) {
                throw new IllegalStateException("not a range: " + p);
            }
            String first = newLabel(a, m.group(3));
            String lastLabel = newLabel(b, m.group(4));
            List<String> labels = new ArrayList<>();
            for (int i = ia; i <= ib; i++) {
                labels.add(counted(list.get(i), first, lastLabel, i - ia));
            }
            if (!labels.get(labels.size() - 1).equals(lastLabel)) {
                throw new IllegalStateException("the new numbers do not count " + (ib - ia + 1) + " provisions: " + p);
            }
            for (int i = ia; i <= ib; i++) {
                relabel(list.get(i), labels.get(i - ia));
            }
            last = b;
            return;
        }
        if ((m = RENUMBER.matcher(p)).matches()) {
            N n = cite(m.group(1));
            String to = m.group(2);
            if (to.startsWith("同条")) {
                // 「第５条を同条第２項とし」: the article's sole 項 takes a number
                to = to.substring(2);
                if (n.is("ARTICLE")) {
                    List<N> ps = n.children.stream().filter(c -> c.is("PARAGRAPH")).toList();
                    if (ps.size() != 1) {
                        throw new IllegalStateException("同条第N項 renumbers a sole 項: " + p);
                    }
                    n = ps.get(0);
                }
            }
            relabel(n, newLabel(n, to));
            last = n;
            return;
        }
        if (!p.contains("「") && (m = REMOVE_RANGE.matcher(p)).matches()) {
            N a = cite(m.group(1));
            context = a.parent; // the end of a range is read in the list of its start
            N b = cite(m.group(3));
            List<N> list = siblings(a);
            int ia = list.indexOf(a);
            int ib = list.indexOf(b);
            if (ia < 0 || ib <= ia || m.group(2).equals("及び") && ib != ia + 1) {
                throw new IllegalStateException("not a range of neighbours: " + p);
            }
            for (N n : new ArrayList<>(list.subList(ia, ib + 1))) {
                n.parent.children.remove(n);
            }
            last = a.parent.is("ROOT") ? null : a.parent;
            return;
        }
        if ((m = REMOVE.matcher(p)).matches()) {
            N n = cite(m.group(1));
            n.parent.children.remove(n);
            last = n.parent.is("ROOT") ? null : n.parent;
            return;
        }
        throw new IllegalStateException("cannot read the phrase: " + p);
    }

    private static String unbracket(N n, String q) {
        if (n.is("ARTICLE")) {
            if (!q.startsWith("（") || !q.endsWith("）")) {
                throw new IllegalStateException("an article's 見出し is quoted in its brackets: " + q);
            }
            return q.substring(1, q.length() - 1);
        }
        return q;
    }

    /** What a 「次のように加える」 adds: the kind of the provisions about it. */
    private static String guessKind(N parent, int index, N anchor) {
        if (anchor != null) {
            return anchor.kind;
        }
        if (parent.is("ROOT")) {
            return "SECTION";
        }
        return "ANY";
    }

    // ------------------------------------------------------------------ numbers

    private void relabel(N n, String label) {
        String old = n.label;
        n.label = label;
        // a dotted number carries its section's: 2.1 becomes 3.1 when 2 becomes 3
        if (!article && !old.isEmpty() && !label.isEmpty()) {
            cascade(n, old, label);
        }
    }

    private static void cascade(N n, String oldPrefix, String newPrefix) {
        for (N c : n.children) {
            if (c.is("SECTION") && c.label.startsWith(oldPrefix + ".") && c.label.matches("[0-9０-９.．]+")) {
                String before = c.label;
                c.label = newPrefix + c.label.substring(oldPrefix.length());
                cascade(c, before, c.label);
            }
        }
    }

    /** The label a citation gives as the new number (「第11条」「第４項」「第５号」「(3)」). */
    private String newLabel(N n, String to) {
        if (n.is("PARAGRAPH")) {
            Matcher m = Pattern.compile("第(.+)項").matcher(to);
            if (!m.matches()) {
                throw new IllegalStateException("a 項 becomes a 項: " + to);
            }
            int k = digits(m.group(1));
            return k == 1 ? "" : digitsLike(k);
        }
        Matcher m = Pattern.compile("第([0-9０-９]+)号((?:の[0-9０-９]+)*)").matcher(to);
        if (n.is("ITEM") && m.matches()) {
            return withNumber(n.label, digits(m.group(1)), m.group(2));
        }
        return to;
    }

    /**
     * The {@code k}-th number counted from {@code first} (0: {@code first} itself), written as the
     * numbers at either end of the range are: 「(4)」 → 「(6)」, 「1.7」 → 「1.9」, 「イ」 → 「エ」.
     */
    private String counted(N n, String first, String end, int k) {
        if (k == 0) {
            return first;
        }
        if (n.is("PARAGRAPH")) {
            int at = (first.isEmpty() ? 1 : digits(first)) + k;
            return digitsLike(at);
        }
        Matcher m = Pattern.compile("(.*?)([0-9０-９]+)([^0-9０-９]*)").matcher(first);
        if (m.matches()) {
            int at = digits(m.group(2)) + k;
            Matcher e = Pattern.compile("(.*?)([0-9０-９]+)([^0-9０-９]*)").matcher(end);
            String d = Integer.toString(at);
            boolean full = m.group(2).matches("[０-９]+") && m.group(2).length() == d.length()
                    || e.matches() && e.group(2).matches("[０-９]+") && e.group(2).length() == d.length();
            return m.group(1) + (full ? full(d) : d) + m.group(3);
        }
        for (String seq : List.of(CIRCLED, GOJUON, IROHA, KANJI_N)) {
            for (int i = 0; i < first.length(); i++) {
                int at = seq.indexOf(first.charAt(i));
                if (at >= 0) {
                    return first.substring(0, i) + seq.charAt(at + k) + first.substring(i + 1);
                }
            }
        }
        throw new IllegalStateException("cannot count on from " + first);
    }

    /** The label moved on by {@code by} (「第６条」 → 「第７条」, 「(3)」 → 「(4)」, 「イ」 → 「ウ」, 「３」 → 「４」). */
    private String bump(N n, int by) {
        if (n.is("PARAGRAPH")) {
            int k = n.label.isEmpty() ? 1 : digits(n.label);
            return k + by == 1 ? "" : digitsLike(k + by);
        }
        String l = n.label;
        Matcher m = Pattern.compile("(.*?)([0-9０-９]+)(.*)").matcher(l);
        if (m.matches()) {
            int k = digits(m.group(2)) + by;
            String prefix = m.group(1);
            String suffix = m.group(3);
            String d = styled(k, x -> x.kind.equals(n.kind) && x.label.startsWith(prefix) && x.label.endsWith(suffix));
            return prefix + d + suffix;
        }
        for (String seq : List.of(CIRCLED, GOJUON, IROHA, KANJI_N)) {
            for (int i = 0; i < l.length(); i++) {
                int at = seq.indexOf(l.charAt(i));
                if (at >= 0 && !(seq == KANJI_N && l.length() > 1 && l.charAt(0) != '（' && l.charAt(0) != '(')) {
                    return l.substring(0, i) + seq.charAt(at + by) + l.substring(i + 1);
                }
            }
        }
        throw new IllegalStateException("cannot move the number of " + l);
    }

    private static final String CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final String GOJUON = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
    private static final String IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
    private static final String KANJI_N = "〇一二三四五六七八九";

    private static String withNumber(String label, int k, String branch) {
        Matcher m = Pattern.compile("(.*?)([0-9０-９]+)((?:の[0-9０-９]+)*)(.*)").matcher(label);
        if (m.matches()) {
            boolean full = m.group(2).matches("[０-９]+");
            String d = full ? full(Integer.toString(k)) : Integer.toString(k);
            return m.group(1) + d + branch + m.group(4);
        }
        if (label.matches("[一二三四五六七八九十]+")) {
            return kanjiNumber(k);
        }
        throw new IllegalStateException("a 号 label with a number: " + label);
    }

    /**
     * A 項 number written as the text writes them: as its other 項 numbers; where it has none, a
     * single digit full-width (「２」) as 例規 print it, more digits as its articles.
     */
    private String digitsLike(int k) {
        String s = Integer.toString(k);
        for (N n : all(root)) {
            if (n.is("PARAGRAPH") && !n.label.isEmpty() && n.label.length() == s.length()) {
                return n.label.matches("[０-９]+") ? full(s) : s;
            }
        }
        return s.length() == 1 ? full(s) : articleDigits(k);
    }

    /** A number written as the text writes its article numbers. */
    private String articleDigits(int k) {
        return styled(k, n -> n.is("ARTICLE"));
    }

    /**
     * A number written as the text writes the numbers of the labels chosen: full-width, half-width,
     * or one digit full-width and more half-width (the mixed rule of 例規).
     */
    private String styled(int k, java.util.function.Predicate<N> which) {
        boolean full = false;
        boolean halfShort = false;
        boolean halfLong = false;
        for (N n : all(root)) {
            Matcher m = Pattern.compile("[^0-9０-９]*([0-9０-９]+).*").matcher(n.label);
            if (which.test(n) && m.matches()) {
                String d = m.group(1);
                if (d.matches("[０-９]+")) {
                    full = true;
                } else if (d.length() == 1) {
                    halfShort = true;
                } else {
                    halfLong = true;
                }
            }
        }
        String s = Integer.toString(k);
        if (halfShort || !full) {
            return s;
        }
        return halfLong && s.length() > 1 ? s : full(s);
    }

    private static String full(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append((char) ('０' + c - '0'));
        }
        return out.toString();
    }

    static int digits(String s) {
        int n = 0;
        for (char c : s.toCharArray()) {
            int d = c >= '０' && c <= '９' ? c - '０' : c - '0';
            if (d < 0 || d > 9) {
                throw new IllegalStateException("not a number: " + s);
            }
            n = n * 10 + d;
        }
        return n;
    }

    /** 一 … 九十九, and digits. */
    static int kanji(String s) {
        if (s.matches("[0-9０-９]+")) {
            return digits(s);
        }
        int n = 0;
        int cur = 0;
        for (char c : s.toCharArray()) {
            int d = KANJI_N.indexOf(c);
            if (d >= 0) {
                cur = d;
            } else if (c == '十') {
                n += (cur == 0 ? 1 : cur) * 10;
                cur = 0;
            } else if (c == '百') {
                n += (cur == 0 ? 1 : cur) * 100;
                cur = 0;
            } else {
                return -1;
            }
        }
        return n + cur;
    }

    static String kanjiNumber(int k) {
        StringBuilder out = new StringBuilder();
        if (k >= 10) {
            if (k / 10 > 1) {
                out.append(KANJI_N.charAt(k / 10));
            }
            out.append('十');
        }
        if (k % 10 != 0) {
            out.append(KANJI_N.charAt(k % 10));
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ citations

    private static final Pattern PART = Pattern.compile(
            "同条|同項|同号|第[0-9０-９]+(?:条|章|節)(?:の[0-9０-９]+)*|第[0-9０-９]+項|第[0-9０-９]+号(?:の[0-9０-９]+)*"
                    + "|の第[0-9０-９]+段落|の第[0-9０-９]+表|の表|の第[0-9０-９]+注|の注|「[^「」]*」"
                    + "|[0-9０-９]+(?:[.．][0-9０-９]+)+|[0-9０-９]+|[(（][^()（）]+[)）]|[①-⑳]|[ア-ンｱ-ﾝ]|[一二三四五六七八九十]+");

    /** The provision a citation names, as the text stands now. */
    private N cite(String c) {
        int in = c.indexOf('中');
        if (in > 0 && !c.contains("「")) {
            // 「第５条中第３項」: the run of phrases after it works in 第５条
            context = cite(c.substring(0, in));
            c = c.substring(in + 1);
        }
        List<String> parts = new ArrayList<>();
        Matcher m = PART.matcher(c);
        int at = 0;
        while (at < c.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalStateException("cannot read the citation 「" + c + "」 at " + at);
            }
            parts.add(m.group());
            at = m.end();
        }
        N found = resolve(parts, root);
        if (found == null && context != null) {
            found = resolve(parts, context);
        }
        if (found == null) {
            throw new IllegalStateException("「" + c + "」 names nothing");
        }
        last = found;
        return found;
    }

    private N resolve(List<String> parts, N from) {
        N cur = from;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            N next;
            if (p.equals("同条") || p.equals("同項") || p.equals("同号")) {
                String kind = p.equals("同条") ? "ARTICLE" : p.equals("同項") ? "PARAGRAPH" : "ITEM";
                next = null;
                for (N x = last; x != null; x = x.parent) {
                    boolean go = !kind.equals("ITEM") || x.parent != null && x.parent.is("PARAGRAPH") && x.parent.parent != null
                            && x.parent.parent.is("ARTICLE");
                    if (x.is(kind) && go) {
                        next = x;
                        break;
                    }
                }
                if (i != 0) {
                    return null;
                }
            } else {
                next = child(cur, p);
            }
            if (next == null) {
                return null;
            }
            cur = next;
        }
        return cur == from ? null : cur;
    }

    private N child(N parent, String p) {
        Matcher m;
        if ((m = Pattern.compile("第([0-9０-９]+)条((?:の[0-9０-９]+)*)").matcher(p)).matches()) {
            return one(descendants(parent, "ARTICLE", true), n -> sameNumber(n.label, p));
        }
        if (p.matches("第[0-9０-９]+(章|節)(の[0-9０-９]+)*")) {
            return one(descendants(parent, "CHAPTER", true), n -> sameNumber(n.label, p));
        }
        if ((m = Pattern.compile("第([0-9０-９]+)項").matcher(p)).matches()) {
            if (!parent.is("ARTICLE")) {
                return null;
            }
            // the 項 that prints the number (the first prints none)
            List<N> ps = parent.children.stream().filter(c -> c.is("PARAGRAPH")).toList();
            int k = digits(m.group(1));
            return ps.size() < 2 ? null : one(ps, q -> (q.label.isEmpty() ? 1 : digits(q.label)) == k);
        }
        if ((m = Pattern.compile("第([0-9０-９]+)号((?:の[0-9０-９]+)*)").matcher(p)).matches()) {
            N holder = parent;
            if (parent.is("ARTICLE")) {
                List<N> ps = parent.children.stream().filter(c -> c.is("PARAGRAPH")).toList();
                if (ps.size() != 1) {
                    return null;
                }
                holder = ps.get(0);
            }
            if (!holder.is("PARAGRAPH")) {
                return null;
            }
            String want = digits(m.group(1)) + m.group(2).replaceAll("[０-９]", "");
            String branch = m.group(2);
            int k = digits(m.group(1));
            return one(holder.children.stream().filter(c -> c.is("ITEM")).toList(), n -> itemNumber(n.label, k, branch));
        }
        if ((m = Pattern.compile("の第([0-9０-９]+)段落").matcher(p)).matches()) {
            List<N> ps = parent.children.stream().filter(c -> c.is("PARAGRAPH")).toList();
            int k = digits(m.group(1));
            return k <= ps.size() ? ps.get(k - 1) : null;
        }
        if (p.equals("の表") || p.equals("の注")) {
            String kind = p.equals("の表") ? "TABLE" : "NOTE";
            List<N> ts = parent.children.stream().filter(c -> c.is(kind)).toList();
            return ts.size() == 1 ? ts.get(0) : null;
        }
        if ((m = Pattern.compile("の第([0-9０-９]+)(表|注)").matcher(p)).matches()) {
            String kind = m.group(2).equals("表") ? "TABLE" : "NOTE";
            List<N> ts = parent.children.stream().filter(c -> c.is(kind)).toList();
            int k = digits(m.group(1));
            return k <= ts.size() ? ts.get(k - 1) : null;
        }
        if (p.startsWith("「")) {
            String t = p.substring(1, p.length() - 1);
            return one(parent.children, n -> n.label.isEmpty() && t.equals(n.caption));
        }
        if (p.matches("[0-9０-９]+(?:[.．][0-9０-９]+)+")) {
            // a dotted number is cited alone, wherever its section stands
            return one(descendants(parent, "SECTION", false), n -> n.label.equals(p));
        }
        // 「4」「(2)」「①」「ア」: the label as printed, in a plain text or below a 号
        N holder = parent;
        if (article && parent.is("ARTICLE")) {
            return null;
        }
        return one(holder.children, n -> (n.is("SECTION") || n.is("ITEM")) && n.label.equals(p));
    }

    private static boolean itemNumber(String label, int k, String branch) {
        Matcher m = Pattern.compile("[(（]?([0-9０-９]+)((?:の[0-9０-９]+)*)[)）]?").matcher(label);
        if (m.matches()) {
            return digits(m.group(1)) == k && m.group(2).replaceAll("[０-９]", "x").replaceAll("[0-9]", "x")
                    .length() == branch.length() && branchesEqual(m.group(2), branch);
        }
        if (label.matches("[一二三四五六七八九十]+") && branch.isEmpty()) {
            return kanji(label) == k;
        }
        return false;
    }

    private static boolean branchesEqual(String a, String b) {
        return a.replaceAll("[０-９]", "").length() == b.replaceAll("[０-９]", "").length()
                && normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return out.toString();
    }

    private static boolean sameNumber(String label, String cited) {
        return normal(label).equals(normal(cited));
    }

    private static N one(List<N> candidates, java.util.function.Predicate<N> test) {
        N found = null;
        for (N n : candidates) {
            if (test.test(n)) {
                if (found != null) {
                    throw new IllegalStateException("two provisions answer to one citation: " + n);
                }
                found = n;
            }
        }
        return found;
    }

    /** Provisions of a kind below {@code n}, through chapters (articles are numbered through the text). */
    private static List<N> descendants(N n, String kind, boolean throughChapters) {
        List<N> out = new ArrayList<>();
        for (N c : n.children) {
            if (c.is(kind)) {
                out.add(c);
            }
            if (throughChapters ? c.is("CHAPTER") : c.is("SECTION")) {
                out.addAll(descendants(c, kind, throughChapters));
            }
        }
        return out;
    }

    /** The list a provision is counted in: articles through the whole text, anything else among its siblings. */
    private List<N> siblings(N n) {
        if (n.is("ARTICLE")) {
            return descendants(root, "ARTICLE", true);
        }
        return n.parent.children.stream().filter(s -> s.kind.equals(n.kind)).toList();
    }

    private static List<N> all(N n) {
        List<N> out = new ArrayList<>();
        out.add(n);
        for (N c : n.children) {
            out.addAll(all(c));
        }
        return out;
    }
}
