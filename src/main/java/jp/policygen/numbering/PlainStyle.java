package jp.policygen.numbering;

import java.util.List;

/** 1 → (1) → ① → ア → (ア): the ladder most municipal texts use (第1章 above it in book form). */
final class PlainStyle extends AbstractStyle {

    @Override
    public String name() {
        return "plain";
    }

    @Override
    String label(int level, List<Integer> path, int article, int branch, Walk walk) {
        return Labels.rung(level, path.get(path.size() - 1));
    }

    @Override
    int rungOf(int level, Walk walk) {
        return level;
    }
}
