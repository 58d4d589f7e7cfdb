package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.printed.Line;
import jp.policygen.printed.Printed;
import jp.policygen.printed.PrintedClause;
import jp.policygen.printed.PrintedDocument;

/**
 * A printed document read as provisions: chapters, articles and their 項 and 号 in the form of
 * 例規, or numbered sections and their items in a plain or dotted text. The numbers are those the
 * text prints — the labels of clauses, the 項 numbers before paragraphs (or, in an imported text,
 * at their start), the labels of items — so the structure is the same whether a numbering style
 * printed the text or it was imported as found.
 *
 * @param form   how the text is numbered, which decides how provisions are cited
 * @param title  the document's title (題名)
 * @param digits how the text writes the numbers of its articles (for the numbers a citation adds)
 */
public record Structure(Form form, String title, List<Provision> provisions, Digits digits) {

    /** How a text is numbered. */
    public enum Form {
        /** 例規: 第N条, 項 ２ ３, 号 (1); cited 「第５条第２項第３号」. */
        ARTICLE,
        /** 1 → (1) → ① → ア; cited 「4(2)①」. */
        PLAIN,
        /** 1.5 → (1) → ①; cited 「1.5(1)」. */
        DOTTED
    }

    /** How the numbers a citation adds (第２項, 第３号) are written, as the text writes its article numbers. */
    public enum Digits {
        /** 第2項, 第12項. */
        HALF,
        /** 第２項, 第１２項. */
        FULL,
        /** 第２項, 第12項: one digit full-width, more half-width. */
        MIXED;

        String of(int n) {
            String s = Integer.toString(n);
            if (this == HALF || this == MIXED && s.length() > 1) {
                return s;
            }
            StringBuilder out = new StringBuilder();
            for (char c : s.toCharArray()) {
                out.append((char) ('０' + (c - '0')));
            }
            return out.toString();
        }
    }

    public Structure {
        provisions = List.copyOf(provisions);
    }

    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("([0-9０-９]{1,3})[\u3000 ]+(.*)", Pattern.DOTALL);

    /** The structure of a printed document. */
    public static Structure of(PrintedDocument printed) {
        Form form = form(printed);
        List<Provision> out = new ArrayList<>();
        for (PrintedClause c : printed.clauses()) {
            out.add(clause(c, form, false));
        }
        return new Structure(form, printed.info().title(), out, digits(printed));
    }

    static Form form(PrintedDocument printed) {
        if (printed.numbered()) {
            return switch (printed.numbering().styleName()) {
                case "article" -> Form.ARTICLE;
                case "chapter-dotted" -> Form.DOTTED;
                default -> Form.PLAIN;
            };
        }
        boolean dotted = false;
        for (PrintedClause c : printed.all()) {
            if (Labels.isArticle(c.label())) {
                return Form.ARTICLE;
            }
            dotted |= Labels.isDotted(c.label());
        }
        return dotted ? Form.DOTTED : Form.PLAIN;
    }

    private static Digits digits(PrintedDocument printed) {
        boolean full = false;
        boolean halfLong = false;
        for (PrintedClause c : printed.all()) {
            Matcher m = Labels.ARTICLE.matcher(c.label());
            if (!m.matches()) {
                continue;
            }
            String n = m.group(1);
            if (n.chars().anyMatch(ch -> ch >= '０' && ch <= '９')) {
                full = true;
            } else if (n.length() > 1) {
                halfLong = true;
            }
        }
        return !full ? Digits.HALF : halfLong ? Digits.MIXED : Digits.FULL;
    }

    private static Provision clause(PrintedClause c, Form form, boolean insideArticle) {
        String label = c.label() == null ? "" : c.label().strip();
        String caption = title(c);
        if (insideArticle) {
            return item(c, label, caption);
        }
        if (form == Form.ARTICLE && Labels.isArticle(label)) {
            return article(c, label, caption);
        }
        List<Provision> children = new ArrayList<>();
        blocks(c.blocks(), children);
        for (PrintedClause child : c.children()) {
            children.add(clause(child, form, false));
        }
        Provision.Kind kind = form == Form.ARTICLE && Labels.isChapter(label) ? Provision.Kind.CHAPTER : Provision.Kind.SECTION;
        return Provision.of(kind, label, caption, null, children, c.id());
    }

    /** A clause printed as a 号 of an article (a sub-clause below the article level). */
    private static Provision item(PrintedClause c, String label, String caption) {
        List<Printed> blocks = c.blocks();
        String text = null;
        if (!blocks.isEmpty() && blocks.get(0) instanceof Printed.Paragraph p && !p.prefix().isEmpty()
                && p.prefix().strip().equals(label)) {
            // the form of 例規 opens the 号's text with its label: 「(1)　組織体制　本県の…」
            text = p.text().text();
            blocks = blocks.subList(1, blocks.size());
        }
        List<Provision> children = new ArrayList<>();
        blocks(blocks, children);
        for (PrintedClause child : c.children()) {
            children.add(clause(child, Form.ARTICLE, true));
        }
        return Provision.of(Provision.Kind.ITEM, label, caption.isEmpty() ? null : caption, text, children, c.id());
    }

    private static Provision article(PrintedClause c, String label, String caption) {
        List<Builder> paragraphs = new ArrayList<>();
        for (Printed b : c.blocks()) {
            if (b instanceof Printed.Paragraph p) {
                String prefix = p.prefix().strip();
                String text = p.text().text();
                String number = "";
                if (!prefix.isEmpty() && !prefix.equals(label)) {
                    number = prefix;
                } else if (prefix.isEmpty() && !paragraphs.isEmpty()) {
                    // an imported text keeps its 項 numbers in the text: 「２　前項の…」
                    Matcher m = PARAGRAPH_NUMBER.matcher(text);
                    if (m.matches()) {
                        number = m.group(1);
                        text = m.group(2);
                    }
                }
                paragraphs.add(new Builder(number, text));
            } else {
                if (paragraphs.isEmpty()) {
                    paragraphs.add(new Builder("", null));
                }
                List<Provision> into = paragraphs.get(paragraphs.size() - 1).children;
                blocks(List.of(b), into);
            }
        }
        if (!c.children().isEmpty() && paragraphs.isEmpty()) {
            paragraphs.add(new Builder("", null));
        }
        for (PrintedClause child : c.children()) {
            paragraphs.get(paragraphs.size() - 1).children.add(clause(child, Form.ARTICLE, true));
        }
        boolean deleted = paragraphs.size() == 1 && "削除".equals(paragraphs.get(0).text)
                && paragraphs.get(0).children.isEmpty() && caption.isEmpty();
        List<Provision> children = new ArrayList<>();
        if (!deleted) {
            for (Builder p : paragraphs) {
                children.add(Provision.of(Provision.Kind.PARAGRAPH, p.number, null, p.text, p.children, null));
            }
        }
        return new Provision(Provision.Kind.ARTICLE, label, caption.isEmpty() ? null : caption, null, children, List.of(),
                c.id(), deleted);
    }

    private static final class Builder {
        final String number;
        final String text;
        final List<Provision> children = new ArrayList<>();

        Builder(String number, String text) {
            this.number = number;
            this.text = text;
        }
    }

    /** Blocks of a clause or an item as provisions: paragraphs (段落), items, tables, notes. */
    private static void blocks(List<Printed> blocks, List<Provision> out) {
        for (Printed b : blocks) {
            if (b instanceof Printed.Paragraph p) {
                out.add(Provision.of(Provision.Kind.PARAGRAPH, "", null, p.text().text(), List.of(), null));
            } else if (b instanceof Printed.ItemList list) {
                for (Printed.Item item : list.items()) {
                    out.add(listItem(item));
                }
            } else if (b instanceof Printed.Table t) {
                List<List<String>> rows = new ArrayList<>();
                for (List<Line> row : t.rows()) {
                    rows.add(row.stream().map(Line::text).toList());
                }
                out.add(new Provision(Provision.Kind.TABLE, "", null, null, List.of(), rows, null, false));
            } else if (b instanceof Printed.Note n) {
                List<Provision> children = new ArrayList<>();
                blocks(n.blocks(), children);
                out.add(Provision.of(Provision.Kind.NOTE, "", null, null, children, null));
            }
        }
    }

    private static Provision listItem(Printed.Item item) {
        List<Printed> rest = item.blocks();
        String text = null;
        String caption = item.titled() ? item.title().text() : null;
        if (!item.titled() && !rest.isEmpty() && rest.get(0) instanceof Printed.Paragraph p) {
            text = p.text().text();
            rest = rest.subList(1, rest.size());
        }
        List<Provision> children = new ArrayList<>();
        blocks(rest, children);
        return Provision.of(Provision.Kind.ITEM, item.label().strip(), caption, text, children, null);
    }

    /** A clause's title as printed in its heading: the heading without the pieces the style printed as its label. */
    private static String title(PrintedClause c) {
        Line heading = c.heading();
        StringBuilder out = new StringBuilder();
        for (Line.Piece p : heading.pieces()) {
            if (p.kind() != Line.Kind.LABEL) {
                out.append(heading.text(p));
            }
        }
        String title = out.toString().strip();
        if (title.isEmpty() && !c.section().titleText().isEmpty() && !heading.text().equals(c.label())) {
            title = c.section().titleText();
        }
        return title;
    }
}
