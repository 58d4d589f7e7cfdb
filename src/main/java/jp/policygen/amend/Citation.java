package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;

/**
 * How a provision is named in an amendment, part by part from the top: 「第５条」「第２項」「第３号」
 * 「ア」, or 「4」「(2)」「①」, or 「の第２段落」. Each part knows the provision it names, so a
 * sentence can say 「同条」 for the article the phrase before it named. Made when the phrase is
 * written, with the numbers provisions have at that point of the amendment.
 */
record Citation(List<Part> parts) {

    /** One step of a citation: the provision and the words that name it below its parent. */
    record Part(Node node, String text) {
    }

    Citation {
        parts = List.copyOf(parts);
    }

    /** The whole citation: 「第５条第２項」「4(2)①」. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            out.append(p.text());
        }
        return out.toString();
    }

    /** The provision cited. */
    Node node() {
        return parts.get(parts.size() - 1).node();
    }

    /** The citation of the parent of what is cited (the parts above the last). */
    Citation parent() {
        return new Citation(parts.subList(0, parts.size() - 1));
    }

    /** The words of the last part alone: 「第３項」 in 「第５条中第３項を…」. */
    String last() {
        return parts.get(parts.size() - 1).text();
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The text from part {@code from} on. */
    String from(int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < parts.size(); i++) {
            out.append(parts.get(i).text());
        }
        return out.toString();
    }

    /** How many leading parts name the same provisions as {@code other}'s. */
    int common(Citation other) {
        int n = 0;
        while (n < parts.size() && n < other.parts.size() && parts.get(n).node() == other.parts.get(n).node()) {
            n++;
        }
        return n;
    }

    static Citation of(List<Part> parts) {
        return new Citation(new ArrayList<>(parts));
    }
}
