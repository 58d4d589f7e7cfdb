package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.amend.Amendment.BlockLine;

/**
 * Provisions written out as an amendment quotes them (「次の一条を加える。」 and what follows):
 * one line per caption, heading, paragraph, item and table row, each label followed by 「　」,
 * sub-provisions one full-width space further in. In the form of 例規 an article's caption
 * stands on its own line 「（目的）」, its first 項 opens with the article number 「第６条　…」 and
 * later 項 with theirs 「２　…」 at the article's indent, its 号 one space in. A note opens with
 * 「〔注〕」. The lines are what a reader of the amendment needs to set the text, nothing more (the
 * test applier, {@code BlockReader}, reads them back by these rules alone).
 */
final class BlockText {

    static final String GAP = "\u3000";
    static final String NOTE_MARK = "〔注〕";

    private BlockText() {
    }

    static List<BlockLine> lines(List<Provision> provisions) {
        List<BlockLine> out = new ArrayList<>();
        for (Provision p : provisions) {
            write(p, 0, out);
        }
        return out;
    }

    private static void write(Provision p, int indent, List<BlockLine> out) {
        switch (p.kind()) {
            case ARTICLE -> {
                if (p.caption() != null) {
                    out.add(new BlockLine(indent, "（" + p.caption() + "）", BlockLine.Kind.CAPTION));
                }
                if (p.deleted()) {
                    out.add(new BlockLine(indent, p.label() + GAP + "削除", BlockLine.Kind.TEXT));
                    return;
                }
                boolean first = true;
                for (Provision c : p.children()) {
                    if (c.kind() == Provision.Kind.PARAGRAPH) {
                        String label = first ? p.label() : c.label();
                        String text = c.text() == null ? "" : c.text();
                        String line = label.isEmpty() ? text : text.isEmpty() ? label : label + GAP + text;
                        out.add(new BlockLine(indent, line, BlockLine.Kind.TEXT));
                        for (Provision g : c.children()) {
                            write(g, indent + 1, out);
                        }
                    } else {
                        write(c, indent + 1, out);
                    }
                    first = false;
                }
                if (p.children().isEmpty()) {
                    out.add(new BlockLine(indent, p.label(), BlockLine.Kind.TEXT));
                }
            }
            case CHAPTER -> {
                out.add(new BlockLine(indent, heading(p), BlockLine.Kind.HEADING));
                for (Provision c : p.children()) {
                    boolean own = c.kind() != Provision.Kind.ARTICLE && c.kind() != Provision.Kind.CHAPTER;
                    write(c, own ? indent + 1 : indent, out);
                }
            }
            case SECTION -> {
                out.add(new BlockLine(indent, heading(p), BlockLine.Kind.HEADING));
                for (Provision c : p.children()) {
                    write(c, indent + 1, out);
                }
            }
            case PARAGRAPH -> {
                out.add(new BlockLine(indent, p.label().isEmpty() ? nonNull(p.text()) : p.label() + GAP + nonNull(p.text()),
                        BlockLine.Kind.TEXT));
                for (Provision c : p.children()) {
                    write(c, indent + 1, out);
                }
            }
            case ITEM -> {
                String first = p.caption() != null ? p.caption() : p.text();
                out.add(new BlockLine(indent, first == null ? p.label() : p.label() + GAP + first, BlockLine.Kind.TEXT));
                if (p.caption() != null && p.text() != null) {
                    out.add(new BlockLine(indent + 1, p.text(), BlockLine.Kind.TEXT));
                }
                for (Provision c : p.children()) {
                    write(c, indent + 1, out);
                }
            }
            case TABLE -> {
                for (List<String> row : p.rows()) {
                    out.add(new BlockLine(indent, "｜" + String.join("｜", row) + "｜", BlockLine.Kind.TABLE_ROW));
                }
            }
            case NOTE -> {
                out.add(new BlockLine(indent, NOTE_MARK, BlockLine.Kind.NOTE));
                for (Provision c : p.children()) {
                    write(c, indent + 1, out);
                }
            }
        }
    }

    private static String heading(Provision p) {
        String caption = p.caption() == null ? "" : p.caption();
        if (p.label().isEmpty()) {
            return caption;
        }
        return caption.isEmpty() ? p.label() : p.label() + GAP + caption;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
