package jp.policygen.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.lint.GenerationGate;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.printed.Printer;
import jp.policygen.params.BodyParams;
import jp.policygen.i18n.Texts;

/**
 * The one way every command takes bodies from their parameters to checked text: params →
 * compose → number → lint gate, one body per task on a bounded pool of threads. Bodies are
 * independent: a body with bad input is reported and the others are still checked; what the
 * commands then render and write is theirs. The same problem ends every command with the same
 * exit code: bad input 2, lint errors in the text 1.
 */
public final class Pipeline {

    private final Project project;
    private final int jobs;
    private final Progress progress;
    private final GenerationGate gate;

    /**
     * @param jobs     how many bodies are worked on at once (0: one per processor)
     * @param progress what a person sees meanwhile
     */
    public Pipeline(Project project, int jobs, Progress progress) {
        this.project = project;
        this.jobs = jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
        this.progress = progress;
        this.gate = new GenerationGate(project);
    }

    public Project project() {
        return project;
    }

    /** A body's documents, composed, numbered, printed and through the lint gate: fit to be rendered and published. */
    public record Checked(BodyParams params, List<PrintedDocument> documents) {
        public Checked {
            documents = List.copyOf(documents);
        }
    }

    /** One body through params → compose → number → gate ({@code documentIds} empty: all the body has). */
    public Outcome<Checked> check(String bodyId, List<String> documentIds) {
        List<Problem> warnings = new ArrayList<>();
        try {
            BodyParams params = project.params().read(bodyId);
            List<String> wanted = documentIds.isEmpty()
                    ? params.documents().stream().map(d -> d.id()).toList() : documentIds;
            for (String id : wanted) {
                if (params.document(id).isEmpty()) {
                    throw PolicygenException.badInput(new Problem(null, 0, 0, "--document",
                            Texts.get("pipeline.noDocument", bodyId, id), Texts.get("pipeline.noDocument.fix",
                            String.join(", ", params.documents().stream().map(d -> d.id()).toList()))));
                }
            }
            List<PrintedDocument> documents = project.build(params, wanted).stream().map(Printer::print).toList();
            List<Problem> errors = gate.errors(params, documents, warnings::add);
            if (!errors.isEmpty()) {
                return Outcome.failed(bodyId, ExitCode.FINDINGS, errors, warnings);
            }
            return Outcome.ok(bodyId, new Checked(params, documents), warnings);
        } catch (PolicygenException e) {
            if (e.exitCode() != ExitCode.BAD_INPUT && e.exitCode() != ExitCode.FINDINGS) {
                throw e;
            }
            return Outcome.failed(bodyId, e.exitCode(), e.problems().isEmpty()
                    ? List.of(new Problem(null, 0, 0, bodyId, e.getMessage(), null)) : e.problems(), warnings);
        }
    }

    /**
     * Runs {@code work} for every body, {@link #jobs} at a time, and returns the outcomes in the
     * order of {@code ids} (duplicates once). An exception that is not an input problem (a bug, a
     * full disk) ends the whole run with it.
     */
    public <T> List<Outcome<T>> run(List<String> ids, String verb, Function<String, Outcome<T>> work) {
        List<String> bodies = List.copyOf(new LinkedHashSet<>(ids));
        progress.start(bodies.size(), verb);
        List<Outcome<T>> out = new ArrayList<>();
        try {
            if (jobs == 1 || bodies.size() <= 1) {
                for (String id : bodies) {
                    Outcome<T> o = work.apply(id);
                    progress.step(id, o.ok());
                    out.add(o);
                }
                return out;
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, bodies.size()), workers());
            try {
                List<Future<Outcome<T>>> futures = new ArrayList<>();
                for (String id : bodies) {
                    futures.add(pool.submit(() -> {
                        Outcome<T> o = work.apply(id);
                        progress.step(id, o.ok());
                        return o;
                    }));
                }
                for (Future<Outcome<T>> f : futures) {
                    out.add(f.get());
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
            return out;
        } finally {
            progress.end();
        }
    }

    /** Every warning of the outcomes, in body order (so the output is the same however threads ran). */
    public static List<Problem> warnings(List<? extends Outcome<?>> outcomes) {
        return outcomes.stream().flatMap(o -> o.warnings().stream()).toList();
    }

    /**
     * What failed outcomes add up to: every problem, in body order, under exit code 2 when any
     * input is bad and 1 when only lint found errors, with a summary naming the bodies. Null when
     * every body is fine.
     */
    public static PolicygenException failure(List<? extends Outcome<?>> outcomes, String consequence) {
        List<Outcome<?>> failed = new ArrayList<>();
        for (Outcome<?> o : outcomes) {
            if (!o.ok()) {
                failed.add(o);
            }
        }
        if (failed.isEmpty()) {
            return null;
        }
        boolean badInput = failed.stream().anyMatch(o -> o.failure() == ExitCode.BAD_INPUT);
        List<Problem> problems = failed.stream().flatMap(o -> o.problems().stream()).toList();
        List<String> named = failed.stream().limit(10).map(o -> Texts.get(o.failure() == ExitCode.FINDINGS
                ? "pipeline.failed.lintErrors" : "pipeline.failed.problems", o.bodyId(), o.problems().size())).toList();
        String summary = Texts.get("pipeline.failed", failed.size(), outcomes.size(),
                String.join(Texts.get("pipeline.listSeparator"), named) + (failed.size() > named.size() ? Texts.get("pipeline.listSeparator") + "…" : ""),
                consequence);
        return PolicygenException.withSummary(badInput ? ExitCode.BAD_INPUT : ExitCode.FINDINGS, summary, problems);
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            // a deep stack for FreeMarker and the PDF engine's recursion, as the launcher gives the main thread
            Thread t = new Thread(null, r, "policygen-" + n.incrementAndGet(), 16L << 20);
            t.setDaemon(true);
            return t;
        };
    }
}
