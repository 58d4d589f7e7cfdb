package jp.policygen.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.TestProjects;
import jp.policygen.model.PageSetup;

/** houseStyle.page and houseStyle.font: read with the edition's defaults, checked against the page. */
class HouseStylePageTest {

    @TempDir
    Path dir;

    private Path policy() {
        return dir.resolve("municipalities/komoro-city/policy.yaml");
    }

    @Test
    void aBodyWithoutAHouseStyleGetsTheEditionsDefaults() {
        PageSetup page = new ParamsReader(TestProjects.real()).read("komoro-city").pageSetup();
        assertEquals(PageSetup.DEFAULT, page);
    }

    @Test
    void whatABodySetsIsTakenAndTheRestDefaults() {
        TestProjects.copy(dir, "komoro-city");
        TestProjects.write(policy(), TestProjects.read(policy()) + """

                houseStyle:
                  page:
                    paper: B5
                    margins: { left: 20, right: 20 }
                    grid: { characters: 38, lines: 34 }
                  font: { eastAsia: ＭＳ 明朝, ascii: Century }
                """);
        PageSetup page = new ParamsReader(dir).read("komoro-city").pageSetup();
        assertEquals(PageSetup.Paper.B5, page.paper());
        assertEquals(new PageSetup.Margins(35, 20, 30, 20), page.margins());
        assertEquals(new PageSetup.Grid(38, 34), page.grid());
        assertEquals(new PageSetup.Font("ＭＳ 明朝", "Century", 10.5), page.font());
    }

    @Test
    void aGridThatDoesNotFitThePageIsReportedWithWhatWouldFit() {
        TestProjects.copy(dir, "komoro-city");
        TestProjects.write(policy(), TestProjects.read(policy()) + """

                houseStyle:
                  page:
                    grid:
                      characters: 50
                      lines: 60
                  font: { size: 12 }
                """);
        List<Problem> problems = assertThrows(PolicygenException.class, () -> new ParamsReader(dir).read("komoro-city")).problems();
        Problem chars = problems.stream().filter(p -> "houseStyle.page.grid.characters".equals(p.key())).findFirst().orElseThrow();
        assertTrue(chars.message().contains("50 characters of 12.0 pt do not fit a line of 150 mm"), chars.message());
        // 425 pt of line: 39 characters at 12 pt set nine tenths apart
        assertTrue(chars.suggestion().startsWith("at most 39 characters"), chars.suggestion());
        assertEquals(lineOf("characters: 50"), chars.line());
        Problem lines = problems.stream().filter(p -> "houseStyle.page.grid.lines".equals(p.key())).findFirst().orElseThrow();
        assertTrue(lines.suggestion().startsWith("at most 54 lines"), lines.suggestion());
    }

    @Test
    void theSchemaRefusesAPaperItDoesNotKnow() {
        TestProjects.copy(dir, "komoro-city");
        TestProjects.write(policy(), TestProjects.read(policy()) + "\nhouseStyle:\n  page: { paper: A5 }\n");
        List<Problem> problems = assertThrows(PolicygenException.class, () -> new ParamsReader(dir).read("komoro-city")).problems();
        assertTrue(problems.stream().anyMatch(p -> "houseStyle.page.paper".equals(p.key())), problems.toString());
    }

    private int lineOf(String text) {
        List<String> lines = TestProjects.read(policy()).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(text);
    }
}
