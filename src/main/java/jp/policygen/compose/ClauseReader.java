package jp.policygen.compose;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.Origin;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.i18n.Texts;

/**
 * Reads the Markdown a clause template produced (the subset of templates/README.md) into blocks
 * and sub-sections of the model. Anything outside the subset is an error with its line, so a
 * template cannot smuggle in raw HTML or code blocks.
 */
public final class ClauseReader {

    /** {{ref:a.b,c.d}} or {{num:a.b}}, not preceded by a backslash (escaped values never match). */
    private static final Pattern REF = Pattern.compile("(?<!\\\\)\\{\\{(ref|num):([a-z0-9.,\\- ]+)}}");
    private static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#([a-z0-9][a-z0-9-]*)}\\s*$");
    /** The opening of a reference marker, to find those that did not make a whole one. */
    private static final Pattern MARKER_OPENING = Pattern.compile("(?<!\\\\)\\{\\{\\s*(ref|num)\\s*:");

    /**
     * Longest sub-section heading: headings are repeated in the contents, the bookmarks and
     * every cross reference's neighbourhood, and a line of the PDF contents holds about 40.
     */
    public static final int MAX_HEADING = 100;

    /** Problems listed per clause: a file of 50,000 tags needs the first few, not all. */
    static final int MAX_PROBLEMS = 20;

    private final Parser parser;

    public ClauseReader() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(Parser.HTML_BLOCK_PARSER, false);
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false);
        this.parser = Parser.builder(options).build();
    }

    /** What one clause's text became: its own blocks and the sub-sections its headings opened. */
    public record Content(List<Block> blocks, List<Section> subsections) {
    }

    /** Reads a clause's Markdown; {@code source} names the template for error messages. */
    public Content read(String markdown, String clauseId, Provenance provenance, Path source) {
        return read(markdown, clauseId, provenance, source, null);
    }

    /**
     * Reads a clause's Markdown as a template rendered it, marks and all ({@link SourceMarks}):
     * every text run records the file ({@code shownAs}, as findings name it; null: none), line
     * and column it was written at, or the parameter it holds.
     */
    public Content read(String rendered, String clauseId, Provenance provenance, Path source, String shownAs) {
        SourceMarks.Stripped stripped = SourceMarks.strip(rendered);
        String markdown = stripped.text();
        Context ctx = new Context(clauseId, provenance, source, stripped, shownAs);
        for (ClauseShape.Finding f : ClauseShape.check(markdown)) {
            ctx.reportAt(f.offset(), f.message());
        }
        ctx.throwIfAnyProblem();
        try {
            return read(parser.parse(markdown), ctx);
        } catch (StackOverflowError e) {
            // emphasis or other inline markup nested thousands deep: the parser and the reader recurse
            ctx.reportAt(0, Texts.get("compose.clause.tooDeep"));
            ctx.throwIfAnyProblem();
            throw e;
        }
    }

    private Content read(Node document, Context ctx) {
        List<Block> top = new ArrayList<>();
        // Sub-sections under construction: a stack of (level, builder).
        Deque<SectionBuilder> open = new ArrayDeque<>();
        List<Section> subsections = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                SectionBuilder builder = ctx.heading(heading, open);
                while (!open.isEmpty() && open.peek().level >= builder.level) {
                    close(open, subsections);
                }
                if (builder.level > (open.isEmpty() ? 0 : open.peek().level) + 1) {
                    ctx.report(heading, Texts.get("compose.clause.levelSkipped"));
                }
                open.push(builder);
                continue;
            }
            Block block = ctx.block(node);
            if (block == null) {
                continue;
            }
            if (open.isEmpty()) {
                top.add(block);
            } else {
                open.peek().blocks.add(block);
            }
        }
        while (!open.isEmpty()) {
            close(open, subsections);
        }
        ctx.throwIfAnyProblem();
        return new Content(top, subsections);
    }

    /** Reads a single line of inline Markdown, e.g. a rendered title. */
    public List<Inline> readInline(String markdown, Path source) {
        return readInline(markdown, source, null);
    }

    /** A rendered title, marks and all; its text runs record where they came from (see {@link #read}). */
    public List<Inline> readInline(String rendered, Path source, String shownAs) {
        SourceMarks.Stripped stripped = SourceMarks.strip(rendered);
        String text = stripped.text();
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        // the line is parsed without its surrounding space; offsets are shifted back by what was taken off
        Node document = parser.parse(text.strip());
        Context ctx = new Context("title", Provenance.TEMPLATE, source, stripped, shownAs);
        ctx.shift = lead;
        Node first = document.getFirstChild();
        if (first == null) {
            return List.of();
        }
        if (!(first instanceof Paragraph) || first.getNext() != null) {
            ctx.report(first, Texts.get("compose.clause.titleLine"));
            ctx.throwIfAnyProblem();
        }
        List<Inline> title = ctx.inlines(first);
        ctx.throwIfAnyProblem();
        return title;
    }

    private static void close(Deque<SectionBuilder> open, List<Section> top) {
        SectionBuilder done = open.pop();
        Section section = done.build();
        if (open.isEmpty()) {
            top.add(section);
        } else {
            open.peek().children.add(section);
        }
    }

    private static final class SectionBuilder {
        final int level;
        final String id;
        final List<Inline> title;
        final Provenance provenance;
        final List<Block> blocks = new ArrayList<>();
        final List<Section> children = new ArrayList<>();

        SectionBuilder(int level, String id, List<Inline> title, Provenance provenance) {
            this.level = level;
            this.id = id;
            this.title = title;
            this.provenance = provenance;
        }

        Section build() {
            return new Section(id, title, blocks, children, provenance, null);
        }
    }

    /** What the reader needs to build nodes and report problems for one clause. */
    private static final class Context {
        final String clauseId;
        final Provenance provenance;
        final Path source;
        final String markdown;
        final SourceMarks.Stripped marks;
        final String shownAs;
        final List<Problem> problems = new ArrayList<>();
        /** Added to parser offsets to get offsets of the stripped text (a title parsed without its leading space). */
        int shift;

        /** The file's text, read once when a problem needs a position in it. */
        private String sourceText;
        private int unreported;

        Context(String clauseId, Provenance provenance, Path source, SourceMarks.Stripped marks, String shownAs) {
            this.clauseId = clauseId;
            this.provenance = provenance;
            this.source = source;
            this.marks = marks;
            this.markdown = marks.text();
            this.shownAs = shownAs;
        }

        /** Where the character at {@code offset} (of the stripped text) was written; null when not known. */
        Origin origin(int offset) {
            if (shownAs == null) {
                return null;
            }
            SourceMarks.At at = marks.at(offset);
            SourceMarks.Mark line = at.line();
            if (at.value() != null) {
                // a parameter value: where its ${…} stands
                int column = line == null || line.column() == 0 ? 0 : line.column() + (at.value().offset() - line.offset());
                return new Origin(shownAs, line == null ? 0 : line.line(), column, at.value().key());
            }
            if (line == null || markdown.lastIndexOf('\n', offset - 1) >= line.offset()) {
                // before any mark, or on a line whose mark comes later (its indentation): not known here
                return new Origin(shownAs, 0, 0, null);
            }
            return new Origin(shownAs, line.line(), line.column() == 0 ? 0 : line.column() + (offset - line.offset()), null);
        }

        SectionBuilder heading(Heading heading, Deque<SectionBuilder> open) {
            String raw = heading.getText().toString();
            Matcher id = HEADING_ID.matcher(raw);
            String parentId = open.isEmpty() ? clauseId : open.stream()
                    .filter(b -> b.level < heading.getLevel()).findFirst().map(b -> b.id).orElse(clauseId);
            if (!id.find()) {
                report(heading, Texts.get("compose.clause.headingId"));
                return new SectionBuilder(heading.getLevel(), parentId + ".untitled", List.of(), provenance);
            }
            String titleText = Escaping.unescapeString(raw.substring(0, id.start())).strip();
            int length = titleText.codePointCount(0, titleText.length());
            if (length > MAX_HEADING) {
                report(heading, Texts.get("compose.clause.headingLength", Texts.count(length), MAX_HEADING));
            }
            int at = heading.getText().getStartOffset() + shift;
            while (at < heading.getText().getEndOffset() + shift && Character.isWhitespace(markdown.charAt(at))) {
                at++;
            }
            List<Inline> title = List.of(new Inline.Text(titleText, origin(at)));
            return new SectionBuilder(heading.getLevel(), parentId + "." + id.group(1), title, provenance);
        }

        Block block(Node node) {
            if (node instanceof Paragraph) {
                return new Block.Paragraph(inlines(node));
            }
            if (node instanceof ListBlock list) {
                return list(list);
            }
            if (node instanceof BlockQuote) {
                List<Block> blocks = new ArrayList<>();
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    Block b = block(child);
                    if (b != null) {
                        blocks.add(b);
                    }
                }
                return new Block.Note(blocks);
            }
            if (node instanceof TableBlock) {
                return table(node);
            }
            report(node, Texts.get("compose.clause.notAllowed", node.getNodeName()));
            return null;
        }

        Block.ItemList list(ListBlock list) {
            List<Block.Item> items = new ArrayList<>();
            for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
                ListItem item = (ListItem) child;
                List<Block> blocks = new ArrayList<>();
                List<Inline> title = List.of();
                Node first = item.getFirstChild();
                if (first instanceof Paragraph && first.getFirstChild() instanceof StrongEmphasis strong
                        && strong.getNext() == null && first.getNext() != null) {
                    title = inlines(strong);
                    first = first.getNext();
                }
                for (Node n = first; n != null; n = n.getNext()) {
                    Block b = block(n);
                    if (b != null) {
                        blocks.add(b);
                    }
                }
                items.add(new Block.Item(title, blocks, null));
            }
            return new Block.ItemList(list instanceof OrderedList, items);
        }

        Block.Table table(Node table) {
            List<List<List<Inline>>> rows = new ArrayList<>();
            boolean header = false;
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                if (!(part instanceof TableHead) && !(part instanceof TableBody)) {
                    continue;
                }
                header |= part instanceof TableHead;
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<List<Inline>> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(inlines(cell));
                        }
                    }
                    rows.add(cells);
                }
            }
            return new Block.Table(header, rows);
        }

        List<Inline> inlines(Node parent) {
            List<Inline> out = new ArrayList<>();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text) {
                    text(node, node.getChars().toString(), node.getChars().getStartOffset() + shift, out);
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    // Japanese text has no spaces between words: a line break inside a paragraph
                    // joins the lines directly.
                    continue;
                } else if (node instanceof StrongEmphasis || node instanceof Emphasis) {
                    out.add(new Inline.Strong(inlines(node)));
                } else if (node instanceof Code code) {
                    add(out, code.getText().toString(), origin(code.getText().getStartOffset() + shift));
                } else if (node instanceof HtmlEntity) {
                    add(out, node.getChars().toString(), origin(node.getStartOffset() + shift));
                } else if (node.getNodeName().startsWith("Html")) {
                    report(node, Texts.get("compose.clause.rawHtml", shorten(node.getChars().toString())));
                } else {
                    // Links, auto-links and the like: keep their text, never a live link.
                    text(node, node.getChars().toString(), node.getStartOffset() + shift, out);
                }
            }
            return merge(out);
        }

        /**
         * Splits raw Markdown text ({@code start}: its offset in the stripped text) at reference
         * markers, unescaping the text between them; each run records where it was written. What
         * starts like a marker and is not one ({{ref:}}, an unclosed {{ref:x, {{ref:Basic}}) is
         * an error: printed as it stands it would read as debris in the policy.
         */
        void text(Node node, String raw, int start, List<Inline> out) {
            Matcher m = REF.matcher(raw);
            int last = 0;
            while (m.find()) {
                malformedMarkers(node, raw, last, m.start());
                append(out, raw, start, last, m.start());
                List<String> targets = new ArrayList<>();
                for (String t : m.group(2).split(",", -1)) {
                    targets.add(t.strip());
                }
                if (targets.stream().anyMatch(t -> !Section.isValidId(t))) {
                    report(node, m.start(), Texts.get("compose.clause.refNoClauses", m.group(), m.group(1)));
                } else {
                    out.add(new Inline.Ref(targets, m.group(1).equals("num"), null));
                }
                last = m.end();
            }
            malformedMarkers(node, raw, last, raw.length());
            append(out, raw, start, last, raw.length());
        }

        /** {@code raw[from, to)} as text runs, split where a value begins or ends. */
        private void append(List<Inline> out, String raw, int start, int from, int to) {
            int at = from;
            for (int boundary : marks.boundaries(start + from, start + to)) {
                int cut = boundary - start;
                // never cut a backslash escape in two
                while (cut > at && cut < to && raw.charAt(cut - 1) == '\\') {
                    cut++;
                }
                if (cut > at) {
                    add(out, Escaping.unescapeString(raw.substring(at, cut)), origin(start + at));
                    at = cut;
                }
            }
            add(out, Escaping.unescapeString(raw.substring(at, to)), origin(start + at));
        }

        /** A reference marker's opening in raw text that did not make a whole marker. */
        private void malformedMarkers(Node node, String raw, int from, int to) {
            Matcher open = MARKER_OPENING.matcher(raw).region(from, to);
            int close = -2; // the first }} after the current opening, found once for a run of openings
            while (open.find()) {
                String rest = raw.substring(open.start(), Math.min(to, open.start() + 40));
                if (close == -2 || (close >= 0 && close < open.start())) {
                    close = raw.indexOf("}}", open.start());
                }
                String marker = close >= 0 && close < to ? raw.substring(open.start(), close + 2) : rest;
                String message = close < 0 || close >= to
                        ? Texts.get("compose.clause.refNotClosed", shorten(marker), open.group(1))
                        : raw.substring(open.end(), close).isBlank()
                        ? Texts.get("compose.clause.refEmpty", marker, open.group(1))
                        : Texts.get("compose.clause.refMalformed", shorten(marker), open.group(1));
                report(node, open.start(), message);
            }
        }

        private static void add(List<Inline> out, String text, Origin origin) {
            if (!text.isEmpty()) {
                out.add(new Inline.Text(text, origin));
            }
        }

        /**
         * Adjacent text runs become one where they continue each other (same file and line, the
         * second starting where the first ends, neither a value), so equal text from one place has
         * equal structure.
         */
        static List<Inline> merge(List<Inline> in) {
            List<Inline> out = new ArrayList<>();
            for (Inline inline : in) {
                if (inline instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev
                        && continues(prev, t)) {
                    out.set(out.size() - 1, new Inline.Text(prev.text() + t.text(), prev.origin()));
                } else {
                    out.add(inline);
                }
            }
            return out;
        }

        private static boolean continues(Inline.Text a, Inline.Text b) {
            Origin x = a.origin();
            Origin y = b.origin();
            if (x == null || y == null) {
                return x == null && y == null;
            }
            return !x.isParameter() && !y.isParameter() && java.util.Objects.equals(x.file(), y.file())
                    && x.line() == y.line();
        }

        /** A problem at a node, located in the source file where its text can be found there. */
        void report(Node node, String message) {
            report(node, 0, message);
        }

        /** A problem at {@code offset} characters into a node's text. */
        void report(Node node, int offset, String message) {
            reportAt(node.getStartOffset() + shift + offset, message);
        }

        /** A problem at an offset of the rendered text; at most {@link #MAX_PROBLEMS} are kept. */
        void reportAt(int offset, String message) {
            if (problems.size() >= MAX_PROBLEMS) {
                unreported++;
                return;
            }
            int at = Math.max(0, Math.min(offset, markdown.length()));
            Origin o = at < markdown.length() ? origin(at) : null;
            if (o != null && o.line() > 0 && !o.isParameter()) {
                // the source map knows the template or clause file line and column
                problems.add(new Problem(source, o.line(), Math.max(o.column(), 1), clauseId, message, null));
                return;
            }
            int lineEnd = markdown.indexOf('\n', at);
            String snippet = markdown.substring(at, Math.min(lineEnd < 0 ? markdown.length() : lineEnd, at + 60));
            if (sourceText == null) {
                sourceText = SourcePosition.readable(source);
                sourceText = sourceText == null ? "" : sourceText;
            }
            int[] where = SourcePosition.locate(sourceText, markdown, at, snippet);
            problems.add(new Problem(source, where[0], where[1], clauseId, message, null));
        }

        void throwIfAnyProblem() {
            if (unreported > 0) {
                Problem last = problems.remove(problems.size() - 1);
                problems.add(last.withSuggestion(Texts.get("compose.clause.more", unreported)));
                unreported = 0;
            }
            if (!problems.isEmpty()) {
                throw PolicygenException.badInput(Texts.get("compose.problemsIn", problems.size(), source), problems);
            }
        }
    }

    /** A quoted piece of text in a message: its first 40 characters. */
    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.codePointCount(0, oneLine.length()) <= 40 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 40)) + "…";
    }
}
