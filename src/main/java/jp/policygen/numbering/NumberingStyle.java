package jp.policygen.numbering;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import jp.policygen.model.PolicyDocument;

/** A way of numbering a policy: assigns labels to sections and items and words references. */
public interface NumberingStyle {

    String name();

    /** Numbers a document; the result answers every question the writers ask about numbers. */
    Numbering number(PolicyDocument document);

    /** The styles policygen knows, by name. */
    Map<String, Supplier<NumberingStyle>> REGISTRY = new TreeMap<>(Map.of(
            "plain", PlainStyle::new,
            "chapter-dotted", ChapterDottedStyle::new,
            "article", ArticleStyle::new));

    static NumberingStyle named(String name) {
        Supplier<NumberingStyle> style = REGISTRY.get(name);
        if (style == null) {
            throw new IllegalArgumentException("unknown numbering style '" + name + "'; known: "
                    + List.copyOf(REGISTRY.keySet()));
        }
        return style.get();
    }
}
