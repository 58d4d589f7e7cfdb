package jp.policygen.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.importing.ImportResult;
import jp.policygen.importing.Label;
import jp.policygen.importing.LabelKind;
import jp.policygen.text.Suggestions;
import jp.policygen.i18n.Texts;

/** Numbers as printed: their order, their format, their look, headings and the table of contents. */
final class NumberingRules {

    private NumberingRules() {
    }

    /** A numbered line: a section heading or an item. */
    record Entry(Label label, int line, boolean heading) {
    }

    /** The numbered lines that count together: a document's top sections, or one section's contents. */
    static List<List<Entry>> sequences(Outline.Doc doc) {
        List<List<Entry>> out = new ArrayList<>();
        out.add(headings(doc.top));
        for (Outline.Node n : doc.all()) {
            List<Entry> entries = headings(n.children);
            for (ImportResult.SourceLine l : n.items) {
                entries.add(new Entry(l.label(), l.line(), false));
            }
            entries.sort(Comparator.comparingInt(Entry::line));
            out.add(entries);
        }
        return out;
    }

    private static List<Entry> headings(List<Outline.Node> nodes) {
        List<Entry> out = new ArrayList<>();
        for (Outline.Node n : nodes) {
            if (n.label != null) {
                out.add(new Entry(n.label, n.line, true));
            }
        }
        return out;
    }

    static String show(Label label) {
        return "「" + label.printed() + "」";
    }

    // ---- numbering.sequence -------------------------------------------------------------------

    /** Gaps, duplicates and numbers out of order among labels that count together. */
    static final class Sequence implements Rule {
        @Override
        public String id() {
            return "numbering.sequence";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        /** One open list: the kind it counts in, the last number seen, and whether it counts イ, ロ, ハ. */
        private static final class Open {
            final LabelKind kind;
            final boolean iroha;
            Entry last;
            int expected;

            Open(LabelKind kind, int first, boolean iroha) {
                this.kind = kind;
                this.expected = first;
                this.iroha = iroha;
            }

            int value(Label label) {
                return iroha ? LabelForms.irohaValue(label) : label.value();
            }

            /** Label {@code n} of this list, printed like {@code like}. */
            String labelOf(Label like, int n) {
                if (iroha) {
                    return n >= 1 && n <= LabelForms.IROHA_ORDER.length() ? LabelForms.IROHA_ORDER.substring(n - 1, n) : like.printed();
                }
                return LabelForms.relabel(like, n);
            }
        }

        @Override
        public void check(LintContext context, Findings out) {
            for (SourceFile f : context.files()) {
                for (Outline.Doc doc : f.outline().docs) {
                    for (List<Entry> entries : sequences(doc)) {
                        check(f, doc, entries.stream().filter(e -> e.label().kind() != LabelKind.ARTICLE).toList(), false, out);
                    }
                    // articles count through the whole document, across chapters
                    List<Entry> articles = new ArrayList<>();
                    for (Outline.Node n : doc.all()) {
                        if (n.label != null && n.label.kind() == LabelKind.ARTICLE) {
                            articles.add(new Entry(n.label, n.line, true));
                        }
                    }
                    check(f, doc, articles, false, out);
                    // 項 inside an article count from ２: the first paragraph has no number
                    for (Outline.Node n : doc.all()) {
                        if (n.label != null && n.label.kind() == LabelKind.ARTICLE) {
                            List<Entry> paragraphs = n.items.stream().filter(l -> l.label().kind() == LabelKind.PLAIN)
                                    .map(l -> new Entry(l.label(), l.line(), false)).toList();
                            check(f, doc, paragraphs, true, out);
                        }
                    }
                }
            }
        }

        private void check(SourceFile f, Outline.Doc doc, List<Entry> entries, boolean paragraphs, Findings out) {
            Deque<Open> open = new ArrayDeque<>();
            for (Entry e : entries) {
                LabelKind kind = e.label().kind();
                if (!paragraphs && doc.articleStyle() && kind == LabelKind.PLAIN && !e.heading()) {
                    continue; // 項 numbers, counted apart
                }
                Open list = null;
                for (Open o : open) {
                    if (o.kind == kind) {
                        list = o;
                    }
                }
                if (list != null) {
                    while (open.peek() != list) {
                        open.pop();
                    }
                } else {
                    // katakana items that start at イ count in イロハ order (below a 号 written 一)
                    boolean iroha = kind == LabelKind.KATAKANA && e.label().printed().startsWith("イ");
                    list = new Open(kind, paragraphs ? 2 : 1, iroha);
                    open.push(list);
                }
                if (!LabelForms.counted(kind) || LabelForms.branch(e.label())) {
                    continue;
                }
                int v = list.value(e.label());
                int column = f.labelColumn(e.line());
                int length = e.label().printed().length();
                if (v != list.expected) {
                    String want = list.labelOf(e.label(), list.expected);
                    if (list.last == null) {
                        out.at(f, e.line(), column, length, Texts.get("lint.numbering.sequence.start", show(e.label()), want),
                                Texts.get("lint.numbering.numberIt", want), want);
                    } else if (v == list.value(list.last.label())) {
                        out.at(f, e.line(), column, length, Texts.get("lint.numbering.sequence.repeat", show(e.label()), list.last.line(),
                                show(list.last.label())), Texts.get("lint.numbering.numberIt", want), want);
                    } else if (v > list.expected) {
                        String missing = list.labelOf(e.label(), list.expected)
                                + (v - list.expected > 1 ? "–" + list.labelOf(e.label(), v - 1) : "");
                        out.at(f, e.line(), column, length, Texts.get("lint.numbering.sequence.gap", show(e.label()), show(list.last.label()),
                                list.last.line(), missing),
                                Texts.get("lint.numbering.sequence.gap.fix", want), want);
                    } else if (v == 1 && e.heading() && !list.last.heading()) {
                        out.at(f, e.line(), column, length, Texts.get("lint.numbering.sequence.restart", show(e.label()),
                                show(list.last.label()), list.last.line()), Texts.get("lint.numbering.sequence.restart.fix", want), want);
                    } else {
                        out.at(f, e.line(), column, length, Texts.get("lint.numbering.sequence.order", show(e.label()), show(list.last.label()),
                                list.last.line()), Texts.get("lint.numbering.numberIt", want), want);
                    }
                }
                list.last = e;
                list.expected = v + 1;
            }
        }
    }

    // ---- numbering.format ---------------------------------------------------------------------

    /**
     * A label in the wrong format for its level: 「1.1」 among 1 … 10 where 11 is meant, 「3」
     * among 1.1 … 1.10, or a dotted number whose prefix is not its chapter's or parent's.
     */
    static final class Format implements Rule {
        @Override
        public String id() {
            return "numbering.format";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public void check(LintContext context, Findings out) {
            for (SourceFile f : context.files()) {
                for (Outline.Doc doc : f.outline().docs) {
                    siblings(f, doc, null, doc.top, out);
                    for (Outline.Node n : doc.all()) {
                        siblings(f, doc, n, n.children, out);
                    }
                }
            }
        }

        private void siblings(SourceFile f, Outline.Doc doc, Outline.Node parent, List<Outline.Node> nodes, Findings out) {
            List<Outline.Node> numbered = nodes.stream().filter(n -> n.label != null
                    && (n.label.kind() == LabelKind.PLAIN || n.label.kind() == LabelKind.DOTTED)).toList();
            long plain = numbered.stream().filter(n -> n.label.kind() == LabelKind.PLAIN).count();
            long dotted = numbered.size() - plain;
            LabelKind major = plain >= dotted ? LabelKind.PLAIN : LabelKind.DOTTED;
            String prefix = prefixOf(doc, parent, numbered);
            int previous = 0;
            for (Outline.Node n : numbered) {
                int column = f.labelColumn(n.line);
                int length = n.label.printed().length();
                if (plain > 0 && dotted > 0 && n.label.kind() != major) {
                    if (major == LabelKind.PLAIN) {
                        String joined = LabelForms.digitsOf(n.label.printed());
                        int meant = previous + 1;
                        if (joined.equals(Integer.toString(meant))) {
                            out.at(f, n.line, column, length, Texts.get("lint.numbering.format.meant", show(n.label), meant,
                                    range(numbered, LabelKind.PLAIN)), Texts.get("lint.numbering.numberIt", meant), Integer.toString(meant));
                        } else {
                            out.at(f, n.line, column, length, Texts.get("lint.numbering.format.dotted", show(n.label),
                                    range(numbered, LabelKind.PLAIN)), Texts.get("lint.numbering.numberIt", meant), Integer.toString(meant));
                        }
                        previous = meant;
                    } else {
                        String want = (prefix == null ? "" : prefix + ".") + n.label.value();
                        out.at(f, n.line, column, length, Texts.get("lint.numbering.format.plain", show(n.label),
                                range(numbered, LabelKind.DOTTED)), Texts.get("lint.numbering.numberIt", want), want);
                        previous = n.label.value();
                    }
                    continue;
                }
                previous = n.label.value();
                if (n.label.kind() == LabelKind.DOTTED && prefix != null) {
                    String printed = JapaneseText.fold(n.label.printed());
                    String own = printed.substring(0, printed.lastIndexOf('.'));
                    if (!own.equals(prefix)) {
                        String want = prefix + "." + n.label.value();
                        out.at(f, n.line, column, length, Texts.get("lint.numbering.format.prefix", show(n.label), where(doc, parent), prefix),
                                Texts.get("lint.numbering.numberIt", want), want);
                    }
                }
            }
        }

        /** What a dotted number at this level must start with: the parent's number, or the chapter's. */
        private static String prefixOf(Outline.Doc doc, Outline.Node parent, List<Outline.Node> numbered) {
            if (parent != null && parent.label != null
                    && (parent.label.kind() == LabelKind.PLAIN || parent.label.kind() == LabelKind.DOTTED)) {
                return JapaneseText.fold(parent.label.printed());
            }
            if (parent == null && doc.chapter > 0) {
                return Integer.toString(doc.chapter);
            }
            return null;
        }

        private static String where(Outline.Doc doc, Outline.Node parent) {
            return parent != null ? "「" + parent.heading() + "」" : "第" + doc.chapter + "章";
        }

        private static String range(List<Outline.Node> nodes, LabelKind kind) {
            List<Outline.Node> of = nodes.stream().filter(n -> n.label.kind() == kind).toList();
            return "「" + of.get(0).label.printed() + "」–「" + of.get(of.size() - 1).label.printed() + "」";
        }
    }

    // ---- numbering.label-form -----------------------------------------------------------------

    /** Labels of one kind printed in different widths or brackets: 「（1）」 beside 「(4)」. */
    static final class LabelForm implements Rule {
        @Override
        public String id() {
            return "numbering.label-form";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public void check(LintContext context, Findings out) {
            for (SourceFile f : context.files()) {
                Map<LabelKind, Map<String, List<ImportResult.SourceLine>>> byKind = new LinkedHashMap<>();
                for (ImportResult.SourceLine l : f.structure().lines()) {
                    LabelKind k = l.label().kind();
                    if (k == LabelKind.BULLET || k == LabelKind.MARKDOWN_NUMBER || k == LabelKind.PREFACE) {
                        continue;
                    }
                    byKind.computeIfAbsent(k, x -> new LinkedHashMap<>())
                            .computeIfAbsent(LabelForms.form(l.label()), x -> new ArrayList<>()).add(l);
                }
                for (Map.Entry<LabelKind, Map<String, List<ImportResult.SourceLine>>> kind : byKind.entrySet()) {
                    Map<String, List<ImportResult.SourceLine>> forms = mixedDigitsFolded(kind.getValue());
                    if (forms.size() < 2) {
                        continue;
                    }
                    String major = forms.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                            .orElseThrow().getKey();
                    int majorCount = forms.get(major).size();
                    String example = forms.get(major).get(0).label().printed();
                    for (Map.Entry<String, List<ImportResult.SourceLine>> e : forms.entrySet()) {
                        if (e.getKey().equals(major)) {
                            continue;
                        }
                        for (ImportResult.SourceLine l : e.getValue()) {
                            String want = LabelForms.inForm(l.label().printed(), major);
                            out.at(f, l.line(), f.labelColumn(l.line()), l.label().printed().length(),
                                    Texts.get("lint.numbering.label-form.message", show(l.label()), majorCount, example),
                                    Texts.get("lint.write", want), want);
                        }
                    }
                }
            }
        }
    }

    /**
     * Forms that differ only in the width of their digits are one form when the labels follow the
     * 例規 rule (one digit full-width, more half-width): 「第１条」 and 「第12条」 are printed alike.
     */
    private static Map<String, List<ImportResult.SourceLine>> mixedDigitsFolded(Map<String, List<ImportResult.SourceLine>> forms) {
        Map<String, List<ImportResult.SourceLine>> folded = new LinkedHashMap<>();
        for (Map.Entry<String, List<ImportResult.SourceLine>> e : forms.entrySet()) {
            folded.computeIfAbsent(LabelForms.widthFree(e.getKey()), x -> new ArrayList<>()).addAll(e.getValue());
        }
        Map<String, List<ImportResult.SourceLine>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<ImportResult.SourceLine>> e : forms.entrySet()) {
            List<ImportResult.SourceLine> group = folded.get(LabelForms.widthFree(e.getKey()));
            boolean mixed = LabelForms.mixedDigits(group.stream().map(ImportResult.SourceLine::label).toList());
            out.computeIfAbsent(mixed ? LabelForms.widthFree(e.getKey()) : e.getKey(), x -> new ArrayList<>()).addAll(e.getValue());
        }
        return out;
    }

    // ---- numbering.heading-level --------------------------------------------------------------

    /** Sections of one rank written as Markdown headings of different levels (### 1 … ## 7). */
    static final class HeadingLevel implements Rule {
        private static final Pattern MARKS = Pattern.compile("^[ \t\u3000]*(#{1,6})[ \t]+");

        @Override
        public String id() {
            return "numbering.heading-level";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public void check(LintContext context, Findings out) {
            for (SourceFile f : context.files()) {
                if (f.generated() || f.structure().lines().stream().noneMatch(l -> l.markdownLevel() > 0)) {
                    continue;
                }
                for (Outline.Doc doc : f.outline().docs) {
                    siblings(f, doc.top, out);
                    for (Outline.Node n : doc.all()) {
                        siblings(f, n.children, out);
                    }
                }
            }
        }

        private void siblings(SourceFile f, List<Outline.Node> nodes, Findings out) {
            // a bullet (・, or the ○ of ○○市) is no rank of the numbering
            List<Outline.Node> numbered = nodes.stream()
                    .filter(n -> n.label != null && n.line > 0 && n.label.kind() != LabelKind.BULLET).toList();
            Map<Integer, Integer> counts = new LinkedHashMap<>();
            for (Outline.Node n : numbered) {
                counts.merge(n.markdownLevel, 1, Integer::sum);
            }
            if (counts.size() < 2) {
                return;
            }
            int major = counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry<Integer, Integer>::getValue))
                    .orElseThrow().getKey();
            for (Outline.Node n : numbered) {
                if (n.markdownLevel == major) {
                    continue;
                }
                Matcher m = MARKS.matcher(f.line(n.line));
                int length = m.find() ? m.end() - (f.indentColumn(n.line) - 1) : 0;
                String want = major == 0 ? "" : "#".repeat(major) + " ";
                out.at(f, n.line, f.indentColumn(n.line), length, Texts.get("lint.numbering.heading-level.message", n.heading(),
                        level(n.markdownLevel), counts.get(major), level(major)),
                        major == 0 ? Texts.get("lint.numbering.heading-level.fix.plain")
                                : Texts.get("lint.numbering.heading-level.fix", "#".repeat(major)),
                        want);
            }
        }

        private static String level(int markdownLevel) {
            return markdownLevel == 0 ? Texts.get("lint.numbering.heading-level.plain")
                    : Texts.get("lint.numbering.heading-level.level", markdownLevel, "#".repeat(markdownLevel));
        }
    }

    // ---- numbering.toc ------------------------------------------------------------------------

    /** A printed table of contents that disagrees with the headings of the text. */
    static final class Toc implements Rule {
        @Override
        public String id() {
            return "numbering.toc";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        private record Heading(String label, String title, int line, String parentId, String sectionId) {
        }

        @Override
        public void check(LintContext context, Findings out) {
            for (SourceFile f : context.files()) {
                List<ImportResult.TocEntry> toc = f.structure().toc();
                if (toc.isEmpty()) {
                    continue;
                }
                List<Heading> body = new ArrayList<>();
                for (ImportResult.SourceLine l : f.structure().lines()) {
                    if (l.heading()) {
                        Outline.Node n = l.sectionId() == null ? null : f.outline().byId.get(l.sectionId());
                        String parent = n == null || n.parent == null ? (n == null ? null : "top:" + n.doc.chapter) : n.parent.id;
                        body.add(new Heading(l.label().printed(), n != null && !n.title.isEmpty() ? n.title : l.text(), l.line(),
                                parent, l.sectionId()));
                    }
                }
                int[] match = align(toc, body);
                Set<String> matchedParents = new HashSet<>();
                Set<Integer> matchedBody = new HashSet<>();
                for (int i = 0; i < toc.size(); i++) {
                    if (match[i] >= 0) {
                        matchedParents.add(body.get(match[i]).parentId());
                        matchedBody.add(match[i]);
                    }
                }
                Set<String> tocKinds = new HashSet<>();
                for (ImportResult.TocEntry t : toc) {
                    Label.Found lf = Label.parse(t.label() + " x");
                    if (lf != null) {
                        tocKinds.add(lf.label().kind().name());
                    }
                }
                for (int i = 0; i < toc.size(); i++) {
                    ImportResult.TocEntry t = toc.get(i);
                    String raw = f.line(t.line());
                    if (match[i] < 0 && t.label().isEmpty() && unnumberedHeading(f, t, toc)) {
                        continue; // 「はじめに」「附則」: a heading without a number, found in the text
                    }
                    if (match[i] < 0) {
                        out.at(f, t.line(), f.indentColumn(t.line()), 0, Texts.get("lint.numbering.toc.noHeading", entry(t.label(), t.title())),
                                Texts.get("lint.numbering.toc.noHeading.fix"), null);
                        continue;
                    }
                    Heading h = body.get(match[i]);
                    articleRange(f, t, h, out);
                    boolean sameLabel = JapaneseText.fold(t.label()).equals(JapaneseText.fold(h.label()));
                    boolean sameTitle = title(t.title()).equals(title(h.title()));
                    // 「11」 in the contents against 「1.1」 in the text is numbering.format's finding
                    boolean misnumbered = !sameLabel && LabelForms.digitsOf(t.label()).equals(LabelForms.digitsOf(h.label()));
                    if (sameTitle && (sameLabel || misnumbered)) {
                        continue;
                    }
                    if (!sameTitle) {
                        int at = raw.indexOf(t.title());
                        String message = Texts.get("lint.numbering.toc.title", entry(t.label(), t.title()), h.line(), entry(h.label(), h.title()));
                        if (at >= 0) {
                            out.at(f, t.line(), at + 1, t.title().length(), message, Texts.get("lint.numbering.toc.entry.fix", h.title()), h.title());
                        } else {
                            out.at(f, t.line(), f.indentColumn(t.line()), 0, message, Texts.get("lint.numbering.toc.entry.fix", h.title()), null);
                        }
                    } else {
                        int at = raw.indexOf(t.label());
                        out.at(f, t.line(), at < 0 ? 1 : at + 1, t.label().length(), Texts.get("lint.numbering.toc.number", t.title(), t.label(), h.line(), h.label()),
                                Texts.get("lint.numbering.toc.number.fix"), null);
                    }
                }
                for (int j = 0; j < body.size(); j++) {
                    Heading h = body.get(j);
                    Label.Found lf = Label.parse(h.label() + " x");
                    if (matchedBody.contains(j) || lf == null || !tocKinds.contains(lf.label().kind().name())
                            || !matchedParents.contains(h.parentId())) {
                        continue;
                    }
                    out.at(Severity.WARNING, f, h.line(), f.labelColumn(h.line()), h.label().length(),
                            Texts.get("lint.numbering.toc.missing", entry(h.label(), h.title())),
                            Texts.get("lint.numbering.toc.missing.fix"), null);
                }
            }
        }

        private static final Pattern RANGE_ARTICLE = Pattern.compile("第?([0-9０-９]+|[一二三四五六七八九十百]+)条(の[0-9０-９]+)?");

        /** 「第２章　組織体制（第３条―第６条）」: the chapter's first and last articles are those. */
        private static void articleRange(SourceFile f, ImportResult.TocEntry t, Heading h, Findings out) {
            Outline.Node chapter = h.sectionId() == null ? null : f.outline().byId.get(h.sectionId());
            if (t.articles().isEmpty() || chapter == null) {
                return;
            }
            List<Outline.Node> articles = new ArrayList<>();
            for (Outline.Node n : chapter.doc.all()) {
                if (n.isWithin(chapter) && n.label != null && n.label.kind() == LabelKind.ARTICLE) {
                    articles.add(n);
                }
            }
            Matcher m = RANGE_ARTICLE.matcher(t.articles());
            List<String> listed = new ArrayList<>();
            while (m.find()) {
                listed.add(JapaneseText.fold(m.group()).startsWith("第") ? m.group() : "第" + m.group());
            }
            if (articles.isEmpty() || listed.isEmpty()) {
                return;
            }
            String first = JapaneseText.fold(articles.get(0).label.printed());
            String last = JapaneseText.fold(articles.get(articles.size() - 1).label.printed());
            String listedFirst = JapaneseText.fold(listed.get(0));
            String listedLast = JapaneseText.fold(listed.get(listed.size() - 1));
            boolean agrees = listed.size() == 1 ? first.equals(last) && first.equals(listedFirst)
                    : first.equals(listedFirst) && last.equals(listedLast);
            if (!agrees) {
                String raw = f.line(t.line());
                int at = raw.indexOf(t.articles());
                String want = first.equals(last) ? articles.get(0).label.printed()
                        : articles.get(0).label.printed() + "―" + articles.get(articles.size() - 1).label.printed();
                out.at(f, t.line(), at < 0 ? f.indentColumn(t.line()) : at + 1, at < 0 ? 0 : t.articles().length(),
                        Texts.get("lint.numbering.toc.articles", t.articles(), entry(t.label(), t.title()),
                                articles.get(0).label.printed(), articles.get(articles.size() - 1).label.printed()),
                        Texts.get("lint.numbering.toc.entry.fix", want), at < 0 || listed.size() > 2 ? null : want);
            }
        }

        /** An unnumbered entry (はじめに, 附則) that a line after the contents page reads as. */
        private static boolean unnumberedHeading(SourceFile f, ImportResult.TocEntry t, List<ImportResult.TocEntry> toc) {
            String want = JapaneseText.fold(t.title());
            if (want.equals("前文") && hasUnheadedPreface(f)) {
                return true; // 例規 list a 前文 they print without a heading (as 教育基本法's 目次 does)
            }
            int after = toc.get(toc.size() - 1).line();
            for (int n = after + 1; n <= f.lineCount(); n++) {
                String line = JapaneseText.fold(f.line(n)).replaceFirst("^#+", "");
                if (line.equals(want) || want.startsWith("附則") && line.startsWith(want)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the text opens with a part the importer read as a preface without a heading of its own. */
        private static boolean hasUnheadedPreface(SourceFile f) {
            return f.structure().documents().stream().anyMatch(d -> !d.sections().isEmpty()
                    && "".equals(d.sections().get(0).found()) && d.sections().get(0).titleText().isEmpty()
                    && !d.sections().get(0).blocks().isEmpty());
        }

        private static String entry(String label, String title) {
            return label.isEmpty() ? title : label + " " + title;
        }

        /**
         * A title as compared: folded, and without the brackets of an article's caption (a contents
         * page lists 「第１条（目的）」 for the article captioned 「（目的）」).
         */
        private static String title(String t) {
            String folded = JapaneseText.fold(t).strip();
            if (folded.length() > 2 && folded.charAt(0) == '(' && folded.charAt(folded.length() - 1) == ')'
                    && folded.indexOf(')') == folded.length() - 1) {
                return folded.substring(1, folded.length() - 1).strip();
            }
            return folded;
        }

        /** Aligns the contents with the headings in order, maximising agreement (an LCS). */
        private static int[] align(List<ImportResult.TocEntry> toc, List<Heading> body) {
            int n = toc.size();
            int m = body.size();
            int[][] best = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    int s = score(toc.get(i), body.get(j));
                    int take = s > 0 ? s + best[i + 1][j + 1] : Integer.MIN_VALUE;
                    best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
                }
            }
            int[] match = new int[n];
            java.util.Arrays.fill(match, -1);
            int i = 0;
            int j = 0;
            while (i < n && j < m) {
                int s = score(toc.get(i), body.get(j));
                if (s > 0 && best[i][j] == s + best[i + 1][j + 1]) {
                    match[i++] = j++;
                } else if (best[i][j] == best[i + 1][j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return match;
        }

        private static int score(ImportResult.TocEntry t, Heading h) {
            String tl = JapaneseText.fold(t.label());
            String hl = JapaneseText.fold(h.label());
            boolean label = tl.equals(hl) || (!tl.isEmpty() && LabelForms.digitsOf(tl).equals(LabelForms.digitsOf(hl))
                    && !LabelForms.digitsOf(tl).isEmpty() && tl.replaceAll("[0-9.]", "").equals(hl.replaceAll("[0-9.]", "")));
            String tt = title(t.title());
            String ht = title(h.title());
            boolean sameTitle = tt.equals(ht);
            int longer = Math.max(tt.length(), ht.length());
            boolean similar = longer > 0 && Suggestions.distance(tt, ht) <= Math.max(1, longer / 2);
            if (label && sameTitle) {
                return 3;
            }
            if (label && similar) {
                return 2;
            }
            if (sameTitle && tt.length() >= 2) {
                return 2;
            }
            return 0;
        }
    }
}
