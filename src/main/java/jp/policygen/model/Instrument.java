package jp.policygen.model;

import java.util.List;
import java.util.Objects;

/**
 * The legal frame of a document adopted as a 例規: the kind of instrument (訓令, 告示, 規則), its
 * 制定文 or 告示文 (the sentence that adopts it; null: none printed), and the acts that made and
 * amended it, oldest first: the first is the original, each later one a revision, each with its
 * date, number and the date it took effect (施行日), all as printed (和暦, day precision).
 */
public record Instrument(String kind, String enactment, List<Act> acts) {

    /** One instrument of the history: 「令和８年３月31日　訓令第５号」, in force from {@code effective}. */
    public record Act(String date, int number, String effective) {
        public Act {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(effective, "effective");
            if (number < 1) {
                throw new IllegalArgumentException("an instrument number is 1 or more");
            }
        }
    }

    public Instrument {
        Objects.requireNonNull(kind, "kind");
        acts = List.copyOf(acts);
        if (acts.isEmpty()) {
            throw new IllegalArgumentException("an instrument has at least its original act");
        }
    }

    public Act original() {
        return acts.get(0);
    }

    public List<Act> revisions() {
        return acts.subList(1, acts.size());
    }
}
