package jp.policygen.importing;

import java.io.IOException;
import java.nio.file.Files;
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
import jp.policygen.text.TextFiles;

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
    private static final Pattern TOC_LINE = Pattern.compile("^(.*?\\S)(?:\t+|[ \u3000]*[…‥・.]{2,}[ \u3000]*)([0-9０-９]{1,3})$");
    /** An entry of a 例規's 目次: a chapter or 節 with the articles it holds, 「第１章　総則（第１条―第５条）」, or 「附則」. */
    private static final Pattern TOC_ARTICLES = Pattern.compile(
            "^(第[0-9０-９一二三四五六七八九十]+[章節](?:の[0-9０-９]+)?[ \u3000]+.+?)（第[^（）]*条[^（）]*）$|^(附[ \u3000]*則)$");
    private static final Pattern WAREKI = Pattern.compile("(明治|大正|昭和|平成|令和)([0-9０-９]{1,2}|元)年([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?");
    private static final Pattern EDITION = Pattern.compile("第([0-9０-９]+)版");
    private static final Pattern BODY_NAME = Pattern.compile(
            "([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,12}?(?:市議会|町議会|村議会|区議会|議会|広域連合|組合|市|町|村|区|都|道|府|県))(?:行政)?情報セキュリティ(?:ポリシー|基本方針|対策基準)");
    private static final String TERMINAL = "。．.」』）)：:";

    /** Reads a file; refuses an encoding it cannot recognise with a clear message. */
    public ImportResult read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, null, "cannot read: " + e.getMessage()));
        }
        Decoding.Decoded decoded = Decoding.decode(bytes);
        if (decoded == null) {
            throw PolicygenException.badInput(new Problem(file, 0, 0, null,
                    "not UTF-8, Shift_JIS or EUC-JP text", "save it as UTF-8 text, or convert a PDF with pdftotext first"));
        }
        return read(file, decoded.text(), decoded.encoding());
    }

    /** Reads text already decoded. */
    public ImportResult read(Path file, String text, String encoding) {
        return new Reading(file, TextFiles.stripBom(TextFiles.normaliseLineEnds(text))).run(encoding);
    }

    /** A logical line: one labelled line (or heading, or paragraph) with its continuation lines. */
    private static final class Unit {
        final int line;
        final int markdownLevel;
        final boolean listMarker;
        final Label label;
        String text;

        Unit(int line, int markdownLevel, boolean listMarker, Label label, String text) {
            this.line = line;
            this.markdownLevel = markdownLevel;
            this.listMarker = listMarker;
            this.label = label;
            this.text = text;
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

        Reading(Path file, String text) {
            this.file = file;
            this.lines = text.split("\n", -1);
        }

        ImportResult run(String encoding) {
            List<Unit> units = repairBrokenSentences(units());
            build(units);
            if (roots.isEmpty()) {
                throw PolicygenException.badInput(new Problem(file, 0, 0, null,
                        "no numbered structure recognised (no 第N章, 第N条, 1, 1.1 or (1) headings)",
                        "check that the file is the policy text; numbered headings must start their lines"));
            }
            List<PolicyDocument> documents = documents();
            List<ImportResult.SourceLine> located = new ArrayList<>();
            for (Object[] s : sourceLines) {
                SectionB owner = (SectionB) s[0];
                located.add(new ImportResult.SourceLine(owner == null ? null : owner.id, (Boolean) s[1], (Label) s[2],
                        (String) s[3], (Integer) s[4], (Integer) s[5]));
            }
            return new ImportResult(file, encoding, documents, located, toc, notes);
        }

        // ---- lines to units ----------------------------------------------------------------

        List<Unit> units() {
            List<Unit> units = new ArrayList<>();
            Unit open = null;
            boolean inToc = false;
            for (int i = 0; i < lines.length; i++) {
                int lineNo = i + 1;
                String raw = lines[i].replaceAll("[ \t\u3000]+$", "");
                String content = raw.strip();
                while (content.startsWith("\u3000")) {
                    content = content.substring(1).strip();
                }
                if (content.isEmpty()) {
                    open = null;
                    continue;
                }
                if (content.replaceAll("[ \u3000]", "").equals("目次")) {
                    inToc = true;
                    open = null;
                    continue;
                }
                if (inToc) {
                    Matcher toc = TOC_LINE.matcher(content);
                    if (toc.matches()) {
                        Label.Found f = Label.parse(toc.group(1).strip());
                        this.toc.add(new ImportResult.TocEntry(f == null ? "" : f.label().printed(),
                                f == null ? toc.group(1).strip() : f.rest(), toc.group(2), lineNo));
                        continue;
                    }
                    Matcher articles = TOC_ARTICLES.matcher(content);
                    if (articles.matches()) {
                        // a 例規 lists its chapters with the articles they hold, and no pages
                        if (articles.group(1) != null) {
                            Label.Found f = Label.parse(articles.group(1).strip());
                            this.toc.add(new ImportResult.TocEntry(f == null ? "" : f.label().printed(),
                                    f == null ? articles.group(1).strip() : f.rest(), "", lineNo));
                        }
                        continue;
                    }
                    inToc = false;
                }
                int markdownLevel = 0;
                Matcher h = MD_HEADING.matcher(content);
                if (h.matches()) {
                    markdownLevel = h.group(1).length();
                    content = h.group(2).strip();
                }
                boolean listMarker = false;
                Matcher li;
                while ((li = MD_LIST.matcher(content)).matches()) {
                    listMarker = true;
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
                // a row of a tab-separated or Markdown pipe table
                boolean tableRow = raw.indexOf('\t') >= 0 || content.startsWith("|") && content.endsWith("|");
                if (found == null && open != null && markdownLevel == 0 && !listMarker && !tableRow
                        && open.text.indexOf('\t') < 0 && !open.text.endsWith("|") && !CAPTION.matcher(content).matches()) {
                    open.text += content; // a continuation line of the same paragraph
                    continue;
                }
                if (tableRow) {
                    content = raw.strip(); // keep the cells' tabs: a table row, not prose
                }
                Unit u = found == null ? new Unit(lineNo, markdownLevel, listMarker, null, content)
                        : new Unit(lineNo, markdownLevel, listMarker, found.label(), found.rest());
                units.add(u);
                open = markdownLevel > 0 ? null : u;
            }
            return units;
        }

        /**
         * Joins a sentence that PDF extraction broke across paragraphs or list items: a unit that
         * holds a clause (a 、) and does not end a sentence, followed by an unlabelled unit.
         */
        List<Unit> repairBrokenSentences(List<Unit> units) {
            List<Unit> out = new ArrayList<>();
            for (Unit u : units) {
                Unit prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (prev != null && u.label == null && u.markdownLevel == 0 && !u.isCaption()
                        && prev.markdownLevel == 0 && looksBroken(prev.text)) {
                    notes.add(new Problem(file, u.line, 0, "import",
                            "a sentence broken across lines " + prev.line + " and " + u.line + " was joined",
                            "check the joined text; the source has extraction debris here"));
                    prev.text += u.text;
                    continue;
                }
                out.add(u);
            }
            return out;
        }

        static boolean looksBroken(String text) {
            if (text.isEmpty() || text.indexOf('\t') >= 0 || text.endsWith("|") || TERMINAL.indexOf(text.charAt(text.length() - 1)) >= 0) {
                return false;
            }
            return text.contains("、") || text.length() >= 40;
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
                if (u.label == null) {
                    if (u.markdownLevel > 0 && !started) {
                        title = title == null ? u.text : title;
                        continue;
                    }
                    if (!started) {
                        front.add(u.text);
                        continue;
                    }
                    if (u.markdownLevel > 0) {
                        // an unnumbered heading inside the text: keep it as a section
                        started = true;
                        openSection(stack, null, u.text, u, u.markdownLevel <= 2 ? 0 : u.markdownLevel);
                        continue;
                    }
                    if (stack.isEmpty()) {
                        notes.add(new Problem(file, u.line, 0, "import", "text outside any numbered section was kept as front matter", null));
                        front.add(u.text);
                        continue;
                    }
                    paragraph(stack.peek().blocks(), u.text);
                    continue;
                }
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
                if (isHeading(u, next)) {
                    started = true;
                    openSection(stack, u.label, u.text, u, kind.rank());
                    continue;
                }
                if (nextOfSection(stack, u)) {
                    // 「(2)　契約項目　…」 after the section 「(1)　委託事業者の選定基準」: a 号 of a 例規 whose
                    // caption runs into its text is a section like its siblings; the caption ends at 「　」
                    started = true;
                    int gap = u.text.indexOf('\u3000');
                    String title = gap > 0 && gap <= 40 ? u.text.substring(0, gap) : "";
                    SectionB s = openSection(stack, u.label, title, u, kind.rank());
                    String text = gap > 0 && gap <= 40 ? u.text.substring(gap + 1).strip() : u.text;
                    if (!text.isEmpty()) {
                        paragraph(s.blocks, text);
                    }
                    continue;
                }
                if (!started || stack.isEmpty()) {
                    notes.add(new Problem(file, u.line, 0, "import",
                            "numbered line before any section: " + u.label.printed(), "it was kept as front matter"));
                    front.add(u.label.printed() + " " + u.text);
                    continue;
                }
                item(stack, u);
            }
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
            Matcher name = BODY_NAME.matcher(docTitle == null ? all : docTitle + "\n" + all);
            String bodyName = name.find() ? name.group(1) : "（団体名不明）";
            int edition = 1;
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
                    roots.stream().filter(r -> r.label != null && r.label.kind() == LabelKind.PREFACE).forEach(sections::add);
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
                                "the standards chapter's lead text is not part of any numbered section", null));
                    }
                }
                for (SectionB root : roots) {
                    if (root != basicChapter && root != standardsChapter
                            && !(root.label != null && root.label.kind() == LabelKind.PREFACE && basicChapter != null)) {
                        notes.add(new Problem(file, root.line, 0, "import",
                                "section '" + (root.label == null ? "" : root.label.printed() + " ") + root.title
                                        + "' is outside the basic policy and standards chapters and was left out", null));
                    }
                }
                return out;
            }
            DocumentKind kind = docTitle != null && docTitle.contains("対策基準") ? DocumentKind.STANDARDS : DocumentKind.BASIC_POLICY;
            out.add(document(bodyId, bodyName, docTitle, kind, roots, 0, style, edition, established, revisions));
            return out;
        }

        /** The lead text of a chapter that is unwrapped would be lost: report it. */
        void moveBlocksIntoFirstChild(SectionB chapter, List<SectionB> sections) {
            if (!chapter.blocks.isEmpty()) {
                notes.add(new Problem(file, chapter.line, 0, "import",
                        "the chapter's lead text is not part of any numbered section", null));
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
            return new Section(id, List.of(new Inline.Text(s.title)), blocks(s.blocks), children, Provenance.IMPORTED,
                    s.label == null ? null : s.label.printed());
        }

        static List<Block> blocks(List<Object> raw) {
            List<Block> out = new ArrayList<>();
            for (Object o : raw) {
                if (o instanceof Block b) {
                    out.add(b);
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
