package jp.policygen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.compose.Composer;
import jp.policygen.model.PolicyDocument;
import jp.policygen.numbering.Numbering;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.params.BodyParams;
import jp.policygen.params.ParamsReader;
import jp.policygen.render.DocumentWriter;

/**
 * A policygen project folder (templates/, municipalities/, schema/, output/) and the stages that
 * work on it, each built once per process and shared by every body.
 */
public final class Project {

    private final Path root;
    private final ParamsReader params;
    private final Composer composer;

    public Project(Path root) {
        this.root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.root.resolve("municipalities")) || !Files.isDirectory(this.root.resolve("templates"))) {
            throw PolicygenException.badInput(new Problem(this.root, 0, 0, null,
                    "not a policygen project (no municipalities/ and templates/ here)",
                    "run from the project folder or pass --project DIR"));
        }
        this.params = new ParamsReader(this.root);
        this.composer = new Composer(this.root);
    }

    public Path root() {
        return root;
    }

    public ParamsReader params() {
        return params;
    }

    public Composer composer() {
        return composer;
    }

    public List<String> bodyIds() {
        return params.bodyIds();
    }

    /**
     * Reads the parameters of several bodies, collecting every body's problems before failing,
     * so one run shows all that must be fixed.
     */
    public List<BodyParams> readAll(List<String> ids) {
        List<BodyParams> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String id : ids) {
            try {
                out.add(params.read(id));
            } catch (PolicygenException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(problems.size() + " problem(s) in the parameters", problems);
        }
        return out;
    }

    /** Composes and numbers a body's documents, in its edition's order. */
    public List<Numbering> build(BodyParams body) {
        return build(body, body.documents().stream().map(d -> d.id()).toList());
    }

    /** Composes and numbers some of a body's documents, by id. */
    public List<Numbering> build(BodyParams body, List<String> documentIds) {
        List<Numbering> out = new ArrayList<>();
        for (PolicyDocument document : composer.compose(body, documentIds)) {
            out.add(NumberingStyle.named(document.info().layout().style()).number(document));
        }
        return out;
    }

    /** A body's documents, composed, numbered and printed, in its edition's order. */
    public List<jp.policygen.printed.PrintedDocument> print(BodyParams body) {
        return build(body).stream().map(jp.policygen.printed.Printer::print).toList();
    }

    /** The files of a body's documents in the given formats, keyed by path under output/. */
    public static Map<String, byte[]> render(String bodyId, List<Numbering> documents, List<DocumentWriter> writers) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Numbering doc : documents) {
            for (DocumentWriter writer : writers) {
                files.put(bodyId + "/" + doc.document().info().kind().stem() + "." + writer.extension(),
                        writer.write(doc));
            }
        }
        return files;
    }
}
