package jp.policygen.importing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.model.Block;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.Inline;
import jp.policygen.model.Layout;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Revision;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.text.ForbiddenCharacters;
import jp.policygen.text.TextFiles;
import jp.policygen.i18n.Texts;

/**
 * Reads a policy policygen did not write — plain text or Markdown as bodies publish it, PDF
 * extraction debris and 例規 articles included — into the same {@link PolicyDocument} the
 * generator produces, keeping the numbers it was printed with. Structure comes from the labels at
 * line starts and their rank on the Japanese ladder, not from indentation or Markdown heading
 * levels (which real texts get wrong); what it repairs is reported, what it cannot place is
 * reported, nothing is guessed silently.
 */
public final class TextImporter {

    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})[ \t]+(.*?)[ \t#]*$");
    private static final Pattern MD_LIST = Pattern.compile("^[-*+][ \t]+(.*)$");
    private static final Pattern CAPTION = Pattern.compile("^[(（]([^()（）]{1,30})[)）]$");
    private static final Pattern TOC_LINE = Pattern.compile("^(.*?\\S)(?:\t+|[ \u3000]*(?:[…‥]+|[・.．·]{2,})[ \u3000]*)([0-9０-９]{1,3})$");
    /** A contents entry with dot leaders, wherever it stands: 「1 目的 ……… 2」. */
    private static final Pattern LEADER_LINE = Pattern.compile("^(.*?\\S)[ \u3000]*(?:[…‥]+|[・.．·]{3,})[ \u3000]*([0-9０-９]{1,3})$");
    /** The articles a contents entry of a 例規 lists instead of a page: 「（第１条―第10条）」「（第１条・第２条）」. */
    private static final Pattern ARTICLE_RANGE = Pattern.compile(
            "[ \u3000]*[(（](第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９]+)?(?:[―－‐—‒–ー~〜～・、](?:第)?[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９]+)?)*)[)）]$");
    private static final Pattern CONTENTS = Pattern.compile("^(目次|もくじ|目録)$");
    /** 附則 (supplementary provisions), with the instrument that added them: 「附　則（令和９年３月31日訓令第３号）」. */
    private static final Pattern SUPPLEMENTARY = Pattern.compile("^附[ \u3000]*則(?:[ \u3000]*[(（][^()（）]*[)）])?$");
    /** The heading of a part before the first numbered heading: a preface, a declaration. */
    private static final Pattern PREFACE_HEADING = Pattern.compile(
            "^(?:はじめに|序|序文|序章|前文|まえがき|趣旨|基本理念|[^。、]{0,30}宣言|[^。、]{0,20}(?:の|に向けた)基本的な考え方)$");
    /** Markdown emphasis left in a text: the marks are markup, the words are text. */
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*([^*]+?)\\*\\*|__([^_]+?)__");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\|?[ \u3000]*:?-{2,}:?[ \u3000]*(\\|[ \u3000]*:?-{2,}:?[ \u3000]*)*\\|?$");
    /** Cells of a row aligned with tabs, or with runs of two or more spaces. */
    private static final Pattern CELL_GAP = Pattern.compile("\t|[ \u3000]{2,}");
    private static final Pattern WAREKI = Pattern.compile("(明治|大正|昭和|平成|令和)([0-9０-９]{1,2}|元)年([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?");
    private static final Pattern EDITION = Pattern.compile("第([0-9０-９]+)版");
    private static final Pattern BODY_NAME = Pattern.compile(
            "([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,12}?(?:市議会|町議会|村議会|区議会|議会|広域連合|組合|市|町|村|区|都|道|府|県))(?:行政)?情報セキュリティ(?:ポリシー|基本方針|対策基準)");
    private static final String KINDS = "(?:市議会|町議会|村議会|区議会|広域連合|事務組合|組合|市|町|村|区|都|道|府|県)";
    /** A line that is a body's name alone: 「只見町」「○○市議会」「小諸市長」. */
    private static final Pattern NAME_ALONE = Pattern.compile("^([\\p{IsHan}\\p{IsKatakana}ー○〇△□◯×]{1,10}?" + KINDS + ")(?:長)?$");
    /** 「○○町における情報セキュリティ」「小諸市のサイバーセキュリティ」「本市（小諸市）の情報セキュリティ」. */
    private static final Pattern NAME_BEFORE_FIELD = Pattern.compile(
            "(?<![\\p{IsHan}\\p{IsKatakana}])([\\p{IsHan}\\p{IsKatakana}ー○〇△□◯×]{1,10}?" + KINDS + ")(?:における|の|が保有する|が管理する)(?:行政)?(?:情報セキュリティ|サイバーセキュリティ)");
    private static final String TERMINAL = "。．.」』）)：:";

    /** Reads a file; refuses an encoding it cannot recognise with a clear message. */
    public ImportResult read(Path file) {
        // a folder, a missing file and a file far larger than any policy are refused before reading
        byte[] bytes = TextFiles.read(file);
        Decoding.Decoded decoded = Decoding.decode(bytes);
        if (decoded == null) {
            throw PolicygenException.badInput(new Problem(file, 0, 0, null,
                    Texts.get("importing.encoding"), Texts.get("importing.encoding.fix")));
        }
        return read(file, decoded.text(), decoded.encoding());
    }

    /** Reads text already decoded. */
    public ImportResult read(Path file, String text, String encoding) {
        // pdftotext marks page breaks with a form feed: the reading sets the page's own lines aside
        String clean = TextFiles.stripBom(TextFiles.normaliseLineEnds(text));
        List<Problem> forbidden = ForbiddenCharacters.find(file, clean.replace("\f", ""), null);
        if (!forbidden.isEmpty()) {
            // written raw into the reports (Markdown, JSON) otherwise, or breaking their XHTML
            throw PolicygenException.badInput(Texts.get("text.forbidden.count", file, forbidden.size()), forbidden);
        }
        return new Reading(file, clean).run(encoding);
    }

    /** The line without trailing spaces, tabs and ideographic spaces (a regex took a long line's square). */
    static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t' || line.charAt(end - 1) == '\u3000')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** A logical line: one labelled line (or heading, or paragraph) with its continuation lines. */
    private static final class Unit {
        final int line;
        final int markdownLevel;
        final boolean listMarker;
        final Label label;
        String text;
        /** The cells of a table row, or null. */
        List<String> cells;
        /**
         * Text joined to this unit (continuation lines, a broken sentence's rest), collected here
         * and made {@link #text} by {@link #finish}: joining by string concatenation took time with
         * the square of a long paragraph. What the joining asks of the text is kept as it grows.
         */
        private StringBuilder joined;
        private boolean hasTab;
        private boolean hasComma;
        private int length;
        private char last;

        Unit(int line, int markdownLevel, boolean listMarker, Label label, String text) {
            this.line = line;
            this.markdownLevel = markdownLevel;
            this.listMarker = listMarker;
            this.label = label;
            this.text = text;
            note(text);
        }

        void append(String more) {
            if (joined == null) {
                joined = new StringBuilder(text);
            }
            joined.append(more);
            note(more);
        }

        private void note(String more) {
            hasTab |= more.indexOf('\t') >= 0;
            hasComma |= more.indexOf('、') >= 0;
            length += more.length();
            if (!more.isEmpty()) {
                last = more.charAt(more.length() - 1);
            }
        }

        boolean hasTab() {
            return hasTab;
        }

        boolean endsWithPipe() {
            return length > 0 && last == '|';
        }

        /** A clause (、) that does not end a sentence: PDF extraction broke it across units. */
        boolean looksBroken() {
            if (length == 0 || hasTab || last == '|' || TERMINAL.indexOf(last) >= 0) {
                return false;
            }
            return hasComma || length >= 40;
        }

        void finish() {
            if (joined != null) {
                text = joined.toString();
                joined = null;
            }
        }

        boolean isCaption() {
            return label == null && markdownLevel == 0 && CAPTION.matcher(text).matches();
        }
    }

    /** A section under construction. */
    private static final class SectionB {
        final Label label;
        final String title;
        final int line;
        final int markdownLevel;
        final int rank;
        final List<Object> blocks = new ArrayList<>(); // Block.Paragraph or ListB
        final List<SectionB> children = new ArrayList<>();
        String id;
        /** The part before the first numbered heading: a preface, a declaration. */
        boolean preface;

        SectionB(Label label, String title, int line, int markdownLevel, int rank) {
            this.label = label;
            this.title = title;
            this.line = line;
            this.markdownLevel = markdownLevel;
            this.rank = rank;
        }
    }

    private static final class ItemB {
        final Label label;
        final List<Object> blocks = new ArrayList<>();
        final int line;

        ItemB(Label label, int line) {
            this.label = label;
            this.line = line;
        }
    }

    private static final class ListB {
        final int rank;
        final List<ItemB> items = new ArrayList<>();

        ListB(int rank) {
            this.rank = rank;
        }
    }

    /** A table under construction: its rows of cells, and whether the first row is a header. */
    private static final class TableB {
        final List<List<String>> rows = new ArrayList<>();
        boolean separated;

        boolean header() {
            if (separated) {
                return true;
            }
            // no separator row: a first row of short labels (「文書名」「内容」) over longer rows is a header
            return rows.size() >= 2 && rows.get(0).stream().allMatch(c -> c.length() <= 10 && !c.contains("。"));
        }
    }

    /** An open container on the stack: a section or an item, with its rank. */
    private record Frame(int rank, SectionB section, ItemB item) {
        List<Object> blocks() {
            return section != null ? section.blocks : item.blocks;
        }
    }

    /** One reading of one text. */
    private static final class Reading {
        final Path file;
        final String[] lines;
        final List<Problem> notes = new ArrayList<>();
        final List<ImportResult.TocEntry> toc = new ArrayList<>();
        final List<SectionB> roots = new ArrayList<>();
        final List<String> front = new ArrayList<>();
        final List<Object[]> sourceLines = new ArrayList<>(); // (SectionB, heading?, Label, text, line, mdLevel)
        String title;
        boolean anyLabel;

        /** Page numbers, running headers and page-break gaps (PageFurniture): not part of the text. */
        final boolean[] furniture;
        /** Lines read as the continuation of the line above (one paragraph, one passage for lint). */
        final boolean[] continued;
        final LineWrap wrap;

        Reading(Path file, String text) {
            this.file = file;
            this.lines = text.split("\n", -1);
            this.furniture = PageFurniture.find(lines);
            this.continued = new boolean[lines.length];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = lines[i].replace("\f", "");
            }
            this.wrap = LineWrap.of(lines);
        }

        ImportResult run(String encoding) {
            List<Unit> units = repairBrokenSentences(units());
            build(units);
            if (roots.isEmpty() || !anyLabel) {
                throw PolicygenException.badInput(new Problem(file, 0, 0, null,
                        Texts.get("importing.noStructure"),
                        Texts.get("importing.noStructure.fix")));
            }
            List<PolicyDocument> documents = documents();
            List<ImportResult.SourceLine> located = new ArrayList<>();
            for (Object[] s : sourceLines) {
                SectionB owner = (SectionB) s[0];
                located.add(new ImportResult.SourceLine(owner == null ? null : owner.id, (Boolean) s[1], (Label) s[2],
                        (String) s[3], (Integer) s[4], (Integer) s[5]));
            }
            List<Integer> setAside = new ArrayList<>();
            for (int i = 0; i < furniture.length; i++) {
                if (furniture[i]) {
                    setAside.add(i + 1);
                }
            }
            List<Integer> continuations = new ArrayList<>();
            for (int i = 0; i < continued.length; i++) {
                if (continued[i]) {
                    continuations.add(i + 1);
                }
            }
            return new ImportResult(file, encoding, documents, located, toc, notes, setAside, continuations);
        }

        // ---- lines to units ----------------------------------------------------------------


        List<Unit> units() {
            List<Unit> units = new ArrayList<>();
            Unit open = null;
            String lastLine = null; // the open unit's last line as printed
            boolean inToc = false;
            boolean[] spaceRows = spaceAlignedRows();
            for (int i = 0; i < lines.length; i++) {
                int lineNo = i + 1;
                if (furniture[i]) {
                    continue; // the page's, not the text's: the paragraph it interrupts reads on
                }
                String raw = stripTrailingSpaces(lines[i]);
                String content = raw.strip();
                while (content.startsWith("\u3000")) {
                    content = content.substring(1).strip();
                }
                if (content.isEmpty()) {
                    open = null;
                    continue;
                }
                if (CONTENTS.matcher(content.replaceAll("[ \u3000]", "")).matches()) {
                    inToc = true;
                    open = null;
                    continue;
                }
                // (only a line that ends in a page number can be a contents entry with leaders)
                char last = content.charAt(content.length() - 1);
                boolean paged = last >= '0' && last <= '9' || last >= '０' && last <= '９';
                if (inToc || paged && LEADER_LINE.matcher(content).matches()) {
                    if (tocEntry(content, lineNo, inToc)) {
                        inToc = true;
                        continue;
                    }
                    inToc = false;
                }
                content = unemphasise(content);
                int markdownLevel = 0;
                Matcher h = MD_HEADING.matcher(content.startsWith("#") && content.length() <= 1_000 ? content : "");
                if (h.matches()) {
                    markdownLevel = h.group(1).length();
                    content = h.group(2).strip();
                }
                boolean listMarker = false;
                Matcher li;
                for (int markers = 0; markers < 3 && (li = MD_LIST.matcher(content)).matches(); markers++) {
                    listMarker = true; // "- - text" at most: a line of thousands of markers would cost their square
                    content = li.group(1).strip();
                }
                if (content.isEmpty()) {
                    continue;
                }
                Label.Found found = Label.parse(content);
                if (found != null && found.rest().isEmpty() && found.label().kind() != LabelKind.CHAPTER
                        && found.label().kind() != LabelKind.ARTICLE) {
                    found = null; // a bare number is text, not structure
                }
                // a row of a tab-separated, space-aligned or Markdown pipe table
                boolean pipeRow = content.startsWith("|") && content.endsWith("|");
                boolean tableRow = raw.indexOf('\t') >= 0 || pipeRow || spaceRows[i];
                if (found == null && open != null && markdownLevel == 0 && !listMarker && !tableRow
                        && open.cells == null && !open.hasTab() && !open.endsWithPipe()
                        && !CAPTION.matcher(content).matches() && !standsAlone(content) && !isTitle(open)
                        && !wrap.endsShort(lastLine)) {
                    open.append(content); // a continuation line of the same paragraph
                    continued[i] = true;
                    lastLine = raw;
                    continue;
                }
                if (tableRow) {
                    // keep the cells' tabs, a leading one too (an empty first cell): a table row, not prose
                    content = unemphasise(raw.replaceAll("^[ \u3000]+", "").replaceAll("[ \u3000]+$", ""));
                }
                Unit u = found == null ? new Unit(lineNo, markdownLevel, listMarker, null, content)
                        : new Unit(lineNo, markdownLevel, listMarker, found.label(), found.rest());
                if (found == null && tableRow && markdownLevel == 0 && !listMarker) {
                    u.cells = cells(content, pipeRow);
                }
                units.add(u);
                open = markdownLevel > 0 ? null : u;
                lastLine = raw;
            }
            return units;
        }

        /**
         * Reads a line of a table of contents, if it is one: an entry with a page number (after
         * tabs or dot leaders), or, in a contents page without page numbers, a chapter or section
         * with the articles it holds (「第２章　組織体制（第３条―第13条）」) or 附則. Such a page
         * ends where its first kind of entry starts counting again: the text itself begins.
         */
        boolean tocEntry(String content, int lineNo, boolean inToc) {
            if (content.length() > 200) {
                return false; // a contents line is short; the pattern's backtracking costs the square of a long one
            }
            Matcher paged = TOC_LINE.matcher(content);
            if (paged.matches() && (inToc || LEADER_LINE.matcher(content).matches())) {
                addTocEntry(paged.group(1).strip(), paged.group(2), lineNo);
                return true;
            }
            if (!inToc || toc.stream().anyMatch(t -> !t.page().isEmpty())) {
                return false; // a paged contents page ends at the first line without a page
            }
            String bare = content.replaceAll("[ \u3000]", "");
            if (SUPPLEMENTARY.matcher(bare).matches()) {
                if (toc.stream().anyMatch(t -> t.title().replaceAll("[ \u3000]", "").startsWith("附則"))) {
                    return false; // the second 附則: the text's own
                }
                addTocEntry(content, "", lineNo);
                return true;
            }
            Label.Found f = Label.parse(content);
            if (f == null || !titleLike(f.rest()) || f.label().kind() == LabelKind.ARTICLE || CAPTION.matcher(content).matches()) {
                return false;
            }
            if (!toc.isEmpty()) {
                Label.Found first = Label.parse(toc.get(0).label() + " x");
                if (first != null && first.label().kind() == f.label().kind()) {
                    int highest = 0;
                    for (ImportResult.TocEntry t : toc) {
                        Label.Found e = Label.parse(t.label() + " x");
                        if (e != null && e.label().kind() == f.label().kind()) {
                            highest = Math.max(highest, e.label().value());
                        }
                    }
                    if (f.label().value() <= highest) {
                        return false; // 第１章 again: the text begins
                    }
                }
            }
            addTocEntry(content, "", lineNo);
            return true;
        }

        void addTocEntry(String entry, String page, int lineNo) {
            String articles = "";
            Matcher range = ARTICLE_RANGE.matcher(entry);
            if (range.find()) {
                articles = range.group(1);
                entry = entry.substring(0, range.start()).strip();
            }
            Label.Found f = Label.parse(entry);
            boolean labelled = f != null && !f.rest().isEmpty();
            toc.add(new ImportResult.TocEntry(labelled ? f.label().printed() : "", labelled ? f.rest() : entry, page, articles, lineNo));
        }

        /** A line that is never the continuation of the line above: 附則, はじめに, a declaration's heading. */
        static boolean standsAlone(String content) {
            String bare = content.replaceAll("[ \u3000]", "");
            return SUPPLEMENTARY.matcher(bare).matches() || content.length() <= 40 && PREFACE_HEADING.matcher(bare).matches();
        }

        /**
         * A heading line (「1 目的」「第2章 組織体制」「はじめに」) followed directly by the text
         * under it: the next line starts the text, it does not continue the title.
         */
        static boolean isTitle(Unit open) {
            if (open.label == null) {
                return standsAlone(open.text);
            }
            LabelKind k = open.label.kind();
            boolean headingKind = k == LabelKind.CHAPTER || k == LabelKind.SECTION || k == LabelKind.PREFACE
                    || k == LabelKind.DOTTED || k == LabelKind.PLAIN;
            return headingKind && open.text.length() <= 20 && titleLike(open.text);
        }

        static String unemphasise(String text) {
            if (text.indexOf('*') < 0 && text.indexOf('_') < 0) {
                return text;
            }
            Matcher m = EMPHASIS.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** The cells of a table row: between pipes, or between tabs or runs of spaces. */
        static List<String> cells(String row, boolean pipe) {
            List<String> out = new ArrayList<>();
            if (pipe) {
                String inner = row.substring(1, row.length() - 1);
                for (String c : inner.split("\\|", -1)) {
                    out.add(c.strip());
                }
            } else {
                for (String c : CELL_GAP.split(row.replaceAll("^[ \u3000]+|[ \t\u3000]+$", ""), -1)) {
                    out.add(c.strip());
                }
            }
            return out;
        }

        /** Two spaces in a row somewhere: the only lines worth splitting into cells. */
        static boolean hasGap(String t) {
            for (int i = 0; i + 1 < t.length(); i++) {
                char a = t.charAt(i);
                char b = t.charAt(i + 1);
                if ((a == ' ' || a == '\u3000') && (b == ' ' || b == '\u3000')) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Lines of a table aligned with spaces: two or more lines in a row, each of two or more
         * cells set apart by runs of two or more spaces, none of them a numbered line or prose
         * in any cell but the last.
         */
        boolean[] spaceAlignedRows() {
            boolean[] row = new boolean[lines.length];
            int[] cellCount = new int[lines.length];
            for (int i = 0; i < lines.length; i++) {
                String t = lines[i].strip();
                while (t.startsWith("\u3000")) {
                    t = t.substring(1).strip();
                }
                if (t.isEmpty() || t.indexOf('\t') >= 0 || t.startsWith("|") || !hasGap(t) || Label.parse(t) != null) {
                    continue;
                }
                String[] cells = CELL_GAP.split(t, -1);
                boolean ok = cells.length >= 2;
                for (int c = 0; ok && c < cells.length - 1; c++) {
                    ok = !cells[c].isBlank() && cells[c].length() <= 30 && !cells[c].contains("。");
                }
                cellCount[i] = ok ? cells.length : 0;
            }
            for (int i = 0; i < lines.length; i++) {
                if (cellCount[i] == 0) {
                    continue;
                }
                int j = i;
                while (j + 1 < lines.length && cellCount[j + 1] == cellCount[i]) {
                    j++;
                }
                if (j > i) {
                    for (int k = i; k <= j; k++) {
                        row[k] = true;
                    }
                }
                i = j;
            }
            return row;
        }

        /**
         * Joins a sentence that PDF extraction broke across paragraphs or list items: a unit that
         * holds a clause (a 、) and does not end a sentence, followed by an unlabelled unit.
         */
        List<Unit> repairBrokenSentences(List<Unit> units) {
            List<Unit> out = new ArrayList<>();
            for (Unit u : units) {
                u.finish();
                Unit prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (prev != null && u.label == null && u.markdownLevel == 0 && !u.isCaption()
                        && prev.markdownLevel == 0 && prev.looksBroken()) {
                    notes.add(new Problem(file, u.line, 0, "import",
                            Texts.get("importing.joined", prev.line, u.line),
                            Texts.get("importing.joined.fix")));
                    u.finish();
                    prev.append(u.text);
                    continue;
                }
                out.add(u);
            }
            out.forEach(Unit::finish);
            return out;
        }

        // ---- units to a tree ---------------------------------------------------------------

        void build(List<Unit> units) {
            Deque<Frame> stack = new ArrayDeque<>();
            String caption = null;
            boolean started = false;
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
                if (u.isCaption() && next != null && next.label != null && next.label.kind() == LabelKind.ARTICLE) {
                    caption = CAPTION.matcher(u.text).replaceAll("$1");
                    continue;
                }
                if (u.cells != null) {
                    if (!started) {
                        started = true;
                        openPreface(stack, "", u);
                    }
                    table(stack.peek().blocks(), u);
                    continue;
                }
                if (u.label == null) {
                    boolean prefaceHeading = PREFACE_HEADING.matcher(u.text.replaceAll("[ \u3000]", "")).matches()
                            && u.text.length() <= 40;
                    if (!started && u.markdownLevel > 0 && title == null) {
                        title = u.text;
                        continue;
                    }
                    if (!started && (prefaceHeading || prose(u.text))) {
                        // a preface, a declaration, はじめに: kept first, as a section of its own
                        started = true;
                        openPreface(stack, prefaceHeading ? u.text : "", u);
                        if (!prefaceHeading) {
                            paragraph(stack.peek().blocks(), u.text);
                        }
                        continue;
                    }
                    if (!started) {
                        front.add(u.text);
                        continue;
                    }
                    if (SUPPLEMENTARY.matcher(u.text.replaceAll("[ \u3000]", "")).matches()) {
                        closePreface(stack);
                        openSection(stack, null, u.text, u, 0);
                        continue;
                    }
                    if (u.markdownLevel > 0) {
                        // an unnumbered heading inside the text: keep it as a section
                        started = true;
                        openSection(stack, null, u.text, u, u.markdownLevel <= 2 ? 0 : u.markdownLevel);
                        continue;
                    }
                    if (stack.isEmpty()) {
                        notes.add(new Problem(file, u.line, 0, "import", Texts.get("importing.frontMatter"), null));
                        front.add(u.text);
                        continue;
                    }
                    paragraph(stack.peek().blocks(), u.text);
                    continue;
                }
                anyLabel = true;
                LabelKind kind = u.label.kind();
                Frame article = enclosing(stack, LabelKind.ARTICLE);
                if (kind == LabelKind.PLAIN && article != null && u.markdownLevel == 0) {
                    // 「２　…」 inside an article is a paragraph (項)
                    paragraph(article.section().blocks, u.text);
                    record(article.section(), false, u);
                    continue;
                }
                if (kind == LabelKind.ARTICLE) {
                    started = true;
                    closePreface(stack);
                    // 「第1条（目的）」 as a heading line carries its caption itself
                    Matcher own = CAPTION.matcher(u.text);
                    if (caption == null && own.matches()) {
                        caption = own.group(1);
                        u.text = "";
                    }
                    SectionB s = openSection(stack, u.label, caption == null ? "" : caption, u, kind.rank());
                    caption = null;
                    if (!u.text.isEmpty()) {
                        paragraph(s.blocks, u.text);
                    }
                    continue;
                }
                boolean inPreface = !stack.isEmpty() && stack.peekLast().section() != null && stack.peekLast().section().preface;
                boolean structural = kind == LabelKind.CHAPTER || kind == LabelKind.SECTION || kind == LabelKind.PREFACE
                        || kind == LabelKind.DOTTED || kind == LabelKind.PLAIN || u.markdownLevel > 0;
                if (isHeading(u, next) && (!inPreface || structural)) {
                    started = true;
                    closePreface(stack);
                    openSection(stack, u.label, u.text, u, kind.rank());
                    continue;
                }
                if (nextOfSection(stack, u)) {
                    // 「(2)　契約項目　…」 after the section 「(1)　委託事業者の選定基準」: a 号 of a 例規 whose
                    // caption runs into its text is a section like its siblings; the caption ends at 「　」
                    started = true;
                    int gap = captionGap(u.text);
                    String title = gap > 0 && gap <= 40 ? u.text.substring(0, gap) : "";
                    SectionB s = openSection(stack, u.label, title, u, kind.rank());
                    String text = gap > 0 && gap <= 40 ? u.text.substring(gap).strip() : u.text;
                    if (!text.isEmpty()) {
                        paragraph(s.blocks, text);
                    }
                    continue;
                }
                if (!started || stack.isEmpty()) {
                    // numbered items before any heading (a declaration's ⑴ ⑵ …): a part of their own, first
                    started = true;
                    openPreface(stack, "", u);
                }
                item(stack, u);
            }
        }

        /** Opens the part before the first numbered heading; {@code title} may be "". */
        void openPreface(Deque<Frame> stack, String title, Unit u) {
            SectionB s = openSection(stack, null, title, u, 0);
            s.preface = true;
        }

        /** The first numbered heading ends the preface. */
        static void closePreface(Deque<Frame> stack) {
            if (!stack.isEmpty() && stack.peekLast().section() != null && stack.peekLast().section().preface) {
                stack.clear();
            }
        }

        /** Running text rather than a title, a date or a name: a sentence, or a long line. */
        static boolean prose(String text) {
            return text.contains("。") || text.length() > 60;
        }

        void table(List<Object> blocks, Unit u) {
            TableB t = blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof TableB last) ? null : last;
            if (t == null) {
                t = new TableB();
                blocks.add(t);
            }
            if (PIPE_SEPARATOR.matcher(u.text).matches()) {
                t.separated = true;
                return;
            }
            t.rows.add(u.cells);
        }

        boolean isHeading(Unit u, Unit next) {
            LabelKind kind = u.label.kind();
            if (u.markdownLevel > 0 || kind == LabelKind.CHAPTER || kind == LabelKind.SECTION || kind == LabelKind.PREFACE) {
                return true;
            }
            boolean deeperFollows = next != null && next.label != null && next.label.kind().rank() > kind.rank();
            // a 号 of a 例規 that only names what its items are about reads 「(3)　原因の究明、記録及び再発防止」:
            // a comma is a title's when deeper numbers follow
            if (kind == LabelKind.BULLET || kind == LabelKind.MARKDOWN_NUMBER
                    || !(titleLike(u.text) || deeperFollows && titleLike(u.text.replace("、", "")))) {
                return false;
            }
            if (kind == LabelKind.DOTTED || kind == LabelKind.PLAIN) {
                return true;
            }
            if (next == null) {
                return false;
            }
            if (next.label == null) {
                return !next.isCaption();
            }
            // a title followed by deeper numbers opens a section; followed by a sibling it is an item
            return next.label.kind().rank() > kind.rank();
        }

        /**
         * Where a 号's caption ends and its text begins: at a full-width space, or at a run of
         * spaces (text extracted from a page lays the full-width space out as several); -1 if none.
         */
        static int captionGap(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u3000' || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                    return i;
                }
            }
            return -1;
        }

        /** Whether a numbered line continues the numbers of the section open above it (its next sibling). */
        static boolean nextOfSection(Deque<Frame> stack, Unit u) {
            SectionB section = null;
            for (Frame f : stack) {
                if (f.section() != null) {
                    section = f.section();
                    break;
                }
            }
            if (section == null || section.label == null) {
                return false;
            }
            Label open = section.label;
            return open.kind() == u.label.kind() && open.kind() != LabelKind.ARTICLE && open.kind() != LabelKind.BULLET
                    && u.label.value() == open.value() + 1;
        }

        static boolean titleLike(String text) {
            return text.length() <= 40 && !text.contains("。") && !text.endsWith("こと") && !text.contains("、");
        }

        SectionB openSection(Deque<Frame> stack, Label label, String title, Unit u, int rank) {
            while (!stack.isEmpty() && (stack.peek().rank() >= rank || stack.peek().item() != null)) {
                stack.pop();
            }
            SectionB s = new SectionB(label, title, u.line, u.markdownLevel, rank);
            if (stack.isEmpty()) {
                roots.add(s);
            } else {
                stack.peek().section().children.add(s);
            }
            stack.push(new Frame(rank, s, null));
            if (label != null) {
                record(s, true, u);
            }
            return s;
        }

        void item(Deque<Frame> stack, Unit u) {
            int rank = u.label.kind().rank();
            while (stack.size() > 1 && stack.peek().rank() >= rank && stack.peek().item() != null) {
                stack.pop();
            }
            if (stack.peek().section() != null && stack.peek().rank() >= rank && stack.size() > 1) {
                // a list item of a rank the section itself holds: it belongs to the section
                rank = stack.peek().rank() + 1;
            }
            Frame container = stack.peek();
            List<Object> blocks = container.blocks();
            ListB list = blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof ListB l) || l.rank != rank
                    ? null : l;
            if (list == null) {
                list = new ListB(rank);
                blocks.add(list);
            }
            ItemB item = new ItemB(u.label, u.line);
            if (!u.text.isEmpty()) {
                paragraph(item.blocks, u.text);
            }
            list.items.add(item);
            stack.push(new Frame(rank, null, item));
            record(sectionOf(stack), false, u);
        }

        static SectionB sectionOf(Deque<Frame> stack) {
            for (Frame f : stack) {
                if (f.section() != null) {
                    return f.section();
                }
            }
            return null;
        }

        static Frame enclosing(Deque<Frame> stack, LabelKind kind) {
            for (Frame f : stack) {
                if (f.section() != null && f.section().label != null && f.section().label.kind() == kind) {
                    return f;
                }
                if (f.section() != null) {
                    return null;
                }
            }
            return null;
        }

        static void paragraph(List<Object> blocks, String text) {
            blocks.add(new Block.Paragraph(List.of(new Inline.Text(text))));
        }

        void record(SectionB owner, boolean heading, Unit u) {
            sourceLines.add(new Object[] {owner, heading, u.label, u.text, u.line, u.markdownLevel});
        }

        // ---- the tree to documents ---------------------------------------------------------

        List<PolicyDocument> documents() {
            String joinedFront = String.join("\n", front);
            String docTitle = title != null ? title : front.stream().filter(l -> l.contains("情報セキュリティ")).findFirst().orElse(null);
            String all = String.join("\n", lines);
            String bodyName = bodyName(docTitle, all);
            int edition = 0; // none printed: none invented
            Matcher ed = EDITION.matcher(joinedFront);
            if (ed.find()) {
                edition = Label.number(ed.group(1));
            }
            String established = "";
            List<Revision> revisions = new ArrayList<>();
            for (String f : front) {
                Matcher d = WAREKI.matcher(f);
                while (d.find()) {
                    // 「(令和2年9月改正)」: a date followed by 改正 is a revision; the first other date is 策定
                    String after = f.substring(d.end(), Math.min(f.length(), d.end() + 3));
                    if (after.contains("改正") || after.contains("改定")) {
                        revisions.add(new Revision(d.group(), null));
                    } else if (established.isEmpty()) {
                        established = d.group();
                    }
                }
            }
            String style = styleOf(roots);
            String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String bodyId = stem.isEmpty() ? "imported" : stem;

            List<PolicyDocument> out = new ArrayList<>();
            List<SectionB> chapters = roots.stream().filter(s -> s.label != null && s.label.kind() == LabelKind.CHAPTER).toList();
            SectionB basicChapter = chapters.stream().filter(c -> c.title.contains("基本方針")).findFirst().orElse(null);
            SectionB standardsChapter = chapters.stream().filter(c -> c.title.contains("対策基準")).findFirst().orElse(null);
            if (basicChapter != null || standardsChapter != null) {
                if (basicChapter != null) {
                    List<SectionB> sections = new ArrayList<>();
                    roots.stream().filter(r -> r.preface || r.label != null && r.label.kind() == LabelKind.PREFACE).forEach(sections::add);
                    sections.addAll(basicChapter.children);
                    moveBlocksIntoFirstChild(basicChapter, sections);
                    out.add(document(bodyId, bodyName, docTitle, DocumentKind.BASIC_POLICY, sections,
                            basicChapter.label.value(), style, edition, established, revisions));
                }
                if (standardsChapter != null) {
                    List<SectionB> sections = new ArrayList<>(standardsChapter.children);
                    out.add(document(bodyId, bodyName, docTitle, DocumentKind.STANDARDS, sections,
                            standardsChapter.label.value(), style, edition, established, revisions));
                    if (!standardsChapter.blocks.isEmpty()) {
                        notes.add(new Problem(file, standardsChapter.line, 0, "import",
                                Texts.get("importing.standardsLead"), null));
                    }
                }
                for (SectionB root : roots) {
                    if (root != basicChapter && root != standardsChapter
                            && !((root.preface || root.label != null && root.label.kind() == LabelKind.PREFACE) && basicChapter != null)) {
                        notes.add(new Problem(file, root.line, 0, "import",
                                Texts.get("importing.leftOut", (root.label == null ? "" : root.label.printed() + " ") + root.title), null));
                    }
                }
                return out;
            }
            DocumentKind kind = docTitle != null && docTitle.contains("対策基準") ? DocumentKind.STANDARDS : DocumentKind.BASIC_POLICY;
            out.add(document(bodyId, bodyName, docTitle, kind, roots, 0, style, edition, established, revisions));
            return out;
        }

        /**
         * The body the text belongs to, as the text names it: in a title 「小諸市情報セキュリティ
         * 基本方針」, 「○○町におけるサイバーセキュリティを確保するための方針」, or a front line that is a
         * name alone (「只見町」「○○市議会」), else in its first sentence that names a body before
         * 情報セキュリティ or サイバーセキュリティ. 「（団体名不明）」 only when it names none.
         */
        String bodyName(String docTitle, String all) {
            Matcher name = BODY_NAME.matcher(docTitle == null ? all : docTitle + "\n" + all);
            if (name.find()) {
                return name.group(1);
            }
            List<String> candidates = new ArrayList<>();
            if (docTitle != null) {
                candidates.add(docTitle);
            }
            candidates.addAll(front);
            for (String line : candidates) {
                Matcher own = NAME_ALONE.matcher(line.replaceAll("[ \u3000]", ""));
                if (own.matches()) {
                    return own.group(1);
                }
            }
            for (String line : candidates) {
                Matcher m = NAME_BEFORE_FIELD.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
            Matcher m = NAME_BEFORE_FIELD.matcher(all);
            return m.find() ? m.group(1) : "（団体名不明）";
        }

        /** The lead text of a chapter that is unwrapped would be lost: report it. */
        void moveBlocksIntoFirstChild(SectionB chapter, List<SectionB> sections) {
            if (!chapter.blocks.isEmpty()) {
                notes.add(new Problem(file, chapter.line, 0, "import",
                        Texts.get("importing.chapterLead"), null));
            }
        }

        PolicyDocument document(String bodyId, String bodyName, String docTitle, DocumentKind kind,
                                List<SectionB> sections, int chapter, String style, int edition,
                                String established, List<Revision> revisions) {
            String prefix = kind == DocumentKind.BASIC_POLICY ? "imported-basic" : "imported-standards";
            List<Section> built = new ArrayList<>();
            int i = 0;
            for (SectionB s : sections) {
                built.add(section(s, prefix + "." + (++i)));
            }
            String title = kind == DocumentKind.BASIC_POLICY || docTitle == null
                    ? (docTitle != null && !docTitle.contains("ポリシー") ? docTitle : bodyName + kind.japaneseName())
                    : bodyName + kind.japaneseName();
            boolean articles = containsKind(sections, LabelKind.ARTICLE);
            int articleLevel = articles ? levelOf(sections, LabelKind.ARTICLE, 1) : 1;
            DocumentInfo info = new DocumentInfo(bodyId, bodyName, title, kind,
                    kind == DocumentKind.BASIC_POLICY ? Visibility.PUBLIC : Visibility.PRIVATE, edition,
                    established, revisions, new Layout(style, chapter, articleLevel));
            return new PolicyDocument(info, built);
        }

        Section section(SectionB s, String id) {
            s.id = id;
            List<Section> children = new ArrayList<>();
            int i = 0;
            for (SectionB c : s.children) {
                children.add(section(c, id + "." + (++i)));
            }
            // a part printed without a number (a preface, 附則, an unnumbered heading) keeps none: a
            // style must not give it one when the text is written out again
            String found = s.label != null ? s.label.printed() : "";
            return new Section(id, List.of(new Inline.Text(s.title)), blocks(s.blocks), children, Provenance.IMPORTED,
                    found);
        }

        static List<Block> blocks(List<Object> raw) {
            List<Block> out = new ArrayList<>();
            for (Object o : raw) {
                if (o instanceof Block b) {
                    out.add(b);
                } else if (o instanceof TableB t) {
                    int width = t.rows.stream().mapToInt(List::size).max().orElse(0);
                    List<List<List<Inline>>> rows = new ArrayList<>();
                    for (List<String> r : t.rows) {
                        List<List<Inline>> cells = new ArrayList<>();
                        for (int c = 0; c < width; c++) {
                            String cell = c < r.size() ? r.get(c) : "";
                            cells.add(cell.isEmpty() ? List.of() : List.of(new Inline.Text(cell)));
                        }
                        rows.add(cells);
                    }
                    if (!rows.isEmpty()) {
                        out.add(new Block.Table(t.header(), rows));
                    }
                } else if (o instanceof ListB l) {
                    List<Block.Item> items = new ArrayList<>();
                    boolean numbered = false;
                    for (ItemB item : l.items) {
                        numbered |= item.label.kind() != LabelKind.BULLET;
                        items.add(new Block.Item(List.of(), blocks(item.blocks), item.label.printed()));
                    }
                    out.add(new Block.ItemList(numbered, items));
                }
            }
            return out;
        }

        static boolean containsKind(List<SectionB> sections, LabelKind kind) {
            for (SectionB s : sections) {
                if (s.label != null && s.label.kind() == kind || containsKind(s.children, kind)) {
                    return true;
                }
            }
            return false;
        }

        static int levelOf(List<SectionB> sections, LabelKind kind, int level) {
            for (SectionB s : sections) {
                if (s.label != null && s.label.kind() == kind) {
                    return level;
                }
                int below = levelOf(s.children, kind, level + 1);
                if (below > 0) {
                    return below;
                }
            }
            return 0;
        }

        static String styleOf(List<SectionB> roots) {
            if (containsKind(roots, LabelKind.ARTICLE)) {
                return "article";
            }
            if (containsKind(roots, LabelKind.DOTTED) && !containsKind(roots, LabelKind.PLAIN)) {
                return "chapter-dotted";
            }
            return "plain";
        }
    }
}
