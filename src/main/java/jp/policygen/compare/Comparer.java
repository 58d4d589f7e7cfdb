package jp.policygen.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.printed.PrintedClause;

/**
 * Compares a target document (the local or new text) with a base (the model or the old text):
 * aligns their clauses, diffs every aligned pair into phrases and gives each row a status.
 * Holds no per-comparison state; one instance may compare many pairs.
 */
public final class Comparer {

    private final Set<Ignore> ignored;
    private final Aligner aligner;
    /** Two revisions of one text: every change of printed text is 改正, a number alone 番号のみ変更. */
    private final boolean revisions;

    public Comparer(Set<Ignore> ignored) {
        this(ignored, Equivalents.bundled());
    }

    /** A comparer whose alignment scores with other equivalent terms (or {@link Equivalents#NONE}). */
    Comparer(Set<Ignore> ignored, Equivalents equivalents) {
        this(ignored, equivalents, false);
    }

    private Comparer(Set<Ignore> ignored, Equivalents equivalents, boolean revisions) {
        this.ignored = Set.copyOf(Objects.requireNonNull(ignored, "ignored"));
        this.aligner = new Aligner(equivalents, revisions);
        this.revisions = revisions;
        this.equivalents = equivalents;
    }

    private final Equivalents equivalents;

    /**
     * The same comparer for two revisions of one text (not a body against the model): a clause
     * whose printed text changed is 改正, whatever made it change (a parameter, a template, the
     * body's wording), and one whose text is the same under another number is 番号のみ変更.
     */
    public Comparer forRevisions() {
        return new Comparer(ignored, equivalents, true);
    }

    public Comparison compare(Side target, Side base) {
        Normaliser.Placeholders placeholders = new Normaliser.Placeholders();
        Normaliser tn = new Normaliser(ignored, target.substitutions(), placeholders, revisions);
        Normaliser bn = new Normaliser(ignored, base.substitutions(), placeholders, revisions);
        List<Section> ts = target.document().allSections();
        List<Section> bs = base.document().allSections();
        List<PrintedClause> tp = target.clauses();
        List<PrintedClause> bp = base.clauses();
        List<Aligner.Alignment> alignments = aligner.align(clauses(ts, tp, target.valuesMarked(), tn),
                clauses(bs, bp, base.valuesMarked(), bn));

        PhraseDiff diff = new PhraseDiff();
        boolean sameTemplates = target.templates() != null && target.templates().equals(base.templates());
        List<Comparison.Row> rows = new ArrayList<>();
        Map<ClauseStatus, Integer> counts = new EnumMap<>(ClauseStatus.class);
        long identical = 0;
        long total = 0;
        for (Aligner.Alignment a : alignments) {
            List<Section> tsec = a.target().stream().map(ts::get).toList();
            List<Section> bsec = a.base().stream().map(bs::get).toList();
            ClauseText tt = tsec.isEmpty() ? ClauseText.EMPTY
                    : ClauseText.of(a.target().stream().map(tp::get).toList(), target.valuesMarked());
            ClauseText bt = bsec.isEmpty() ? ClauseText.EMPTY
                    : ClauseText.of(a.base().stream().map(bp::get).toList(), base.valuesMarked());
            ComparisonText tc = tn.of(tt, true);
            ComparisonText bc = bn.of(bt, true);
            List<Span> tSpans;
            List<Span> bSpans;
            ClauseStatus status;
            if (bsec.isEmpty()) {
                tSpans = PhraseDiff.whole(tt, tc);
                bSpans = List.of();
                status = ClauseStatus.LOCAL_ADDITION;
                total += PhraseDiff.weight(tc);
            } else if (tsec.isEmpty()) {
                tSpans = List.of();
                bSpans = PhraseDiff.whole(bt, bc);
                status = ClauseStatus.MISSING_LOCALLY;
            } else {
                PhraseDiff.Result r = diff.diff(tt, tc, bt, bc);
                tSpans = r.target();
                bSpans = r.base();
                identical += r.equalWeight();
                total += r.targetWeight();
                status = revisions ? revisionStatus(tt, bt, r) : status(tsec, bsec, r, sameTemplates);
                if (revisions && !tt.labels().equals(bt.labels())) {
                    tSpans = withNumbers(tSpans, tt);
                    bSpans = withNumbers(bSpans, bt);
                }
            }
            AlignKind kind = kind(a, tsec, bsec, target, base);
            if (kind == AlignKind.MOVED) {
                status = ClauseStatus.MOVED;
            }
            counts.merge(status, 1, Integer::sum);
            rows.add(new Comparison.Row(rows.size() + 1, kind, a.score(), status, tsec, bsec,
                    tt, bt, tSpans, bSpans));
        }
        return new Comparison(target, base, ignored, rows, new Comparison.Summary(counts, identical, total), revisions);
    }

    /**
     * Between two generated texts the order differs only where a body's parameters move a clause
     * (clauses.move), so a clause paired by id is moved exactly when the two sides place it
     * differently; of two swapped neighbours the aligner alone cannot tell which one moved.
     */
    private static AlignKind kind(Aligner.Alignment a, List<Section> tsec, List<Section> bsec, Side target, Side base) {
        boolean byId = a.kind() == AlignKind.SAME_ID || a.kind() == AlignKind.MOVED;
        if (!byId || target.moves() == null || base.moves() == null || tsec.size() != 1 || bsec.size() != 1) {
            return a.kind();
        }
        String id = tsec.get(0).id();
        return Objects.equals(target.moves().get(id), base.moves().get(id)) ? AlignKind.SAME_ID : AlignKind.MOVED;
    }

    /**
     * A clause is 番号のみ変更 when the number printed with it changed (第５条 → 第６条, (２) → (３));
     * a 号 that keeps its label under a renumbered article prints the same and is 同一 — the
     * article's row shows the new number.
     */
    private static ClauseStatus revisionStatus(ClauseText tt, ClauseText bt, PhraseDiff.Result r) {
        if (r.changed() || r.parameters()) {
            return ClauseStatus.LOCALLY_WORDED;
        }
        return tt.labels().equals(bt.labels()) ? ClauseStatus.IDENTICAL : ClauseStatus.RENUMBERED;
    }

    /** The spans with the clauses' own numbers marked, in order of where they start. */
    private static List<Span> withNumbers(List<Span> spans, ClauseText text) {
        List<Span> out = new ArrayList<>(spans);
        for (ClauseText.Range n : text.numbers()) {
            boolean covered = spans.stream().anyMatch(s -> s.kind() == Span.Kind.CHANGED && s.start() <= n.start() && s.end() >= n.end());
            if (!covered) {
                out.add(new Span(n.start(), n.end(), Span.Kind.NUMBER));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Span::start));
        return out;
    }

    private static ClauseStatus status(List<Section> target, List<Section> base, PhraseDiff.Result r, boolean sameTemplates) {
        if (target.stream().anyMatch(s -> s.provenance() == Provenance.LOCAL_ADDED)) {
            return ClauseStatus.LOCAL_ADDITION;
        }
        if (target.stream().anyMatch(s -> s.provenance() == Provenance.LOCAL_REPLACED)) {
            return ClauseStatus.LOCALLY_WORDED;
        }
        if (!r.changed()) {
            return r.parameters() ? ClauseStatus.PARAMETERS_ONLY : ClauseStatus.IDENTICAL;
        }
        // The same template with other parameters can differ only through them (an option
        // that adds a sentence, a list that is longer): not the body's own wording.
        boolean templated = sameTemplates
                && target.stream().allMatch(s -> s.provenance() == Provenance.TEMPLATE)
                && base.stream().allMatch(s -> s.provenance() == Provenance.TEMPLATE);
        return templated ? ClauseStatus.PARAMETERS_ONLY : ClauseStatus.LOCALLY_WORDED;
    }

    /** The clauses of both sides as the aligner sees them (for diagnostics and tests). */
    public List<List<Aligner.Clause>> clauses(Side target, Side base) {
        Normaliser.Placeholders placeholders = new Normaliser.Placeholders();
        Normaliser tn = new Normaliser(ignored, target.substitutions(), placeholders, revisions);
        Normaliser bn = new Normaliser(ignored, base.substitutions(), placeholders, revisions);
        return List.of(clauses(target.document().allSections(), target.clauses(), target.valuesMarked(), tn),
                clauses(base.document().allSections(), base.clauses(), base.valuesMarked(), bn));
    }

    private static List<Aligner.Clause> clauses(List<Section> sections, List<PrintedClause> printed, boolean valuesMarked,
                                                Normaliser n) {
        List<Aligner.Clause> out = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            ClauseText text = ClauseText.of(List.of(printed.get(i)), valuesMarked);
            out.add(new Aligner.Clause(s, i, n.title(s.titleText()), n.of(text, false).chars()));
        }
        return out;
    }
}
