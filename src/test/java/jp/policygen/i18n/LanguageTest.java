package jp.policygen.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LanguageTest {

    private static final Locale JA = Language.JAPANESE;
    private static final Locale EN = Language.ENGLISH;

    @Test
    void theOptionWinsOverTheLocale() {
        assertEquals(EN, Language.choose("en", Map.of("LANG", "ja_JP.UTF-8"), "ja"));
        assertEquals(JA, Language.choose("ja", Map.of("LANG", "C.UTF-8"), "en"));
    }

    @Test
    void theLocaleVariablesInPosixOrder() {
        assertEquals(JA, Language.choose(null, Map.of("LANG", "ja_JP.UTF-8"), "en"));
        assertEquals(JA, Language.choose(null, Map.of("LANG", "ja_JP.eucJP"), "en"));
        assertEquals(JA, Language.choose(null, Map.of("LC_MESSAGES", "ja_JP.UTF-8", "LANG", "C"), "en"));
        // LC_ALL overrides LC_MESSAGES and LANG; the first one set decides, also for English
        assertEquals(EN, Language.choose(null, Map.of("LC_ALL", "C.UTF-8", "LANG", "ja_JP.UTF-8"), "ja"));
        assertEquals(EN, Language.choose(null, Map.of("LANG", "en_US.UTF-8"), "ja"));
        // an empty variable counts as unset
        assertEquals(JA, Language.choose(null, Map.of("LC_ALL", "", "LANG", "ja_JP.UTF-8"), "en"));
    }

    @Test
    void withoutLocaleVariablesTheJvmLanguage() {
        assertEquals(JA, Language.choose(null, Map.of(), "ja"));
        assertEquals(EN, Language.choose(null, Map.of(), "en"));
        assertEquals(EN, Language.choose(null, Map.of(), null));
    }

    @Test
    void theOptionIsFoundBeforeParsingInEitherSpelling() {
        assertEquals("ja", Language.optionIn("--lang", "ja", "generate", "--all"));
        assertEquals("en", Language.optionIn("lint", "--lang=en", "x.txt"));
        assertNull(Language.optionIn("lint", "--", "--lang", "ja"));
        assertNull(Language.optionIn("generate", "--all"));
    }

    @Test
    void textsSpeakTheLanguageInUseAndRestoreTheOneBefore() {
        Locale before = Texts.use(JA);
        try {
            assertTrue(Texts.japanese());
            assertEquals("問題が 3 件あります。何も書き出していません", Texts.get("cli.summary.badInput", 3));
            Texts.use(EN);
            assertEquals("3 problem(s); nothing was written", Texts.get("cli.summary.badInput", 3));
            // plain digits for numbers (a line number is never 1,234), grouping only on request
            assertEquals("written to 1234", Texts.get("cli.writtenTo", 1234));
            assertEquals("12,345", Texts.count(12345));
            // an apostrophe written '' in the bundle comes out as one
            assertEquals("did you mean 'komoro-city'?", Texts.get("cli.didYouMean", "komoro-city"));
            assertEquals("1 error, 2 warnings, 0 info", Texts.get("lint.text.summary", 1, 2, 0));
        } finally {
            Texts.use(before);
        }
    }
}
