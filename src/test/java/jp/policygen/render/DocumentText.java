package jp.policygen.render;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.Block;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Inline;
import jp.policygen.model.Instrument;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.Labels;
import jp.policygen.numbering.Numbered;
import jp.policygen.numbering.Numbering;

/**
 * What a reader of a rendered document must find, in reading order, built from the model (not
 * from any writer's output): the cover (private marking, body, title, the instrument's date and
 * number, edition, dates), the chapter line, the 制定文, then every section's heading and text
 * with its numbers, and the 附則. Tests compare a writer's output against it; layout
 * (whitespace, page furniture) is theirs to remove.
 *
 * <p>In the form of 例規 (the article style) an article reads 「（目的）」 then 「第１条」 and its
 * text, a list of rules that makes up an article reads as its 項, a clause below an article reads
 * its label, title and text, a definition its label, term and text, and a deleted article
 * 「第７条」「削除」.
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
        Instrument instrument = numbering.articleForm() ? info.layout().instrument() : null;
        if (info.visibility() == Visibility.PRIVATE) {
            text.cover.add(privateMarking);
        }
        text.cover.add(info.bodyName());
        text.cover.add(info.title());
        if (instrument != null) {
            for (int i = 0; i < instrument.acts().size(); i++) {
                Instrument.Act act = instrument.acts().get(i);
                text.cover.add((i == 1 ? "改正" : "") + numbering.digits(act.date())
                        + instrument.kind() + "第" + Labels.number(act.number(), info.layout().digits()) + "号");
            }
        }
        text.cover.add(numbering.digits(Editions.editionLabel(info)));
        Editions.dateEntries(info).forEach(e -> text.cover.add(numbering.digits(e)));
        new Walker(numbering, text.body).run(instrument);
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
        private final boolean articles;

        Walker(Numbering numbering, List<String> out) {
            this.numbering = numbering;
            this.out = out;
            this.articles = numbering.articleForm();
        }

        void run(Instrument instrument) {
            String chapter = numbering.documentChapterHeading();
            if (chapter != null) {
                out.add(chapter);
            }
            if (instrument != null && instrument.enactment() != null) {
                out.add(numbering.digits(instrument.enactment()));
            }
            sections(null, numbering.document().sections());
            if (instrument != null) {
                for (Instrument.Act act : instrument.acts()) {
                    String number = numbering.digits(act.date()) + instrument.kind() + "第"
                            + Labels.number(act.number(), numbering.layout().digits()) + "号";
                    out.add(act == instrument.original() ? "附則" : "附則（" + number + "）");
                    out.add("この" + instrument.kind() + "は、" + numbering.digits(act.effective()) + "から施行する。");
                }
            }
        }

        private void sections(String parentId, List<Section> sections) {
            if (articles) {
                numbering.deletedFirstIn(parentId).forEach(this::deleted);
            }
            for (Section s : sections) {
                section(s);
                if (articles) {
                    numbering.deletedAfter(s.id()).forEach(this::deleted);
                }
            }
        }

        private void deleted(Numbered d) {
            out.add(d.label());
            out.add("削除");
        }

        private void section(Section s) {
            Numbered entry = numbering.entry(s.id());
            if (articles && "".equals(s.found()) && s.children().isEmpty()
                    && (s.titleText().isEmpty() || s.titleText().equals("前文"))) {
                blocks(s, s.blocks(), 0, true); // a 前文 of a 例規: its text, no heading line
            } else if (!articles || s.found() != null || (!entry.isArticle() && entry.rung() == 0)) {
                out.add(numbering.digits(numbering.heading(s)));
                blocks(s, s.blocks(), 0, true);
            } else if (entry.isArticle()) {
                if (numbering.caption(s) != null) {
                    out.add(numbering.digits(numbering.caption(s)));
                }
                out.add(entry.label());
                String lead = numbering.impliedLead(s);
                if (lead != null) {
                    out.add(lead);
                } else if (numbering.paragraphItems(s)) {
                    // the list that makes up the article is its 項: the first after the article's number
                    Block.ItemList list = (Block.ItemList) s.blocks().get(0);
                    for (int i = 0; i < list.items().size(); i++) {
                        if (i > 0) {
                            out.add(numbering.paragraphPrefix(s, i + 1));
                        }
                        blocks(s, list.items().get(i).blocks(), 1, false);
                    }
                    blocks(s, s.blocks().subList(1, s.blocks().size()), 0, false);
                } else {
                    int paragraph = 0;
                    for (Block b : s.blocks()) {
                        if (b instanceof Block.Paragraph p && ++paragraph > 1) {
                            out.add(numbering.paragraphPrefix(s, paragraph));
                        }
                        blocks(s, List.of(b), 0, false);
                    }
                }
            } else {
                out.add(entry.label());
                out.add(numbering.digits(s.titleText()));
                blocks(s, s.blocks(), 0, false);
            }
            sections(s.id(), s.children());
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
            Inline.Ref[] previous = new Inline.Ref[1];
            append(owner, inlines, sb, previous);
            return sb.toString();
        }

        private void append(Section owner, List<Inline> inlines, StringBuilder sb, Inline.Ref[] previous) {
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Text t) {
                    sb.append(numbering.digits(t.text()));
                } else if (inline instanceof Inline.Strong s) {
                    append(owner, s.content(), sb, previous);
                } else if (inline instanceof Inline.Ref r) {
                    sb.append(numbering.referenceText(r, owner, previous[0]));
                    previous[0] = r;
                }
            }
        }
    }
}
