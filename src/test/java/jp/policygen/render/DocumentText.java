package jp.policygen.render;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.Block;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Inline;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.Numbering;

/**
 * What a reader of a rendered document must find, in reading order, built from the model (not
 * from any writer's output): the cover (private marking, body, title, edition, dates), the
 * chapter line, then every section's heading and text with its numbers. Tests compare a
 * writer's output against it; layout (whitespace, page furniture) is theirs to remove.
 */
public final class DocumentText {

    /** Text of the cover block, in order. */
    public final List<String> cover = new ArrayList<>();
    /** Text of the body (chapter line and sections), in order. */
    public final List<String> body = new ArrayList<>();

    private DocumentText() {
    }

    public static DocumentText of(Numbering numbering, String privateMarking) {
        DocumentText text = new DocumentText();
        DocumentInfo info = numbering.document().info();
        if (info.visibility() == Visibility.PRIVATE) {
            text.cover.add(privateMarking);
        }
        text.cover.add(info.bodyName());
        text.cover.add(info.title());
        text.cover.add(Editions.editionLabel(info));
        text.cover.addAll(Editions.dateEntries(info));
        new Walker(numbering, text.body).run();
        return text;
    }

    /** The body as one string. */
    public String bodyText() {
        return String.join("\n", body);
    }

    public String coverText() {
        return String.join("\n", cover);
    }

    private static final class Walker extends DocumentWalker {
        private final List<String> out;

        Walker(Numbering numbering, List<String> out) {
            super(numbering);
            this.out = out;
        }

        void run() {
            String chapter = numbering.documentChapterHeading();
            if (chapter != null) {
                out.add(chapter);
            }
            sections(numbering.document().sections(), 1);
        }

        @Override
        protected void openSection(Section section, int depth) {
            out.add(numbering.heading(section));
        }

        @Override
        protected void closeSection(Section section, int depth) {
        }

        @Override
        protected void paragraph(Section owner, List<Inline> content, String prefix, int listDepth) {
            out.add(prefix + inlines(owner, content));
        }

        @Override
        protected void openList(Block.ItemList list, int depth) {
        }

        @Override
        protected void closeList(Block.ItemList list, int depth) {
        }

        @Override
        protected void item(Section owner, Block.Item item, String label, int depth) {
            out.add(label);
            if (!item.title().isEmpty()) {
                out.add(inlines(owner, item.title()));
            }
            blocks(owner, item.blocks(), depth, false);
        }

        @Override
        protected void table(Section owner, Block.Table table, int listDepth) {
            for (List<List<Inline>> row : table.rows()) {
                for (List<Inline> cell : row) {
                    out.add(inlines(owner, cell));
                }
            }
        }

        @Override
        protected void note(Section owner, Block.Note note, int listDepth) {
            blocks(owner, note.blocks(), listDepth, false);
        }

        private String inlines(Section owner, List<Inline> inlines) {
            StringBuilder sb = new StringBuilder();
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Text t) {
                    sb.append(t.text());
                } else if (inline instanceof Inline.Strong s) {
                    sb.append(inlines(owner, s.content()));
                } else if (inline instanceof Inline.Ref r) {
                    sb.append(numbering.referenceText(r, owner));
                }
            }
            return sb.toString();
        }
    }
}
