package jp.policygen.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.Problem;

/**
 * What lint reads from the importer's notes: where it joined a sentence the conversion broke.
 * The note is a message for people (importing.joined), in English or Japanese; both forms are
 * recognised here, so a text linted in either language reads the same.
 */
final class ImportNotes {

    private static final Pattern JOINED = Pattern.compile(
            "broken across lines (\\d+) and (\\d+)|(\\d+) 行目と (\\d+) 行目に分かれていた文");

    private ImportNotes() {
    }

    /** The two lines of a joined sentence, {first, continuation}; null for any other note. */
    static int[] joinedLines(Problem note) {
        Matcher m = JOINED.matcher(note.message());
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null
                ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}
                : new int[] {Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))};
    }
}
