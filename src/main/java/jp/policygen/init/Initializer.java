package jp.policygen.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.Project;
import jp.policygen.params.BodyParams;

/**
 * Writes a new body's policy.yaml, and only one that validates: the text is first read, composed
 * and checked in a staging project (links to this project's schema, templates and lint files beside
 * the new body alone), then moved into {@code municipalities/<id>/} in one step. A body that
 * exists is never overwritten; a failure leaves nothing behind.
 */
public final class Initializer {

    // Every message of this class, in one place.
    static final String EXISTS = "%s already exists";
    static final String EXISTS_FIX = "choose another id, or edit municipalities/%s/policy.yaml";
    static final String NOT_AN_ID = "'%s' is not a body id";
    static final String NOT_AN_ID_FIX = "use lower-case letters, digits and -, e.g. higashihama-city";
    static final String INVALID = "the answers do not make a valid policy.yaml (nothing was written): %s";
    static final String CANNOT_WRITE = "cannot write %s: %s";

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final List<String> SHARED = List.of("schema", "templates", "lint");

    private final Project project;

    public Initializer(Project project) {
        this.project = project;
    }

    /** Refuses an id that is malformed or taken, before any question is asked. */
    public void checkId(String id) {
        Path folder = project.root().resolve("municipalities").resolve(id);
        if (!ID.matcher(id).matches()) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, null, String.format(NOT_AN_ID, id), NOT_AN_ID_FIX));
        }
        if (Files.exists(folder)) {
            throw PolicygenException.badInput(new Problem(folder, 0, 0, null, String.format(EXISTS, folder),
                    String.format(EXISTS_FIX, id)));
        }
    }

    /** The edition's date of the statute on the 方針 (null when it has none). */
    public java.time.LocalDate enacted() {
        var edition = project.params().edition(jp.policygen.params.Edition.newest(project.root().resolve("templates")));
        return edition.cyberPolicy() == null ? null : edition.cyberPolicy().enacted();
    }

    /** Validates the text and writes it; returns the file written. */
    public Path write(InitAnswers answers) {
        checkId(answers.id());
        String text = PolicyYaml.of(answers);
        validate(answers.id(), text);
        Path folder = project.root().resolve("municipalities").resolve(answers.id());
        Path file = folder.resolve("policy.yaml");
        // staged beside the project's folders, not among the bodies (a run killed here leaves no body
        // behind), then moved in whole: the folder appears with its policy.yaml or not at all
        Path staged = project.root().resolve(".policygen-init").resolve(answers.id());
        Thread cleanup = new Thread(() -> deleteQuietly(staged));
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            deleteQuietly(staged);
            Files.createDirectories(staged);
            Files.writeString(staged.resolve("policy.yaml"), text, StandardCharsets.UTF_8);
            try {
                Files.move(staged, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, folder);
            }
            return file;
        } catch (IOException e) {
            deleteQuietly(staged);
            throw PolicygenException.withSummary(ExitCode.IO_ERROR, String.format(CANNOT_WRITE, file, e.getMessage()),
                    List.of());
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            try {
                Files.deleteIfExists(staged.getParent()); // only when no other body is being staged
            } catch (IOException ignored) {
                // not empty, or gone: either way nothing of this body is left
            }
        }
    }

    /** Reads and composes the body in a staging project, so that what is written is known to work. */
    private void validate(String id, String text) {
        Path stage = null;
        try {
            stage = Files.createTempDirectory("policygen-init");
            for (String shared : SHARED) {
                Path target = project.root().resolve(shared).toAbsolutePath();
                if (Files.exists(target)) {
                    Files.createSymbolicLink(stage.resolve(shared), target);
                }
            }
            Path body = Files.createDirectories(stage.resolve("municipalities").resolve(id));
            Files.writeString(body.resolve("policy.yaml"), text, StandardCharsets.UTF_8);
            Project staging = new Project(stage);
            BodyParams params = staging.params().read(id);
            staging.build(params);
        } catch (PolicygenException e) {
            List<Problem> problems = new ArrayList<>();
            for (Problem p : e.problems()) {
                problems.add(new Problem(null, 0, 0, p.key(), p.message(), p.suggestion()));
            }
            throw PolicygenException.badInput(String.format(INVALID, e.getMessage()), problems);
        } catch (IOException e) {
            throw PolicygenException.withSummary(ExitCode.IO_ERROR, String.format(CANNOT_WRITE, id, e.getMessage()),
                    List.of());
        } finally {
            if (stage != null) {
                deleteQuietly(stage);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file left behind does no harm
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
