package jp.policygen.model;

import java.util.Objects;

/**
 * How a document is to be numbered: the style's name, the chapter number the document takes
 * when the policy is printed as one book (0: none), and the level whose sections become articles
 * in the article style.
 */
public record Layout(String style, int documentChapter, int articleLevel) {
    public Layout {
        Objects.requireNonNull(style, "style");
        if (documentChapter < 0 || articleLevel < 1) {
            throw new IllegalArgumentException("documentChapter >= 0 and articleLevel >= 1 required");
        }
    }
}
