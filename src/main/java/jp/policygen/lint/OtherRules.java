package jp.policygen.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.Problem;
import jp.policygen.importing.ImportResult;
import jp.policygen.importing.LabelKind;
import jp.policygen.i18n.Texts;

/** Extraction debris in imported text, and the body's own words in its generated text. */
final class OtherRules {

    private OtherRules() {
    }

    // ---- import.debris ------------------------------------------------------------------------

    /**
     * What a PDF or Word conversion leaves: a sentence broken across lines or list items (the
     * importer joins it and says so), and an item indented unlike its siblings.
     */
    static final class Debris implements Rule {
        private static final Pattern LIST_MARKER = Pattern.compile("^[ \t\u3000]*([-*+])[ \t]+");

        @Override
        public String id() {
            return "import.debris";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public void check(LintContext context, Findings out) {
            for (SourceFile f : context.files()) {
                if (f.generated()) {
                    continue;
                }
                for (Problem note : f.structure().notes()) {
                    int[] joined = ImportNotes.joinedLines(note);
                    if (joined == null) {
                        continue;
                    }
                    int first = joined[0];
                    int second = joined[1];
                    if (SourceFile.tableRow(f.line(first)) || SourceFile.tableRow(f.line(second))) {
                        continue; // a Markdown table row ends without 。 by nature
                    }
                    String end = tail(f.line(first));
                    String start = head(f.line(second));
                    Matcher marker = LIST_MARKER.matcher(f.line(second));
                    boolean stray = marker.find();
                    String message = Texts.get("lint.import.debris.broken", first, end, start)
                            + (second - first > 1 ? Texts.get("lint.import.debris.afterBlank") : "")
                            + (stray ? Texts.get("lint.import.debris.marker", marker.group(1)) : "");
                    out.at(f, second, f.indentColumn(second), stray ? marker.end() - (f.indentColumn(second) - 1) : 0, message,
                            Texts.get(stray ? "lint.import.debris.join.marker" : "lint.import.debris.join", second, first), null);
                }
                indentation(f, out);
            }
        }

        /** Items of one list whose indentation differs from the rest of the list. */
        private void indentation(SourceFile f, Findings out) {
            for (Outline.Node n : f.outline().all()) {
                List<List<ImportResult.SourceLine>> runs = new ArrayList<>();
                List<ImportResult.SourceLine> run = new ArrayList<>();
                LabelKind kind = null;
                for (ImportResult.SourceLine l : n.items) {
                    if (l.label().kind() != kind) {
                        if (run.size() > 2) {
                            runs.add(run);
                        }
                        run = new ArrayList<>();
                        kind = l.label().kind();
                    }
                    run.add(l);
                }
                if (run.size() > 2) {
                    runs.add(run);
                }
                for (List<ImportResult.SourceLine> r : runs) {
                    Map<Integer, Integer> counts = new LinkedHashMap<>();
                    for (ImportResult.SourceLine l : r) {
                        counts.merge(f.indentColumn(l.line()), 1, Integer::sum);
                    }
                    if (counts.size() < 2) {
                        continue;
                    }
                    int major = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                    if (counts.get(major) * 2 <= r.size()) {
                        continue; // no clear majority: a nested layout, not debris
                    }
                    for (ImportResult.SourceLine l : r) {
                        int indent = f.indentColumn(l.line());
                        if (indent != major) {
                            out.at(f, l.line(), 1, indent - 1, Texts.get("lint.import.debris.indent", l.label().printed(), r.size() - 1),
                                    Texts.get("lint.import.debris.indent.fix"),
                                    " ".repeat(major - 1));
                        }
                    }
                }
            }
        }

        private static String tail(String line) {
            String t = line.strip();
            return t.length() <= 8 ? t : t.substring(t.length() - 8);
        }

        private static String head(String line) {
            String t = LIST_MARKER.matcher(line).replaceFirst("").strip();
            return t.length() <= 8 ? t : t.substring(0, 8);
        }
    }

    // ---- params.self-reference ----------------------------------------------------------------

    /** 「本町」 in a city's text: a clause copied from another body, or a self-reference not from the parameters. */
    static final class SelfReference implements Rule {
        private static final List<String> SELVES = List.of("本市", "本町", "本村", "本区", "本県", "本都", "本道", "本府", "本組合",
                "本広域連合");

        @Override
        public String id() {
            return "params.self-reference";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public void check(LintContext context, Findings out) {
            if (context.body() == null) {
                return;
            }
            String self = context.body().body().self();
            for (Passage p : context.textPassages()) {
                String text = p.text();
                for (String other : SELVES) {
                    if (other.equals(self) || self.startsWith(other) || other.startsWith(self)) {
                        continue;
                    }
                    int at = text.indexOf(other);
                    while (at >= 0) {
                        int end = at + other.length();
                        char next = end < text.length() ? text.charAt(end) : ' ';
                        boolean placeName = JapaneseText.isDigit(next) || "一二三四五六七八九十丁通場".indexOf(next) >= 0;
                        if (!placeName) {
                            out.at(p, at, other.length(), Texts.get("lint.params.self-reference.message", other, context.body().body().name(), self),
                                    Texts.get("lint.write", self), self);
                        }
                        at = text.indexOf(other, end);
                    }
                }
            }
        }
    }
}
