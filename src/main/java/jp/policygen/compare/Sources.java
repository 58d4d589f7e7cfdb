package jp.policygen.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.importing.ImportResult;
import jp.policygen.importing.TextImporter;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.PolicyDocument;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;
import jp.policygen.i18n.Texts;

/**
 * Loads what a comparison compares: a body's generated documents, a policy text (imported), a
 * project folder, or the project at a git revision (exported into a temporary folder, removed on
 * {@link #close()}). Each yields the {@link Side}s it holds and a short name for the output folder.
 */
public final class Sources implements AutoCloseable {

    /** One side's documents, ready to compare, and a name for the output folder. */
    public record Loaded(String name, List<Side> sides) {
        public Loaded {
            Objects.requireNonNull(name, "name");
            sides = List.copyOf(sides);
        }

        /** The document of that kind, if this side has one. */
        public Optional<Side> side(DocumentKind kind) {
            return sides.stream().filter(s -> s.document().info().kind().equals(kind)).findFirst();
        }
    }

    private final Project project;
    private final String body;
    private final Consumer<Problem> notes;
    private final List<Path> temporary = new ArrayList<>();

    /**
     * @param project the project the body ids and revisions are of
     * @param body    the body whose parameters an imported text has, or null to find it by its name
     * @param notes   what the importer repaired or noticed in a text, as it is read
     */
    public Sources(Project project, String body, Consumer<Problem> notes) {
        this.project = Objects.requireNonNull(project, "project");
        this.body = body;
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    /** A body id of this project, or a text file. */
    public Loaded local(String spec) {
        Path file = Path.of(spec);
        if (Files.isRegularFile(file)) {
            return file(file);
        }
        if (project.bodyIds().contains(spec)) {
            return body(spec);
        }
        throw PolicygenException.badInput(new Problem(null, 0, 0, spec, Texts.get("compare.sources.unknown"),
                Texts.get("compare.sources.unknown.fix", String.join(", ", project.bodyIds()))));
    }

    /** A git revision, a project folder or a text file, for the body {@code bodyId} (null: none named). */
    public Loaded revision(String spec, String bodyId) {
        Path path = Path.of(spec);
        if (Files.isRegularFile(path)) {
            return file(path);
        }
        if (Files.isDirectory(path.resolve("municipalities")) && Files.isDirectory(path.resolve("templates"))) {
            return generated(new Project(path), requireBody(bodyId), safe(path.toAbsolutePath().normalize().getFileName().toString()));
        }
        if (GitRevision.isRevision(project.root(), spec)) {
            String id = requireBody(bodyId);
            Path dir;
            try {
                dir = Files.createTempDirectory("policygen-compare-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            temporary.add(dir);
            GitRevision.export(project.root(), spec, dir);
            if (!Files.isDirectory(dir.resolve("municipalities").resolve(id))) {
                throw PolicygenException.badInput(new Problem(null, 0, 0, spec, Texts.get("compare.sources.noBodyAt", id, spec), null));
            }
            return generated(new Project(dir), id, safe(spec));
        }
        throw PolicygenException.badInput(new Problem(null, 0, 0, "--from/--to",
                Texts.get("compare.sources.notRevision", spec), null));
    }

    /** The body's documents as the project generates them now ({@code id} null: none named). */
    public Loaded body(String id) {
        String checked = requireBody(id);
        return generated(project, checked, checked);
    }

    /** A body's generated documents, named {@code name}. */
    public static Loaded generated(Project project, String id, String name) {
        BodyParams params = project.params().read(id);
        String templates = TemplateDigest.of(project.root(), params.templates());
        List<Side> sides = new ArrayList<>();
        for (Numbering n : project.build(params)) {
            sides.add(new Side(n.document(), n, Substitutions.of(params), templates, Side.moves(params)));
        }
        return new Loaded(name, sides);
    }

    /** A policy text, imported; its notes go to the consumer given. */
    public Loaded file(Path file) {
        ImportResult result = new TextImporter().read(file);
        for (Problem p : result.notes()) {
            notes.accept(p);
        }
        List<Side> sides = new ArrayList<>();
        for (PolicyDocument doc : result.documents()) {
            sides.add(Side.imported(doc, paramsFor(doc)));
        }
        String name = safe(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        return new Loaded(name, sides);
    }

    /** Removes the folders revisions were exported into. */
    @Override
    public void close() {
        for (Path t : temporary) {
            deleteTree(t);
        }
        temporary.clear();
    }

    /** The folders revisions were exported into and not yet removed (for tests). */
    List<Path> temporaryFolders() {
        return List.copyOf(temporary);
    }

    /** The parameters of the body an imported text belongs to: the body given, or the body with its name. */
    private BodyParams paramsFor(PolicyDocument doc) {
        if (body != null) {
            return project.params().read(body);
        }
        String name = doc.info().bodyName();
        for (String id : project.bodyIds()) {
            try {
                BodyParams p = project.params().read(id);
                if (!p.titles().placeholder() && p.body().name().equals(name)) {
                    return p;
                }
            } catch (PolicygenException e) {
                // a body with broken parameters cannot be the one
            }
        }
        return null;
    }

    private static String requireBody(String id) {
        if (id == null) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, "compare", Texts.get("compare.sources.whichBody"),
                    Texts.get("compare.sources.whichBody.fix")));
        }
        return id;
    }

    /** A name fit for a folder: lower case ASCII letters, digits, '.', '_' and '-'. */
    static String safe(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return out.isEmpty() ? "x" : out;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the command for
        }
    }
}
