package jp.policygen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.TestProjects;

/** A body's clause file is a template too: none may run away, overflow the stack or write control characters. */
class TemplateEngineTest {

    @TempDir
    Path dir;

    private Problem refused(TemplateEngine engine, String clause) {
        Path file = dir.resolve("clause.md");
        TestProjects.write(file, clause);
        PolicygenException e = assertThrows(PolicygenException.class, () -> engine.renderFile(file, Map.of()));
        Problem p = e.problems().get(0);
        assertEquals(file, p.file());
        return p;
    }

    @Test
    void aLoopThatWritesNothingIsStoppedByTheTimeBudgetAtItsLine() {
        TemplateEngine engine = new TemplateEngine(dir, 300);
        Problem p = refused(engine, "本文です。\n<#list 1..2000000000 as i></#list>\n");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("ran for more than"), p.message());
        assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interruption is cleared");
        assertEquals("次の本文。\n", SourceMarks.strip(engine.renderText(dir.resolve("x"), "次の本文。\n", 1, Map.of())).text(), "the engine still works");
    }

    @Test
    void aLoopThatWritesTooMuchIsStoppedByTheOutputLimit() {
        Problem p = refused(new TemplateEngine(dir), "本文です。\n\n<#list 1..100000000 as i>あ</#list>\n");
        assertEquals(3, p.line());
        assertTrue(p.message().contains("longer than"), p.message());
    }

    @Test
    void aMacroCallingItselfWithoutEndIsReportedNotAStackOverflow() {
        Problem p = refused(new TemplateEngine(dir), "本文です。\n<#macro m><@m/></#macro><@m/>\n");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("from itself without end"), p.message());
    }

    @Test
    void aControlCharacterMadeByAStringEscapeIsReportedAtTheEscape() {
        Problem p = refused(new TemplateEngine(dir), "本文です。\n二行目${\"\\x07\"}。\n");
        assertEquals(2, p.line());
        assertEquals(7, p.column());
        assertTrue(p.message().contains("U+0007 BEL"), p.message());
    }
}
