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

/**
 * Reads the Markdown a clause template produced (the subset of templates/README.md) into blocks
 * and sub-sections of the model. Anything outside the subset is an error with its line, so a
 * template cannot smuggle in raw HTML or code blocks.
 */
public final class ClauseReader {

    /** {{ref:a.b,c.d}} or {{num:a.b}}, not preceded by a backslash (escaped values never match). */
    private static final Pattern REF = Pattern.compile("(?<!\\\\)\\{\\{(ref|num):([a-z0-9.,\\- ]+)}}");
    private static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#([a-z0-9][a-z0-9-]*)}\\s*$");

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
        Node document = parser.parse(stripped.text());
        Context ctx = new Context(clauseId, provenance, source, stripped, shownAs);
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
                    throw ctx.error(heading, "heading level skipped: use # for a sub-section of the clause, ## below it");
                }
                open.push(builder);
                continue;
            }
            Block block = ctx.block(node);
            if (open.isEmpty()) {
                top.add(block);
            } else {
                open.peek().blocks.add(block);
            }
        }
        while (!open.isEmpty()) {
            close(open, subsections);
        }
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
        // parse the stripped line; offsets are shifted back by the white space taken off its start
        Node document = parser.parse(text.strip());
        Context ctx = new Context("title", Provenance.TEMPLATE, source, stripped, shownAs);
        ctx.shift = lead;
        Node first = document.getFirstChild();
        if (first == null) {
            return List.of();
        }
        if (!(first instanceof Paragraph) || first.getNext() != null) {
            throw ctx.error(first, "a title must be one line of text");
        }
        return ctx.inlines(first);
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
        final SourceMarks.Stripped marks;
        final String shownAs;
        /** Added to parser offsets to get offsets of the stripped text (a title parsed without its leading space). */
        int shift;

        Context(String clauseId, Provenance provenance, Path source, SourceMarks.Stripped marks, String shownAs) {
            this.clauseId = clauseId;
            this.provenance = provenance;
            this.source = source;
            this.marks = marks;
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
            if (line == null) {
                return new Origin(shownAs, 0, 0, null);
            }
            return new Origin(shownAs, line.line(), line.column() == 0 ? 0 : line.column() + (offset - line.offset()), null);
        }

        SectionBuilder heading(Heading heading, Deque<SectionBuilder> open) {
            String raw = heading.getText().toString();
            Matcher id = HEADING_ID.matcher(raw);
            if (!id.find()) {
                throw error(heading, "a sub-section heading needs an id: # 見出し {#suffix}");
            }
            String parentId = open.isEmpty() ? clauseId : open.stream()
                    .filter(b -> b.level < heading.getLevel()).findFirst().map(b -> b.id).orElse(clauseId);
            String titleText = raw.substring(0, id.start());
            int at = heading.getText().getStartOffset();
            while (at < heading.getText().getEndOffset() && Character.isWhitespace(marks.text().charAt(at))) {
                at++;
            }
            List<Inline> title = List.of(new Inline.Text(Escaping.unescapeString(titleText).strip(), origin(at)));
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
                    blocks.add(block(child));
                }
                return new Block.Note(blocks);
            }
            if (node instanceof TableBlock) {
                return table(node);
            }
            throw error(node, "not allowed in a clause template: " + node.getNodeName()
                    + " (see templates/README.md for the Markdown subset)");
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
                    blocks.add(block(n));
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
                    text(node.getChars().toString(), node.getChars().getStartOffset() + shift, out);
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    // Japanese text has no spaces between words: a line break inside a paragraph
                    // joins the lines directly.
                    continue;
                } else if (node instanceof StrongEmphasis || node instanceof Emphasis) {
                    out.add(new Inline.Strong(inlines(node)));
                } else if (node instanceof Code code) {
                    out.add(new Inline.Text(code.getText().toString(), origin(code.getText().getStartOffset() + shift)));
                } else if (node instanceof HtmlEntity) {
                    out.add(new Inline.Text(node.getChars().toString(), origin(node.getStartOffset() + shift)));
                } else if (node.getNodeName().startsWith("Html")) {
                    throw error(node, "raw HTML is not allowed in policy text: " + node.getChars());
                } else {
                    // Links, auto-links and the like: keep their text, never a live link.
                    text(node.getChars().toString(), node.getStartOffset() + shift, out);
                }
            }
            return merge(out);
        }

        /**
         * Splits raw Markdown text ({@code start}: its offset in the stripped text) at reference
         * markers, unescaping the text between them; each run records where it was written.
         */
        void text(String raw, int start, List<Inline> out) {
            Matcher m = REF.matcher(raw);
            int last = 0;
            while (m.find()) {
                append(out, raw, start, last, m.start());
                List<String> targets = new ArrayList<>();
                for (String t : m.group(2).split(",")) {
                    targets.add(t.strip());
                }
                out.add(new Inline.Ref(targets, m.group(1).equals("num"), null));
                last = m.end();
            }
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

        PolicygenException error(Node node, String message) {
            // the line in the template or clause file where the Markdown was written, when known
            Origin o = origin(node.getStartOffset() + shift);
            int line = o != null && o.line() > 0 ? o.line() : node.getLineNumber() + 1;
            int column = o != null && o.line() > 0 ? o.column() : 0;
            return PolicygenException.badInput(new Problem(source, line, column, clauseId, message, null));
        }
    }
}
