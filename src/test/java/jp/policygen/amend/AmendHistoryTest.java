package jp.policygen.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.policygen.Project;
import jp.policygen.compare.GitRevision;
import jp.policygen.printed.PrintedDocument;

/**
 * The proof on the project's own history: every revision of every shipped body's documents, as the
 * commits that changed the bodies or the templates left them, is drafted from the revision before
 * it and applied back (by {@link Applier}) to give exactly its text. Revisions the current tool
 * cannot read (parameters of an older schema) are counted and left out; the test needs a git
 * checkout and is skipped without one.
 */
class AmendHistoryTest {

    @Test
    void everyRevisionOfEveryShippedBody() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        assumeTrue(GitRevision.isRevision(root, "HEAD"), "not a git checkout");
        Process p = new ProcessBuilder("git", "log", "--format=%H", "--first-parent", "HEAD", "--", "municipalities", "templates")
                .directory(root.toFile()).redirectErrorStream(true).start();
        List<String> commits = new ArrayList<>(List.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .strip().split("\n")));
        p.waitFor();
        java.util.Collections.reverse(commits); // oldest first
        // the text of each body's documents at each commit, printed
        Map<String, String> lastText = new LinkedHashMap<>();
        Map<String, PrintedDocument> lastDoc = new LinkedHashMap<>();
        int revisions = 0;
        int unreadable = 0;
        List<String> failures = new ArrayList<>();
        QuotationCensus census = new QuotationCensus();
        for (String commit : commits) {
            Path dir = Files.createTempDirectory("policygen-amend-history-");
            try {
                Project project;
                try {
                    GitRevision.export(root, commit, dir);
                    project = new Project(dir);
                } catch (RuntimeException e) {
                    unreadable++; // a commit before the project had its present layout
                    continue;
                }
                for (String id : project.bodyIds()) {
                    List<PrintedDocument> docs;
                    try {
                        docs = project.print(project.params().read(id));
                    } catch (RuntimeException e) {
                        unreadable++;
                        continue;
                    }
                    for (PrintedDocument d : docs) {
                        String key = id + "/" + d.info().kind().stem();
                        String text = Applier.print(Applier.tree(Structure.of(d)));
                        PrintedDocument before = lastDoc.get(key);
                        if (before != null && !text.equals(lastText.get(key))) {
                            revisions++;
                            String problem = AmendProofTest.check(before, d, census);
                            if (problem != null) {
                                failures.add(key + " at " + commit.substring(0, 8) + ": " + problem);
                            }
                        }
                        lastText.put(key, text);
                        lastDoc.put(key, d);
                    }
                }
            } finally {
                delete(dir);
            }
        }
        System.out.println("AmendHistoryTest: " + commits.size() + " commits, " + revisions + " revisions drafted and applied, "
                + unreadable + " body versions the current tool cannot read; " + census);
        assertEquals("", String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))),
                failures.size() + " of " + revisions + " revisions do not apply");
        if (revisions > 0) {
            AmendProofTest.assertQuotedByWords(census);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
