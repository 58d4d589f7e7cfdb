package jp.policygen.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.Project;
import jp.policygen.model.PolicyDocument;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;

/**
 * The proof of the drafter: the 改め文 it writes, applied to the old text by an independent reader
 * ({@link Applier}), gives exactly the new text — for random edit scripts in every numbering
 * style, and for pairs of real texts.
 */
class AmendProofTest {

    static final int SCRIPTS = Integer.getInteger("amend.scripts", 300);

    private static final Project PROJECT = new Project(Path.of("").toAbsolutePath());

    static PrintedDocument print(PolicyDocument doc) {
        return Printer.print(NumberingStyle.named(doc.info().layout().style()).number(doc));
    }

    /** Drafts old → neu, applies it, and returns null when the text comes out exactly, else what went wrong. */
    static String check(PrintedDocument old, PrintedDocument neu) {
        return check(old, neu, (line, start, quote) -> { });
    }

    /** … telling {@code quotations} where each quotation stands. */
    static String check(PrintedDocument old, PrintedDocument neu, Applier.Quotations quotations) {
        Amendment a;
        try {
            a = new Drafter(AmendOptions.DEFAULT.withPartial(true)).draft(old, neu);
        } catch (RuntimeException e) {
            return "draft failed: " + e;
        }
        String want = Applier.print(Applier.tree(Structure.of(neu)));
        String got;
        try {
            got = Applier.apply(Structure.of(old), a, quotations);
        } catch (RuntimeException e) {
            return "apply failed: " + e.getMessage() + "\n" + AmendmentWriter.markdown(a);
        }
        if (!got.equals(want)) {
            return "the amended text differs:\n" + firstDifference(got, want) + "\n" + AmendmentWriter.markdown(a);
        }
        return null;
    }

    /** No quotation starts with a particle or cuts a word (before this rule: 58 of 858 in the article style started with one). */
    static void assertQuotedByWords(QuotationCensus census) {
        assertTrue(census.quotations() > 0, "no quotations were counted");
        assertEquals(0, census.startingWithAParticle() + census.splittingAWord(), census.toString());
    }

    static String firstDifference(String got, String want) {
        String[] g = got.split("\n");
        String[] w = want.split("\n");
        for (int i = 0; i < Math.max(g.length, w.length); i++) {
            String x = i < g.length ? g[i] : "(end)";
            String y = i < w.length ? w[i] : "(end)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + "\n  got:  " + x + "\n  want: " + y;
            }
        }
        return "(same)";
    }

    private void scripts(String style) {
        PolicyDocument base = EditScripts.styled(PROJECT.build(PROJECT.params().read("model")).get(0).document(), style);
        PrintedDocument old = print(base);
        List<String> failures = new ArrayList<>();
        QuotationCensus census = new QuotationCensus();
        int run = 0;
        int only = Integer.getInteger("amend.seed", 0);
        for (int seed = only > 0 ? only : 1; run < (only > 0 ? 1 : SCRIPTS); seed++) {
            PolicyDocument edited;
            PrintedDocument neu;
            try {
                edited = new EditScripts(seed * 7919L + style.hashCode()).edit(base, 4);
                neu = print(edited);
            } catch (RuntimeException e) {
                continue; // an edit the numbering refuses (a reference to a clause moved out of reach)
            }
            run++;
            String problem = check(old, neu, census);
            if (problem != null) {
                failures.add("seed " + seed + ": " + problem);
            }
        }
        System.out.println("AmendProofTest (" + style + "): " + census);
        assertQuotedByWords(census);
        assertTrue(failures.isEmpty(), failures.size() + " of " + run + " scripts (" + style + ") do not apply:\n"
                + String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
    }

    @Test
    void randomScriptsInTheArticleStyle() {
        scripts("article");
    }

    @Test
    void randomScriptsInThePlainStyle() {
        scripts("plain");
    }

    @Test
    void randomScriptsInTheDottedStyle() {
        scripts("chapter-dotted");
    }

    @Test
    void randomScriptsWithNumbersThatStayPut() {
        // numbering.stable: the old text has 第６条の２ and 「第７条　削除」 from an earlier revision, and
        // the script adds articles with branch numbers and leaves the numbers of those it deletes
        PolicyDocument base = PROJECT.build(PROJECT.params().read("model")).get(0).document();
        List<String> failures = new ArrayList<>();
        QuotationCensus census = new QuotationCensus();
        int run = 0;
        int branches = 0;
        int deletedSlots = 0;
        int only = Integer.getInteger("amend.seed", 0);
        for (int seed = only > 0 ? only : 1; run < (only > 0 ? 1 : SCRIPTS); seed++) {
            PrintedDocument old;
            PrintedDocument neu;
            try {
                EditScripts.Revision r = new EditScripts(seed * 7919L + 17).stable(base, 4);
                old = print(r.old());
                neu = print(r.neu());
            } catch (RuntimeException e) {
                continue; // an edit the numbering refuses (a reference to a clause moved out of reach)
            }
            run++;
            String text = Applier.print(Applier.tree(Structure.of(old))) + Applier.print(Applier.tree(Structure.of(neu)));
            branches += text.matches("(?s).*第[0-9０-９]+条の[0-9０-９]+.*") ? 1 : 0;
            deletedSlots += text.contains("　削除\n") ? 1 : 0;
            String problem = check(old, neu, census);
            if (problem != null) {
                failures.add("seed " + seed + ": " + problem);
            }
        }
        System.out.println("AmendProofTest (stable numbers): " + run + " scripts, " + branches + " with 枝番, " + deletedSlots
                + " with 削除 articles; " + census);
        assertTrue(branches > run / 4 && deletedSlots > run / 4, branches + " / " + deletedSlots + " of " + run);
        assertTrue(failures.isEmpty(), failures.size() + " of " + run + " scripts (stable numbers) do not apply:\n"
                + String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
        assertQuotedByWords(census);
    }

    @Test
    void everyBodyFromTheModelsWording() {
        // the model's text printed in a body's numbering and house style, then the body's own text: a
        // revision with changes of every kind at once (names, roles, clauses added and dropped, 号 and 項)
        PolicyDocument[] model = PROJECT.build(PROJECT.params().read("model")).stream().map(n -> n.document())
                .toArray(PolicyDocument[]::new);
        List<String> failures = new ArrayList<>();
        QuotationCensus census = new QuotationCensus();
        int pairs = 0;
        for (String id : PROJECT.bodyIds()) {
            if (id.equals("model")) {
                continue;
            }
            List<jp.policygen.numbering.Numbering> body = PROJECT.build(PROJECT.params().read(id));
            for (int d = 0; d < Math.min(model.length, body.size()); d++) {
                PolicyDocument b = body.get(d).document();
                PolicyDocument m = model[d];
                jp.policygen.model.DocumentInfo i = m.info();
                PolicyDocument restyled = new PolicyDocument(new jp.policygen.model.DocumentInfo(i.bodyId(), i.bodyName(),
                        i.title(), i.kind(), i.visibility(), i.edition(), i.established(), i.revisions(), b.info().layout()),
                        m.sections());
                PrintedDocument old;
                try {
                    old = print(restyled);
                } catch (RuntimeException e) {
                    continue; // the body's layout names clauses the model lacks
                }
                pairs++;
                String problem = check(old, Printer.print(body.get(d)), census);
                if (problem != null) {
                    failures.add("model → " + id + " #" + d + ": " + problem);
                }
            }
        }
        System.out.println("AmendProofTest (every body from the model): " + census);
        assertQuotedByWords(census);
        assertTrue(pairs >= 12, pairs + " pairs");
        assertEquals("", String.join("\n\n", failures));
    }
}
