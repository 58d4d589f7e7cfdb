package jp.policygen.printed;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.Block;
import jp.policygen.model.Inline;
import jp.policygen.model.Instrument;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;
import jp.policygen.numbering.Labels;
import jp.policygen.numbering.Numbered;
import jp.policygen.numbering.Numbering;

/**
 * The one walk over a numbered document that decides how it is printed: headings with their
 * labels, paragraphs numbered as 項 where the style wants it, items labelled by depth (an
 * imported item keeps the label it was printed with), cross references in the style's words.
 * Nothing else walks the blocks of a document to print them.
 *
 * <p>In the form of 例規 (the article style) it also lays the text out as a 例規集 prints it: an
 * article's caption on a line of its own and its number opening its first paragraph, a list of
 * rules that makes up an article printed as its 項, a clause below an article printed as a 号
 * whose label and title open its text, definitions run in (「(1)　ネットワーク　機器を…」),
 * deleted articles (「第７条　削除」) where they stood, the text's numbers in the house style's
 * digits, the 目次 with article ranges and, when the body adopts the document as a 例規, the
 * frame: instrument date and number, 制定文 and 附則.
 */
public final class Printer {

    /**
     * Where the numbers of a printed document come from: a numbering style, or an imported text
     * as it was found (its own labels and references, no style applied).
     */
    private interface Numbers {
        String heading(Section s);

        String label(Section s);

        String fullLabel(Section s);

        String paragraphPrefix(Section owner, int n);

        String itemLabel(Section owner, int depth, int n);

        String reference(Inline.Ref ref, Section from, Inline.Ref previous);

        String digits(String text);
    }

    /** The numbers a style gives. */
    private record Styled(Numbering numbering) implements Numbers {
        public String heading(Section s) {
            return numbering.digits(numbering.heading(s));
        }

        public String label(Section s) {
            return numbering.label(s);
        }

        public String fullLabel(Section s) {
            return numbering.fullLabel(s);
        }

        public String paragraphPrefix(Section owner, int n) {
            return numbering.paragraphPrefix(owner, n);
        }

        public String itemLabel(Section owner, int depth, int n) {
            return numbering.itemLabel(owner, depth, n);
        }

        public String reference(Inline.Ref ref, Section from, Inline.Ref previous) {
            return numbering.referenceText(ref, from, previous);
        }

        public String digits(String text) {
            return numbering.digits(text);
        }
    }

    /** The numbers an imported text carried, and nothing else: its words are printed as it has them. */
    private static final class Found implements Numbers {
        public String heading(Section s) {
            String found = s.found();
            String title = s.titleText();
            if (found == null || found.isBlank()) {
                return title;
            }
            return title.isEmpty() ? found : found + " " + title;
        }

        public String label(Section s) {
            return s.found() == null ? "" : s.found();
        }

        public String fullLabel(Section s) {
            return label(s);
        }

        public String paragraphPrefix(Section owner, int n) {
            return "";
        }

        public String itemLabel(Section owner, int depth, int n) {
            return "";
        }

        public String reference(Inline.Ref ref, Section from, Inline.Ref previous) {
            return ref.found() != null ? ref.found() : "";
        }

        public String digits(String text) {
            return text;
        }
    }

    /** The style's numbering; null for a text printed as found. */
    private final Numbering numbering;
    private final Numbers numbers;
    private final boolean articleForm;
    /** The number of the last emphasised run, across the document (0: none yet). */
    private int strongRuns;

    private Printer(Numbering numbering, Numbers numbers) {
        this.numbering = numbering;
        this.numbers = numbers;
        this.articleForm = numbering != null && numbering.articleForm();
    }

    public static PrintedDocument print(Numbering numbering) {
        Printer p = new Printer(numbering, new Styled(numbering));
        List<PrintedClause> clauses = p.children(null, numbering.document().sections(), 1);
        PrintedDocument.Frame frame = p.frame();
        return new PrintedDocument(numbering.document(), numbering, numbering.documentChapterHeading(), clauses,
                p.contents(clauses, frame), frame);
    }

    /**
     * An imported text as it was found: the numbers it carried (an unlabelled item of a numbered
     * list has none), its references in its own words. No numbering style is applied.
     */
    public static PrintedDocument asFound(PolicyDocument document) {
        Printer p = new Printer(null, new Found());
        List<PrintedClause> clauses = p.children(null, document.sections(), 1);
        return new PrintedDocument(document, null, null, clauses, p.contents(clauses, null), null);
    }

    private List<PrintedClause> children(String parentId, List<Section> sections, int depth) {
        List<PrintedClause> out = new ArrayList<>();
        if (articleForm) {
            numbering.deletedFirstIn(parentId).forEach(d -> out.add(deleted(d, depth)));
        }
        for (Section s : sections) {
            out.add(clause(s, depth));
            if (articleForm) {
                numbering.deletedAfter(s.id()).forEach(d -> out.add(deleted(d, depth)));
            }
        }
        return out;
    }

    private PrintedClause clause(Section s, int depth) {
        Line heading = heading(s);
        List<PrintedClause> children = children(s.id(), s.children(), depth + 1);
        String label = numbers.label(s);
        String full = numbers.fullLabel(s);
        Numbered entry = articleForm ? numbering.entry(s.id()) : null;
        boolean belowArticle = articleForm && !entry.isArticle() && entry.rung() > 0;
        if (articleForm && depth == 1 && "".equals(s.found()) && s.children().isEmpty()
                && (s.titleText().isEmpty() || s.titleText().equals("前文"))) {
            // a 前文 before the articles: its text without a heading line (a preface with a title
            // of its own, 「はじめに」, keeps it)
            return new PrintedClause(s, depth, heading, label, full, PrintedClause.Form.PREAMBLE, null, 0,
                    blocks(s, s.blocks(), 0, 0, true), children);
        }
        if (!articleForm || s.found() != null || (!entry.isArticle() && !belowArticle)) {
            return new PrintedClause(s, depth, heading, label, full, PrintedClause.Form.HEADING, heading, 0,
                    blocks(s, s.blocks(), 0, 0, true), children);
        }
        if (entry.isArticle()) {
            String caption = numbering.caption(s);
            Line captionLine = caption == null ? null : around(caption, line(s, s.title()));
            return new PrintedClause(s, depth, heading, label, full, PrintedClause.Form.ARTICLE, captionLine, 0,
                    articleBlocks(s, entry), children);
        }
        // a clause below an article: a 号 (or lower) whose label and title open its text
        int indent = entry.rung();
        Line title = line(s, s.title());
        List<Block> own = s.blocks();
        if (!own.isEmpty() && own.get(0) instanceof Block.Paragraph first) {
            Line text = title.isEmpty() ? line(s, first.content())
                    : join(title, styleWords(numbering.labelGap()), line(s, first.content()));
            List<Printed> blocks = new ArrayList<>();
            blocks.add(new Printed.Paragraph(label, text, indent));
            blocks.addAll(blocks(s, own.subList(1, own.size()), 0, indent, false));
            return new PrintedClause(s, depth, heading, label, full, PrintedClause.Form.ITEM, null, indent, blocks, children);
        }
        Line caption = join(styleWords(label + numbering.labelGap()), title);
        return new PrintedClause(s, depth, heading, label, full, PrintedClause.Form.ITEM, caption, indent,
                blocks(s, own, 0, indent, false), children);
    }

    /** A deleted article where it stood: 「第７条　削除」. */
    private PrintedClause deleted(Numbered d, int depth) {
        Line text = styleWords("削除");
        Line heading = styleWords(d.label() + numbering.labelGap() + "削除");
        return new PrintedClause(d.section(), depth, heading, d.label(), d.label(), PrintedClause.Form.DELETED, null, 0,
                List.of(new Printed.Paragraph(d.label(), text, 0)), List.of());
    }

    /**
     * An article's text: its number opens the first paragraph; later paragraphs are 項 ２, ３ …;
     * a list of rules that makes up the article is its 項, and the lists inside them its 号.
     */
    private List<Printed> articleBlocks(Section s, Numbered entry) {
        List<Printed> out = new ArrayList<>();
        List<Block> own = s.blocks();
        String lead = numbering.impliedLead(s);
        if (lead != null) {
            out.add(new Printed.Paragraph(entry.label(), styleWords(numbering.digits(lead)), 0));
            return out;
        }
        int paragraph = 0;
        for (int i = 0; i < own.size(); i++) {
            Block b = own.get(i);
            if (b instanceof Block.Paragraph p) {
                paragraph++;
                out.add(new Printed.Paragraph(paragraphNumber(s, entry, paragraph), line(s, p.content()), 0));
            } else if (i == 0 && b instanceof Block.ItemList list && numbering.paragraphItems(s)) {
                for (Block.Item item : list.items()) {
                    paragraph++;
                    List<Block> inner = item.blocks();
                    Line text = Line.EMPTY;
                    if (!inner.isEmpty() && inner.get(0) instanceof Block.Paragraph p) {
                        text = line(s, p.content());
                        inner = inner.subList(1, inner.size());
                    }
                    out.add(new Printed.Paragraph(paragraphNumber(s, entry, paragraph), text, 0));
                    out.addAll(blocks(s, inner, 1, 0, false));
                }
            } else {
                out.addAll(blocks(s, List.of(b), 0, 0, false));
            }
        }
        if (out.isEmpty() || !(out.get(0) instanceof Printed.Paragraph first) || first.prefix().isEmpty()) {
            // an article that opens with a table or a titled list: its number stands on a line of its own
            out.add(0, new Printed.Paragraph(entry.label(), Line.EMPTY, 0));
        }
        return out;
    }

    private String paragraphNumber(Section s, Numbered entry, int paragraph) {
        return paragraph == 1 ? entry.label() : numbering.paragraphPrefix(s, paragraph);
    }

    /** The heading as the style prints it, the title's own pieces inside it and the rest marked as label. */
    private Line heading(Section s) {
        return around(numbers.heading(s), line(s, s.title()));
    }

    /** {@code text} with the pieces of {@code title} where it stands in it, the rest marked as label. */
    private static Line around(String text, Line title) {
        int at = title.isEmpty() ? -1 : text.lastIndexOf(title.text());
        if (at < 0) {
            // no title in the text (a label alone, or a style that rewrote it): all of it is label
            return new Line(text, text.isEmpty() ? List.of()
                    : List.of(new Line.Piece(0, text.length(), Line.Kind.LABEL, List.of(), 0, null)));
        }
        List<Line.Piece> pieces = new ArrayList<>();
        if (at > 0) {
            pieces.add(new Line.Piece(0, at, Line.Kind.LABEL, List.of(), 0, null));
        }
        for (Line.Piece p : title.pieces()) {
            pieces.add(new Line.Piece(p.start() + at, p.end() + at, p.kind(), p.targets(), p.strong(), p.origin()));
        }
        int end = at + title.text().length();
        if (end < text.length()) {
            pieces.add(new Line.Piece(end, text.length(), Line.Kind.LABEL, List.of(), 0, null));
        }
        return new Line(text, pieces);
    }

    /** Words the numbering style prints (a label, a formula), as one piece. */
    private static Line styleWords(String words) {
        return words.isEmpty() ? Line.EMPTY
                : new Line(words, List.of(new Line.Piece(0, words.length(), Line.Kind.LABEL, List.of(), 0, null)));
    }

    /** Lines run together, their pieces kept. */
    private static Line join(Line... lines) {
        StringBuilder text = new StringBuilder();
        List<Line.Piece> pieces = new ArrayList<>();
        for (Line l : lines) {
            int at = text.length();
            text.append(l.text());
            for (Line.Piece p : l.pieces()) {
                pieces.add(new Line.Piece(p.start() + at, p.end() + at, p.kind(), p.targets(), p.strong(), p.origin()));
            }
        }
        return new Line(text.toString(), pieces);
    }

    /**
     * Blocks of a clause or of an item. {@code depth} is how deep in the clause's item lists they
     * stand (for the labels: 0 the clause's own text), {@code indent} how far in they are printed
     * (the depth of {@link Printed}).
     */
    private List<Printed> blocks(Section owner, List<Block> blocks, int depth, int indent, boolean numberParagraphs) {
        List<Printed> out = new ArrayList<>();
        int paragraph = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                paragraph++;
                String prefix = numberParagraphs ? numbers.paragraphPrefix(owner, paragraph) : "";
                out.add(new Printed.Paragraph(prefix, line(owner, p.content()), indent));
            } else if (b instanceof Block.ItemList list) {
                out.add(itemList(owner, list, depth + 1, indent + 1));
            } else if (b instanceof Block.Table t) {
                List<List<Line>> rows = new ArrayList<>();
                for (List<List<Inline>> row : t.rows()) {
                    List<Line> cells = new ArrayList<>();
                    for (List<Inline> cell : row) {
                        cells.add(line(owner, cell));
                    }
                    rows.add(cells);
                }
                out.add(new Printed.Table(t.header(), rows, indent));
            } else if (b instanceof Block.Note n) {
                out.add(new Printed.Note(blocks(owner, n.blocks(), depth, indent, false), indent));
            }
        }
        return out;
    }

    private Printed.ItemList itemList(Section owner, Block.ItemList list, int depth, int indent) {
        List<Printed.Item> items = new ArrayList<>();
        int n = 0;
        for (Block.Item item : list.items()) {
            n++;
            // An imported item keeps its printed label; a generated one is numbered by the style.
            String label = item.found() != null ? item.found()
                    : list.numbered() ? numbers.itemLabel(owner, depth, n) : "・";
            Line title = item.title().isEmpty() ? null : line(owner, item.title());
            List<Printed> blocks = blocks(owner, item.blocks(), depth, indent, false);
            if (articleForm && title != null && item.found() == null) {
                // a definition as 例規 print it: 「(1)　ネットワーク　機器を…をいう。」
                Line text = title;
                List<Printed> rest = blocks;
                if (!blocks.isEmpty() && blocks.get(0) instanceof Printed.Paragraph p) {
                    text = join(title, styleWords(numbering.labelGap()), p.text());
                    rest = blocks.subList(1, blocks.size());
                }
                List<Printed> runIn = new ArrayList<>();
                runIn.add(new Printed.Paragraph("", text, indent));
                runIn.addAll(rest);
                items.add(new Printed.Item(label, null, runIn, indent));
            } else {
                items.add(new Printed.Item(label, title, blocks, indent));
            }
        }
        return new Printed.ItemList(list.numbered(), items, indent);
    }

    /** Inline content as printed text with its pieces. */
    private Line line(Section owner, List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        List<Line.Piece> pieces = new ArrayList<>();
        append(owner, inlines, 0, text, pieces, new Inline.Ref[1]);
        return new Line(text.toString(), pieces);
    }

    private void append(Section owner, List<Inline> inlines, int strong, StringBuilder text, List<Line.Piece> pieces,
                        Inline.Ref[] previous) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                if (t.text().isEmpty()) {
                    continue;
                }
                int start = text.length();
                // the house style's digits, character for character, so origins keep their columns
                text.append(numbers.digits(t.text()));
                boolean value = t.origin() != null && t.origin().isParameter();
                pieces.add(new Line.Piece(start, text.length(), value ? Line.Kind.VALUE : Line.Kind.TEXT, List.of(),
                        strong, t.origin()));
            } else if (inline instanceof Inline.Strong s) {
                append(owner, s.content(), strong != 0 ? strong : ++strongRuns, text, pieces, previous);
            } else if (inline instanceof Inline.Ref r) {
                String words = numbers.reference(r, owner, previous[0]);
                previous[0] = r;
                int start = text.length();
                text.append(words);
                pieces.add(new Line.Piece(start, text.length(), Line.Kind.REF, r.targets(), strong, null));
            }
        }
    }

    // ---- contents and frame ---------------------------------------------------------------------

    private static final int CONTENTS_DEPTH = 2;

    /**
     * What a table of contents lists. A 例規 with chapters lists its chapters and 節 with the
     * articles each holds (「第１章　組織体制（第１条―第11条）」) and the 附則, as part of its text;
     * otherwise the clauses down to the second level (articles alone in the form of 例規), for
     * navigation.
     */
    private PrintedDocument.Contents contents(List<PrintedClause> clauses, PrintedDocument.Frame frame) {
        List<PrintedDocument.Contents.Entry> entries = new ArrayList<>();
        boolean chapters = articleForm && clauses.stream().anyMatch(this::chapter);
        if (chapters) {
            for (PrintedClause c : clauses) {
                chapterEntries(c, 1, entries);
            }
        } else {
            navigation(clauses, 1, entries);
        }
        if (frame != null) {
            entries.add(new PrintedDocument.Contents.Entry(null, "附則", 1));
        }
        return new PrintedDocument.Contents(entries, chapters);
    }

    /** A chapter or 節 of a 例規: a clause above the articles. */
    private boolean chapter(PrintedClause c) {
        if (c.form() != PrintedClause.Form.HEADING) {
            return false;
        }
        Numbered e = numbering.entry(c.id());
        return !e.isArticle() && e.level() < numbering.layout().articleLevel();
    }

    private void chapterEntries(PrintedClause c, int depth, List<PrintedDocument.Contents.Entry> out) {
        if (!chapter(c)) {
            return;
        }
        List<String> articles = new ArrayList<>();
        for (PrintedClause a : c.all()) {
            if (a.form() == PrintedClause.Form.ARTICLE || a.form() == PrintedClause.Form.DELETED) {
                articles.add(a.label());
            }
        }
        String range = switch (articles.size()) {
            case 0 -> "";
            case 1 -> "（" + articles.get(0) + "）";
            case 2 -> "（" + articles.get(0) + "・" + articles.get(1) + "）";
            default -> "（" + articles.get(0) + "―" + articles.get(articles.size() - 1) + "）";
        };
        out.add(new PrintedDocument.Contents.Entry(c.id(), c.heading().text() + range, depth));
        for (PrintedClause child : c.children()) {
            chapterEntries(child, depth + 1, out);
        }
    }

    private void navigation(List<PrintedClause> clauses, int depth, List<PrintedDocument.Contents.Entry> out) {
        for (PrintedClause c : clauses) {
            if (c.form() == PrintedClause.Form.DELETED) {
                continue;
            }
            out.add(new PrintedDocument.Contents.Entry(c.id(), c.heading().text(), depth));
            boolean deeper = depth < CONTENTS_DEPTH && !(articleForm && c.form() == PrintedClause.Form.ARTICLE);
            if (deeper) {
                navigation(c.children(), depth + 1, out);
            }
        }
    }

    /** The legal frame, when the body adopts the document as a 例規 and prints it in that form. */
    private PrintedDocument.Frame frame() {
        Instrument instrument = numbering.layout().instrument();
        if (!articleForm || instrument == null) {
            return null;
        }
        String kind = instrument.kind();
        Instrument.Act original = instrument.original();
        Line promulgation = styleWords(numbering.digits(original.date()) + "\u3000" + number(kind, original));
        List<Line> amendments = new ArrayList<>();
        for (Instrument.Act r : instrument.revisions()) {
            amendments.add(styleWords((amendments.isEmpty() ? "改正\u3000" : "\u3000\u3000\u3000")
                    + numbering.digits(r.date()) + number(kind, r)));
        }
        Line enactment = null;
        if (instrument.enactment() != null) {
            String words = numbering.digits(instrument.enactment());
            enactment = new Line(words, List.of(new Line.Piece(0, words.length(), Line.Kind.VALUE, List.of(), 0, null)));
        }
        List<PrintedDocument.Frame.Supplement> supplements = new ArrayList<>();
        supplements.add(new PrintedDocument.Frame.Supplement(styleWords("附\u3000則"), List.of(inForce(kind, original))));
        for (Instrument.Act r : instrument.revisions()) {
            supplements.add(new PrintedDocument.Frame.Supplement(
                    styleWords("附\u3000則（" + numbering.digits(r.date()) + number(kind, r) + "）"), List.of(inForce(kind, r))));
        }
        return new PrintedDocument.Frame(promulgation, amendments, enactment, supplements);
    }

    /** 「訓令第５号」. */
    private String number(String kind, Instrument.Act act) {
        return kind + "第" + Labels.number(act.number(), numbering.layout().digits()) + "号";
    }

    /** 「この訓令は、令和８年４月１日から施行する。」 */
    private Line inForce(String kind, Instrument.Act act) {
        return styleWords("この" + kind + "は、" + numbering.digits(act.effective()) + "から施行する。");
    }
}
