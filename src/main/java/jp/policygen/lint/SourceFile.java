package jp.policygen.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.Problem;
import jp.policygen.importing.ImportResult;
import jp.policygen.importing.Label;
import jp.policygen.importing.LabelKind;
import jp.policygen.importing.TextImporter;
import jp.policygen.model.Section;
import jp.policygen.printed.PrintedClause;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.render.MarkdownWriter;

/**
 * One text lint reads: its lines exactly as in the file, the numbered structure the importer
 * recognised in them, the passages a reader reads, and for every line the section it belongs to.
 * A generated document is linted as its Markdown output reads, so a finding points at
 * {@code output/<body>/<document>.md} and names the clause id.
 */
public final class SourceFile {

    /** Where a line stands: the printed section (for the rules) and how to name it (for people). */
    public record Place(Outline.Doc doc, Outline.Node node, String sectionId, String section) {
    }

    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})[ \t]+");
    private static final Pattern MD_LIST = Pattern.compile("^[-*+][ \t]+");
    private static final Pattern CAPTION = Pattern.compile("^[(（][^()（）]{1,30}[)）]$");
    private static final String ESCAPABLE = "\\`*_[]<>|#";

    private final String path;
    private final boolean generated;
    private final List<String> lines;
    private final ImportResult structure;
    private final Outline outline;
    private final TreeMap<Integer, Place> places = new TreeMap<>();
    private final List<Passage> passages;

    private SourceFile(String path, boolean generated, List<String> lines, ImportResult structure) {
        this.path = path;
        this.generated = generated;
        this.lines = List.copyOf(lines);
        this.structure = structure;
        this.outline = Outline.of(structure);
        this.passages = new ArrayList<>();
    }

    /** A text read by the importer; {@code text} is the decoded text the importer read. */
    public static SourceFile imported(String path, String text, ImportResult structure) {
        // a page break (form feed) is no character of the text; its line stays a line
        SourceFile f = new SourceFile(path, false, List.of(text.replace("\f", "").split("\n", -1)), structure);
        f.placeImported();
        f.buildPassages();
        return f;
    }

    /**
     * A generated document: its Markdown as {@code MarkdownWriter} laid it out, read with the
     * structure the printed document has (not read back from the Markdown), so findings name
     * clause ids and trace to where their words were written.
     */
    public static SourceFile generated(String path, MarkdownWriter.Layout layout, PrintedDocument printed) {
        List<String> lines = List.of(layout.text().split("\n", -1));
        ImportResult structure = structure(path, lines, layout, printed);
        SourceFile f = new SourceFile(path, true, lines, structure);
        f.layout = layout;
        f.placeGenerated(layout, printed);
        f.buildPassages();
        return f;
    }

    /** The numbered lines of a generated document, as the importer would record them, from its layout. */
    private static ImportResult structure(String path, List<String> lines, MarkdownWriter.Layout layout,
                                          PrintedDocument printed) {
        List<ImportResult.SourceLine> located = new ArrayList<>();
        for (MarkdownWriter.NumberedLine n : layout.numbered()) {
            String content = unescape(lines.get(n.line() - 1).replaceFirst("^#+[ \t]+", "").strip());
            while (content.startsWith("\u3000")) {
                content = content.substring(1).strip();
            }
            Label.Found found = Label.parse(content);
            if (found == null) {
                continue;
            }
            located.add(new ImportResult.SourceLine(n.clauseId(), n.heading(), found.label(), found.rest(), n.line(),
                    n.markdownLevel()));
        }
        // the sections as printed: an article a revision deleted still stands as 「第７条　削除」
        jp.policygen.model.PolicyDocument asPrinted = new jp.policygen.model.PolicyDocument(printed.info(),
                printed.printedSections());
        return new ImportResult(Path.of(path), "UTF-8", List.of(asPrinted), located, List.of(), List.of());
    }

    /** How a generated file was laid out (null for an imported text). */
    private MarkdownWriter.Layout layout;

    /**
     * Where the text at a line and column was written: the template or clause file and line, or
     * the parameter that holds it; null for an imported text or text with no origin (numbers).
     */
    public jp.policygen.model.Origin origin(int line, int column) {
        return layout == null ? null : layout.origin(line, column);
    }

    /** The file as findings name it (relative to the project where possible, with '/'). */
    public String path() {
        return path;
    }

    public boolean generated() {
        return generated;
    }

    /** Line {@code n} (1-based) as it stands in the file. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    public int lineCount() {
        return lines.size();
    }

    /** The 1-based column where the label of line {@code n} starts (1 when it has none). */
    public int labelColumn(int n) {
        int c = shape(line(n)).labelColumn();
        return c > 0 ? c : 1;
    }

    /** The 1-based column of the first character that is not a space. */
    public int indentColumn(int n) {
        String raw = line(n);
        int i = 0;
        while (i < raw.length() && JapaneseText.isSpace(raw.charAt(i))) {
            i++;
        }
        return i + 1;
    }

    public ImportResult structure() {
        return structure;
    }

    Outline outline() {
        return outline;
    }

    public List<Passage> passages() {
        return passages;
    }

    /** The section line {@code n} belongs to. */
    public Place placeAt(int n) {
        Map.Entry<Integer, Place> e = places.floorEntry(n);
        return e == null ? new Place(outline.docs.isEmpty() ? null : outline.docs.get(0), null, null, "") : e.getValue();
    }

    /** The printed section line {@code n} belongs to, for the rules. */
    Outline.Node nodeAt(int n) {
        return placeAt(n).node();
    }

    // ---- places -------------------------------------------------------------------------------

    private void placeImported() {
        Outline.Doc current = outline.docs.isEmpty() ? null : outline.docs.get(0);
        for (ImportResult.SourceLine l : structure.lines()) {
            if (l.sectionId() != null) {
                Outline.Node node = outline.byId.get(l.sectionId());
                if (node != null) {
                    current = node.doc;
                    places.put(l.line(), new Place(node.doc, node, node.id, chain(node)));
                }
            } else if (l.label().kind() == LabelKind.CHAPTER) {
                Outline.Doc doc = null;
                for (Outline.Doc d : outline.docs) {
                    if (d.chapterLine == l.line()) {
                        doc = d;
                    }
                }
                current = doc != null ? doc : current;
                places.put(l.line(), new Place(doc, null, null, l.label().printed() + " " + l.text()));
            }
        }
        if (!structure.toc().isEmpty()) {
            places.put(structure.toc().get(0).line(), new Place(current, null, null, "目次"));
            int after = structure.toc().get(structure.toc().size() - 1).line() + 1;
            places.putIfAbsent(after, new Place(outline.docs.isEmpty() ? null : outline.docs.get(0), null, null, ""));
        }
    }

    private static String chain(Outline.Node node) {
        List<String> parts = new ArrayList<>();
        for (Outline.Node n = node; n != null; n = n.parent) {
            parts.add(0, n.heading());
        }
        if (node.doc.chapterHeading != null) {
            parts.add(0, node.doc.chapterHeading);
        }
        return String.join(" › ", parts);
    }

    /**
     * Generated Markdown: the title first, then the chapter line in book form, then one heading
     * per clause in document order; each heading line opens its clause, so findings name clause
     * ids and the heading chain a reader navigates by.
     */
    private void placeGenerated(MarkdownWriter.Layout layout, PrintedDocument printed) {
        Outline.Doc doc = outline.docs.isEmpty() ? null : outline.docs.get(0);
        places.put(1, new Place(doc, null, null, printed.info().title()));
        Map<String, PrintedClause> parents = new HashMap<>();
        Map<String, PrintedClause> byId = new HashMap<>();
        for (PrintedClause c : printed.all()) {
            byId.put(c.id(), c);
            c.children().forEach(child -> parents.put(child.id(), c));
        }
        for (MarkdownWriter.NumberedLine n : layout.numbered()) {
            if (!n.heading() || n.clauseId() == null) {
                continue;
            }
            List<String> chain = new ArrayList<>();
            for (PrintedClause c = byId.get(n.clauseId()); c != null; c = parents.get(c.id())) {
                chain.add(0, c.heading().text());
            }
            if (printed.chapterHeading() != null) {
                chain.add(0, printed.chapterHeading());
            }
            places.put(n.line(), new Place(doc, outline.byId.get(n.clauseId()), n.clauseId(), String.join(" › ", chain)));
        }
    }

    private static String headingText(String line) {
        Matcher m = MD_HEADING.matcher(line);
        if (!m.find()) {
            return "\u0000";
        }
        return unescape(line.substring(m.end()).strip());
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    // ---- passages -----------------------------------------------------------------------------

    /** A row of a Markdown table: 「| 区分 | 分類の基準 |」. */
    static boolean tableRow(String line) {
        return line.strip().startsWith("|");
    }

    /** The shape of one line: where its text starts once the markers and label are off. */
    private record Shape(int markdownLevel, boolean listMarker, boolean table, boolean caption, Label label,
                         int labelColumn, int textStart) {
    }

    static Shape shape(String raw) {
        int i = 0;
        while (i < raw.length() && JapaneseText.isSpace(raw.charAt(i))) {
            i++;
        }
        int level = 0;
        Matcher h = MD_HEADING.matcher(raw.substring(i));
        if (h.find()) {
            level = h.group(1).length();
            i += h.end();
        }
        if (raw.startsWith(">", i)) {
            i++;
            while (i < raw.length() && JapaneseText.isSpace(raw.charAt(i))) {
                i++;
            }
        }
        boolean list = false;
        Matcher li;
        while ((li = MD_LIST.matcher(raw.substring(i))).find()) {
            list = true;
            i += li.end();
            while (i < raw.length() && JapaneseText.isSpace(raw.charAt(i))) {
                i++;
            }
        }
        String rest = raw.substring(i);
        boolean table = rest.startsWith("|");
        Label label = null;
        int labelColumn = 0;
        Label.Found found = table ? null : Label.parse(rest.strip());
        if (found != null && (!found.rest().isEmpty() || found.label().kind() == LabelKind.CHAPTER
                || found.label().kind() == LabelKind.ARTICLE) && rest.startsWith(found.label().printed())) {
            label = found.label();
            labelColumn = i + 1;
            i += label.printed().length();
            while (i < raw.length() && JapaneseText.isSpace(raw.charAt(i))) {
                i++;
            }
        }
        boolean caption = label == null && level == 0 && CAPTION.matcher(rest.strip()).matches();
        return new Shape(level, list, table, caption, label, labelColumn, i);
    }

    private final class Builder {
        final StringBuilder text = new StringBuilder();
        final List<Integer> lineOf = new ArrayList<>();
        final List<Integer> columnOf = new ArrayList<>();
        final int firstLine;
        final Shape shape;
        final boolean heading;
        final boolean toc;

        Builder(int firstLine, Shape shape, boolean heading, boolean toc) {
            this.firstLine = firstLine;
            this.shape = shape;
            this.heading = heading;
            this.toc = toc;
        }

        void append(String raw, int lineNo, int from) {
            int end = raw.length();
            while (end > from && JapaneseText.isSpace(raw.charAt(end - 1))) {
                end--;
            }
            for (int i = from; i < end; i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < end && ESCAPABLE.indexOf(raw.charAt(i + 1)) >= 0) {
                    continue;
                }
                if (c == '*' && i + 1 < end && raw.charAt(i + 1) == '*') {
                    i++;
                    continue;
                }
                text.append(c);
                lineOf.add(lineNo);
                columnOf.add(i + 1);
            }
        }

        Passage build() {
            return new Passage(SourceFile.this, text.toString(), lineOf.stream().mapToInt(Integer::intValue).toArray(),
                    columnOf.stream().mapToInt(Integer::intValue).toArray(), firstLine, shape.label(),
                    shape.labelColumn(), shape.markdownLevel(), heading, toc, shape.table());
        }
    }

    private void buildPassages() {
        Set<Integer> tocLines = new HashSet<>();
        for (ImportResult.TocEntry t : structure.toc()) {
            tocLines.add(t.line());
        }
        Set<Integer> headingLines = new HashSet<>();
        for (ImportResult.SourceLine l : structure.lines()) {
            if (l.heading()) {
                headingLines.add(l.line());
            }
        }
        Builder current = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String raw = lines.get(i);
            if (structure.setAside(lineNo)) {
                continue; // a page number or running header: the passage it interrupts reads on
            }
            if (raw.isBlank()) {
                current = close(current);
                continue;
            }
            Shape s = shape(raw);
            boolean toc = tocLines.contains(lineNo);
            boolean heading = s.markdownLevel() > 0 || headingLines.contains(lineNo);
            // an imported text's passages are the importer's paragraphs: a line it read as going on
            // with the line above (「第30条に定める…」 that a line break put first) starts none
            boolean starts = current == null || (generated
                    ? toc || current.toc || heading || current.heading || s.listMarker() || s.table() || current.shape.table()
                            || s.label() != null || s.caption()
                    : !structure.continued(lineNo));
            if (starts) {
                current = close(current);
                current = new Builder(lineNo, s, heading, toc);
            }
            current.append(raw, lineNo, s.textStart());
        }
        close(current);
        if (!generated) {
            joinBrokenSentences();
        }
    }

    private Builder close(Builder b) {
        if (b != null && (b.text.length() > 0 || b.shape.label() != null)) {
            passages.add(b.build());
        }
        return null;
    }

    /** Where the importer joined a sentence the conversion broke, the passages are joined too. */
    private void joinBrokenSentences() {
        for (Problem note : structure.notes()) {
            int[] joined = ImportNotes.joinedLines(note);
            if (joined == null) {
                continue;
            }
            int continuation = joined[1];
            for (int i = 1; i < passages.size(); i++) {
                Passage p = passages.get(i);
                Passage before = passages.get(i - 1);
                if (p.firstLine() == continuation && !p.heading() && !before.heading() && !before.toc() && !p.table()
                        && !before.table()) {
                    passages.set(i - 1, before.join(p));
                    passages.remove(i);
                    break;
                }
            }
        }
    }
}
