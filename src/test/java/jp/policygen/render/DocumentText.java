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

    /**
     * Its own walk over the model, apart from the printer the writers share, so the tests check
     * the printed text against an independent reading of the model.
     */
    private static final class Walker {
        private final Numbering numbering;
        private final List<String> out;

        Walker(Numbering numbering, List<String> out) {
            this.numbering = numbering;
            this.out = out;
        }

        void run() {
            String chapter = numbering.documentChapterHeading();
            if (chapter != null) {
                out.add(chapter);
            }
            sections(numbering.document().sections());
        }

        private void sections(List<Section> sections) {
            for (Section s : sections) {
                out.add(numbering.heading(s));
                blocks(s, s.blocks(), 0, true);
                sections(s.children());
            }
        }

        private void blocks(Section owner, List<Block> blocks, int listDepth, boolean numberParagraphs) {
            int paragraph = 0;
            for (Block b : blocks) {
                if (b instanceof Block.Paragraph p) {
                    paragraph++;
                    out.add((numberParagraphs ? numbering.paragraphPrefix(owner, paragraph) : "") + inlines(owner, p.content()));
                } else if (b instanceof Block.ItemList list) {
                    int n = 0;
                    for (Block.Item item : list.items()) {
                        n++;
                        out.add(item.found() != null ? item.found()
                                : list.numbered() ? numbering.itemLabel(owner, listDepth + 1, n) : "・");
                        if (!item.title().isEmpty()) {
                            out.add(inlines(owner, item.title()));
                        }
                        blocks(owner, item.blocks(), listDepth + 1, false);
                    }
                } else if (b instanceof Block.Table t) {
                    for (List<List<Inline>> row : t.rows()) {
                        for (List<Inline> cell : row) {
                            out.add(inlines(owner, cell));
                        }
                    }
                } else if (b instanceof Block.Note note) {
                    blocks(owner, note.blocks(), listDepth, false);
                }
            }
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
