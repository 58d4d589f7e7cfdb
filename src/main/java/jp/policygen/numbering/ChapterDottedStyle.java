package jp.policygen.numbering;

import java.util.List;

/**
 * Dotted numbers for the top two levels counted from the chapter: in book form the basic policy
 * is 第1章 with sections 1.1, 1.2 … and (1) below; standing alone, 1, 1.1 and (1) below.
 */
final class ChapterDottedStyle extends AbstractStyle {

    @Override
    public String name() {
        return "chapter-dotted";
    }

    /** How many levels of the document carry dotted numbers. */
    private static int dottedLevels(Walk walk) {
        return walk.documentChapter() > 0 ? 1 : 2;
    }

    @Override
    String label(int level, List<Integer> path, int article, int branch, Walk walk) {
        int chapter = walk.documentChapter();
        if (level <= dottedLevels(walk)) {
            StringBuilder out = new StringBuilder(chapter > 0 ? chapter + "." : "");
            for (int i = 0; i < level; i++) {
                out.append(i > 0 ? "." : "").append(path.get(i));
            }
            return out.toString();
        }
        return Labels.rung(rungOf(level, walk), path.get(path.size() - 1));
    }

    @Override
    int rungOf(int level, Walk walk) {
        // A dotted label stands on rung 1, so its items are (1); lower levels follow the ladder.
        return level <= dottedLevels(walk) ? 1 : level - dottedLevels(walk) + 1;
    }

    @Override
    String fullLabel(Numbered entry, Numbering numbering) {
        // The dotted label already carries its ancestors' numbers.
        StringBuilder out = new StringBuilder();
        for (Numbered e : numbering.lineage(entry)) {
            if (Character.isDigit(e.label().charAt(0))) {
                out.setLength(0);
            }
            out.append(e.label());
        }
        return out.toString();
    }
}
