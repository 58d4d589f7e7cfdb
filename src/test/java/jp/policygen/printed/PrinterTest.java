package jp.policygen.printed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.model.Origin;
import jp.policygen.numbering.Numbering;

class PrinterTest {

    private static final Project PROJECT = new Project(TestProjects.real());

    private static PrintedDocument print(String body, String document) {
        Numbering n = PROJECT.build(PROJECT.params().read(body), List.of(document)).get(0);
        return Printer.print(n);
    }

    private static Line.Piece pieceOf(Line line, String words) {
        int at = line.text().indexOf(words);
        assertTrue(at >= 0, words + " in " + line.text());
        Line.Piece p = line.pieceAt(at);
        assertNotNull(p);
        return p;
    }

    @Test
    void templateWordsKnowTheirFileLineAndColumn() {
        PrintedClause purpose = print("komoro-city", "basic-policy").find("basic.purpose").orElseThrow();
        Line first = purpose.lines().get(1);
        Line.Piece words = pieceOf(first, "が保有する情報資産には");
        assertEquals(Line.Kind.TEXT, words.kind());
        Origin o = words.origin();
        assertEquals("templates/r7/basic-policy/purpose.ftl", o.file());
        assertEquals(4, o.line());
        // 「${body.self}が保有する…」: the words start after the 12 characters of ${body.self}
        assertEquals(13, o.column());
        assertNull(o.parameter());
        // the second line of the paragraph keeps its own line number
        Origin second = pieceOf(first, "これらが漏えい").origin();
        assertEquals(5, second.line());
        assertEquals(1, second.column());
    }

    @Test
    void parameterValuesKnowTheirKey() {
        PrintedDocument basic = print("komoro-city", "basic-policy");
        Line first = basic.find("basic.purpose").orElseThrow().lines().get(1);
        Line.Piece self = pieceOf(first, "本市");
        assertEquals(Line.Kind.VALUE, self.kind());
        assertEquals("body.self", self.origin().parameter());
        assertEquals(4, self.origin().line());
        assertEquals(1, self.origin().column());

        // a list joined by jlist: each organisation is its own value, the joints are the template's
        Line orgs = basic.find("basic.scope.organisations").orElseThrow().lines().get(1);
        assertEquals("scope.organisations.0", pieceOf(orgs, "市長部局").origin().parameter());
        assertEquals("scope.organisations.2", pieceOf(orgs, "環境水道部上水道課").origin().parameter());
        assertEquals(Line.Kind.TEXT, orgs.pieceAt(orgs.text().indexOf("、出納室") ).kind());
    }

    @Test
    void aFoldedRolePrintsTheKeysOfTheRoleThatCarriesIt() {
        // tadami folds roles the model has into others (defined: false, dutiesOf)
        PrintedDocument standards = print("tadami-town", "standards");
        long values = standards.all().stream().flatMap(c -> c.lines().stream())
                .flatMap(l -> l.pieces().stream()).filter(p -> p.kind() == Line.Kind.VALUE).count();
        assertTrue(values > 100, "values are marked throughout: " + values);
        assertTrue(standards.all().stream().flatMap(c -> c.lines().stream()).flatMap(l -> l.pieces().stream())
                .filter(p -> p.kind() == Line.Kind.VALUE).allMatch(p -> p.origin().parameter().matches("[a-zA-Z]+(\\.[a-zA-Z0-9]+)+")));
    }

    @Test
    void headingsMarkTheirLabelAndKnowTheManifestLine() {
        PrintedClause purpose = print("komoro-city", "basic-policy").find("basic.purpose").orElseThrow();
        Line heading = purpose.heading();
        assertEquals("1.1 目的", heading.text());
        assertEquals(Line.Kind.LABEL, heading.pieces().get(0).kind());
        assertEquals("1.1 ", heading.text(heading.pieces().get(0)));
        Line.Piece title = heading.pieces().get(1);
        assertEquals("templates/r7/basic-policy/manifest.yaml", title.origin().file());
        assertTrue(title.origin().line() > 0);
    }
}
