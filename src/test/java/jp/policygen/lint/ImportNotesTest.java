package jp.policygen.lint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.policygen.Problem;
import jp.policygen.i18n.Language;
import jp.policygen.i18n.Texts;

/** The importer's note about a joined sentence is read back by lint in either language. */
class ImportNotesTest {

    @Test
    void theJoinedLinesAreReadFromTheNoteInBothLanguages() {
        for (Locale language : new Locale[] {Language.ENGLISH, Language.JAPANESE}) {
            Locale before = Texts.use(language);
            try {
                Problem note = new Problem(null, 41, 0, "import", Texts.get("importing.joined", 40, 41), null);
                assertArrayEquals(new int[] {40, 41}, ImportNotes.joinedLines(note), language.toString());
                Problem other = new Problem(null, 3, 0, "import", Texts.get("importing.frontMatter"), null);
                assertNull(ImportNotes.joinedLines(other), language.toString());
            } finally {
                Texts.use(before);
            }
        }
    }
}
