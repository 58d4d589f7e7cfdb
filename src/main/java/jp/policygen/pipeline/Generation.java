package jp.policygen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.policygen.PolicygenException;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.OutputTree;
import jp.policygen.i18n.Texts;

/**
 * {@code generate}: every body's documents, checked, rendered in the asked formats and written
 * to {@code output/<id>/} — in parallel, and only for bodies whose inputs changed since their
 * files were last written (unless forced). Every body is staged first; if any fails, nothing is
 * written and every failure is reported; otherwise all bodies' folders change together.
 */
public final class Generation {

    /** The name of the record, in each body's output folder, of the inputs its files were made from. */
    public static final String RECORD = ".policygen-inputs";

    private final Pipeline pipeline;
    private final OutputTree output;

    public Generation(Pipeline pipeline, OutputTree output) {
        this.pipeline = pipeline;
        this.output = output;
    }

    /**
     * What to generate: bodies, documents by id (empty: each body's own), formats, and whether to
     * render bodies whose inputs did not change.
     */
    public record Request(List<String> bodies, List<String> documents, List<DocumentWriter> writers, boolean force) {
        public Request {
            bodies = List.copyOf(bodies);
            documents = List.copyOf(documents);
            writers = List.copyOf(writers);
        }

        /** The outputs asked for, as the record names them: 「standards.pdf」, or 「*.pdf」 for every document. */
        Set<String> keys() {
            Set<String> out = new TreeSet<>();
            for (DocumentWriter w : writers) {
                if (documents.isEmpty()) {
                    out.add("*." + w.extension());
                } else {
                    documents.forEach(d -> out.add(d + "." + w.extension()));
                }
            }
            return out;
        }
    }

    /** One body's part: written (how many files, bytes, changed) or skipped as up to date. */
    public record BodyResult(String bodyId, boolean skipped, int files, long bytes, int changed) {
    }

    /** What a run did: each body's part, and lint's warnings, in body order. */
    public record Result(List<BodyResult> bodies, List<jp.policygen.Problem> warnings) {
    }

    /** Runs the request; throws (nothing written) when any body fails. */
    public Result run(Request request) {
        InputDigest digests = new InputDigest(pipeline.project().root());
        try (OutputTree.Transaction tx = output.begin()) {
            List<Outcome<BodyResult>> outcomes = pipeline.run(request.bodies(), Texts.get("pipeline.verb.generate"), id -> one(id, request, digests, tx));
            PolicygenException failure = Pipeline.failure(outcomes, Texts.get("pipeline.nothingWritten"));
            if (failure != null) {
                throw failure;
            }
            boolean any = outcomes.stream().anyMatch(o -> !o.value().skipped());
            if (any) {
                tx.commit();
            }
            List<BodyResult> out = new ArrayList<>();
            outcomes.forEach(o -> out.add(o.value()));
            return new Result(out, Pipeline.warnings(outcomes));
        }
    }

    private Outcome<BodyResult> one(String id, Request request, InputDigest digests, OutputTree.Transaction tx) {
        String digest;
        try {
            digest = digests.of(id);
        } catch (RuntimeException e) {
            digest = null; // an unreadable or missing body: checking it says what is wrong
        }
        Record before = digest == null ? null : Record.read(output.root().resolve(id));
        if (!request.force() && before != null && before.covers(digest, request.keys(), output.root().resolve(id))) {
            return Outcome.ok(id, new BodyResult(id, true, 0, 0, 0), List.of());
        }
        Outcome<Pipeline.Checked> checked = pipeline.check(id, request.documents());
        if (!checked.ok()) {
            return Outcome.failed(id, checked.failure(), checked.problems(), checked.warnings());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (PrintedDocument d : checked.value().documents()) {
            for (DocumentWriter writer : request.writers()) {
                files.put(d.info().kind().stem() + "." + writer.extension(), writer.write(d, checked.value().params().pageSetup()));
            }
        }
        long bytes = files.values().stream().mapToLong(b -> b.length).sum();
        int count = files.size();
        Record after = (before != null && digest != null && digest.equals(before.digest()) ? before : Record.EMPTY)
                .with(digest, request.keys(), files.keySet());
        files.put(RECORD, after.bytes());
        // the record itself is not one of the body's files
        int changed = tx.updateFolder(id, files) - (after.equals(before) ? 0 : 1);
        return Outcome.ok(id, new BodyResult(id, false, count, bytes, changed), checked.warnings());
    }

    /**
     * What a body's output folder was made from: the digest of its inputs, the outputs made from
     * them (「*.pdf」 or 「standards.md」) and the files they are.
     */
    record Record(String digest, Set<String> keys, Set<String> files) {
        static final Record EMPTY = new Record("", Set.of(), Set.of());

        Record {
            keys = new TreeSet<>(keys);
            files = new TreeSet<>(files);
        }

        /** Up to date: made from these inputs, holding every output asked for, files in place. */
        boolean covers(String currentDigest, Set<String> asked, Path folder) {
            if (!digest.equals(currentDigest)) {
                return false;
            }
            for (String k : asked) {
                String wildcard = "*" + k.substring(k.lastIndexOf('.'));
                if (!keys.contains(k) && !keys.contains(wildcard)) {
                    return false;
                }
            }
            return files.stream().allMatch(f -> Files.isRegularFile(folder.resolve(f)));
        }

        Record with(String newDigest, Set<String> newKeys, Set<String> newFiles) {
            Set<String> k = new TreeSet<>(keys);
            k.addAll(newKeys);
            Set<String> f = new TreeSet<>(files);
            f.addAll(newFiles);
            return new Record(newDigest, k, f);
        }

        byte[] bytes() {
            return ("policygen-inputs 1\ndigest " + digest + "\noutputs " + String.join(" ", keys)
                    + "\nfiles " + String.join(" ", files) + "\n").getBytes(StandardCharsets.UTF_8);
        }

        static Record read(Path folder) {
            Path file = folder.resolve(RECORD);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try {
                String digest = null;
                Set<String> keys = Set.of();
                Set<String> files = Set.of();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("digest ")) {
                        digest = line.substring(7).strip();
                    } else if (line.startsWith("outputs ")) {
                        keys = Set.of(line.substring(8).strip().split(" "));
                    } else if (line.startsWith("files ")) {
                        files = Set.of(line.substring(6).strip().split(" "));
                    }
                }
                return digest == null ? null : new Record(digest, keys, files);
            } catch (IOException | RuntimeException e) {
                return null; // an unreadable record: render again
            }
        }
    }
}
