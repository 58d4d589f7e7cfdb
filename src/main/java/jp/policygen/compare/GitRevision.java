package jp.policygen.compare;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.i18n.Texts;

/**
 * A project as it was at a git revision: its parameters, templates and schema written into a
 * folder, read with {@code git ls-tree} and {@code git cat-file --batch} (two processes, no
 * checkout, the repository and its work tree are left alone).
 */
public final class GitRevision {

    /** The folders of a project that generation reads. */
    static final List<String> PARTS = List.of("municipalities", "templates", "schema");

    private GitRevision() {
    }

    /** Whether {@code rev} names a commit in the repository holding {@code projectRoot}. */
    public static boolean isRevision(Path projectRoot, String rev) {
        try {
            return run(projectRoot, List.of("git", "rev-parse", "--verify", "--quiet", rev + "^{commit}")).ok();
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the project files at {@code rev} into {@code into} (which becomes a project root). */
    public static void export(Path projectRoot, String rev, Path into) {
        try {
            Result top = run(projectRoot, List.of("git", "rev-parse", "--show-toplevel"));
            Result prefix = run(projectRoot, List.of("git", "rev-parse", "--show-prefix"));
            Result commit = run(projectRoot, List.of("git", "rev-parse", "--verify", "--quiet", rev + "^{commit}"));
            if (!top.ok() || !prefix.ok() || !commit.ok()) {
                throw bad(projectRoot, rev, commit.err().isBlank() ? Texts.get("compare.git.notRevision")
                        : Texts.get("compare.git.notRevision.because", commit.err().strip()));
            }
            Path repo = Path.of(top.out().strip());
            String pre = prefix.out().strip();
            List<String> cmd = new ArrayList<>(List.of("git", "ls-tree", "-r", "-z", "--full-tree", commit.out().strip(), "--"));
            for (String part : PARTS) {
                cmd.add(pre + part);
            }
            Result tree = run(repo, cmd);
            if (!tree.ok()) {
                throw bad(projectRoot, rev, Texts.get("compare.git.lsTree", tree.err().strip()));
            }
            List<String[]> blobs = new ArrayList<>();
            for (String entry : tree.out().split("\0")) {
                if (entry.isEmpty()) {
                    continue;
                }
                int tab = entry.indexOf('\t');
                String[] meta = entry.substring(0, tab).split(" ");
                String path = entry.substring(tab + 1);
                if (meta[1].equals("blob") && !meta[0].equals("120000") && path.startsWith(pre)) {
                    blobs.add(new String[] {meta[2], path.substring(pre.length())});
                }
            }
            if (blobs.isEmpty()) {
                throw bad(projectRoot, rev, Texts.get("compare.git.noProject"));
            }
            catFiles(repo, blobs, into);
        } catch (IOException e) {
            throw bad(projectRoot, rev, Texts.get("compare.git.notRun", e.getMessage()));
        }
    }

    private static void catFiles(Path repo, List<String[]> blobs, Path into) throws IOException {
        Process p = new ProcessBuilder("git", "cat-file", "--batch").directory(repo.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                for (String[] b : blobs) {
                    in.write((b[0] + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                // the reader below reports the short output
            }
        });
        feeder.start();
        try (InputStream out = new BufferedInputStream(p.getInputStream())) {
            for (String[] b : blobs) {
                String header = readLine(out);
                String[] h = header.split(" ");
                if (h.length != 3 || !h[1].equals("blob")) {
                    throw new IOException("unexpected git cat-file output: " + header);
                }
                int size = Integer.parseInt(h[2]);
                byte[] content = out.readNBytes(size);
                if (content.length != size || out.read() != '\n') {
                    throw new IOException("short git cat-file output for " + b[1]);
                }
                Path target = into.resolve(b[1]).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("path escapes the export folder: " + b[1]);
                }
                Files.createDirectories(target.getParent());
                Files.write(target, content);
            }
        } finally {
            try {
                feeder.join(10_000);
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.destroy();
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("git cat-file ended early");
            }
            line.write(c);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private record Result(int code, String out, String err) {
        boolean ok() {
            return code == 0;
        }
    }

    private static Result run(Path dir, List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        p.getOutputStream().close();
        // ls-tree output may be large: read both streams fully before waiting
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> {
            try (InputStream e = p.getErrorStream()) {
                e.transferTo(err);
            } catch (IOException ignored) {
                // nothing to report beyond the exit code
            }
        });
        errReader.start();
        byte[] out;
        try (InputStream o = p.getInputStream()) {
            out = o.readAllBytes();
        }
        try {
            errReader.join(30_000);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroy();
                throw new IOException("git timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static PolicygenException bad(Path projectRoot, String rev, String message) {
        return PolicygenException.badInput(new Problem(null, 0, 0, "--from/--to", Texts.get("compare.git.bad", rev, message),
                Texts.get("compare.git.bad.fix")));
    }
}
