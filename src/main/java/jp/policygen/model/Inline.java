package jp.policygen.model;

import java.util.List;
import java.util.Objects;

/** Inline content of a paragraph, an item or a title. Text is stored exactly as written. */
public sealed interface Inline {

    /**
     * Plain text, never containing a number that refers to another clause. {@code origin} says
     * where it was written (a template or a body's file, line and column) and, for a parameter
     * value, which; null when unknown.
     */
    record Text(String text, Origin origin) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        public Text(String text) {
            this(text, null);
        }
    }

    /** Emphasised text (傍点・太字). */
    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    /**
     * A cross reference to one or more clauses by id. The words that show it (「上記3」「第3条」)
     * are chosen by the numbering style after the document is numbered, so references follow
     * clauses when they move. {@code bare} asks for the number alone, without 「上記」.
     * {@code found} keeps the words an imported text used, so lint can check them.
     */
    record Ref(List<String> targets, boolean bare, String found) implements Inline {
        public Ref {
            targets = List.copyOf(targets);
            if (targets.isEmpty()) {
                throw new IllegalArgumentException("a reference needs at least one target");
            }
        }

        public static Ref to(List<String> targets) {
            return new Ref(targets, false, null);
        }
    }

    /** The text of inline content with references left out, for searching and comparing. */
    static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendPlain(inlines, out);
        return out.toString();
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                out.append(t.text());
            } else if (inline instanceof Strong s) {
                appendPlain(s.content(), out);
            } else if (inline instanceof Ref r && r.found() != null) {
                out.append(r.found());
            }
        }
    }
}
