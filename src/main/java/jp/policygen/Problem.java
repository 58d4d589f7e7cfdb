package jp.policygen;

import java.nio.file.Path;
import jp.policygen.i18n.Texts;

/**
 * One thing wrong with the input, located precisely enough to fix: file, line and column
 * (1-based; 0 when unknown), the key or clause concerned, what is wrong and what to do.
 */
public record Problem(Path file, int line, int column, String key, String message, String suggestion) {

    public static Problem at(Path file, int line, int column, String key, String message) {
        return new Problem(file, line, column, key, message, null);
    }

    public Problem withSuggestion(String hint) {
        return new Problem(file, line, column, key, message, hint);
    }

    /**
     * 「path:line:col: key: message (hint)」, the form editors and terminals link to; in Japanese
     * 「path:line:col：key：message（hint）」 (the location stays in the form tools link to).
     */
    public String format(Path relativeTo) {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            Path shown = relativeTo != null && file.isAbsolute() && file.startsWith(relativeTo)
                    ? relativeTo.relativize(file) : file;
            out.append(shown.toString().replace('\\', '/'));
            if (line > 0) {
                out.append(':').append(line);
                if (column > 0) {
                    out.append(':').append(column);
                }
            }
            out.append(Texts.get("problem.separator"));
        }
        if (key != null && !key.isEmpty()) {
            out.append(key).append(Texts.get("problem.separator"));
        }
        out.append(message);
        if (suggestion != null && !suggestion.isEmpty()) {
            out.append(Texts.get("problem.suggestion", suggestion));
        }
        return out.toString();
    }
}
