package jp.policygen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.i18n.Texts;

/**
 * The output folder, written so that a reader never sees half a file, a failed run never
 * replaces good output, and a run's folders change all together or not at all.
 *
 * <p>A run opens a {@link Transaction}: every file is first written to a staging folder under
 * {@code .policygen/} in the output folder, then each target folder is swapped with its staged
 * copy by two renames. A journal written before the first swap lets the next run finish a commit
 * that a kill interrupted, so every folder ends up either all old or all new; staging left by a
 * run killed before its commit is removed by the next one. A failure during the commit puts back
 * what was already swapped. One run at a time: a second waits for the lock.
 */
public final class OutputTree {

    /** Where the tree keeps its lock, journal and staging folders. */
    public static final String CONTROL = ".policygen";
    private static final String JOURNAL = "journal";
    private static final String STAGE_PREFIX = "stage-";

    private final Path root;
    private final SwapHook hook;

    /**
     * Called before each folder of a commit is swapped in: where tests make a commit fail or be
     * killed half way. The system property {@code policygen.test.swapDelayMillis} makes the tool
     * pause there, so a test can kill a real run mid-commit.
     */
    interface SwapHook {
        void beforeSwap(String folder) throws IOException;

        SwapHook NONE = folder -> {
            long delay = Long.getLong("policygen.test.swapDelayMillis", 0);
            if (delay > 0) {
                System.err.println("policygen.test: swapping " + folder);
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    public OutputTree(Path root) {
        this(root, SwapHook.NONE);
    }

    OutputTree(Path root, SwapHook hook) {
        this.root = root.toAbsolutePath().normalize();
        this.hook = hook;
    }

    public Path root() {
        return root;
    }

    /**
     * Writes every file of one set (paths relative to the root), each atomically through a
     * temporary file beside it, leaving unchanged files alone: for reports, which are one folder
     * of the user's choosing. Returns how many changed.
     */
    public int write(Map<String, byte[]> files) {
        for (String relative : files.keySet()) {
            if (resolve(root, relative).equals(root)) {
                throw new IllegalArgumentException("output path escapes the output folder: " + relative);
            }
        }
        int changed = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (writeOne(resolve(root, e.getKey()), e.getValue())) {
                changed++;
            }
        }
        return changed;
    }

    private static boolean writeOne(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
                return false;
            }
            // one fixed temporary name per target: a kill leaves at most one, which the next write replaces
            Path temp = target.resolveSibling("." + target.getFileName() + ".policygen-tmp");
            try {
                Files.write(temp, content);
                readableByAll(temp);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            throw ioError(target, Texts.get("render.io.write", e.getMessage()), e);
        }
    }

    /**
     * Replaces a folder (relative to the root) with exactly these files, in one transaction.
     * Returns how many files changed.
     */
    public int replaceFolder(String folder, Map<String, byte[]> files) {
        try (Transaction tx = begin()) {
            tx.replaceFolder(folder, files);
            return tx.commit();
        }
    }

    /** Starts a transaction: takes the lock, finishes an interrupted commit, clears stale staging. */
    public Transaction begin() {
        return new Transaction();
    }

    /**
     * The files of one run, staged, then committed together. Folders may be staged from several
     * threads at once (each folder by one); commit and close from one.
     */
    public final class Transaction implements AutoCloseable {

        private final Path control;
        private final Path stage;
        private final FileChannel lockChannel;
        private final FileLock lock;
        /** Staged folders, relative to the root, in the order they were staged. */
        private final List<String> folders = Collections.synchronizedList(new ArrayList<>());
        private final java.util.concurrent.atomic.AtomicInteger changed = new java.util.concurrent.atomic.AtomicInteger();
        private boolean done;
        /** A run that fails leaves no trace: folders it had to create are removed again. */
        private final boolean createdRoot;
        private final boolean createdControl;

        private Transaction() {
            control = root.resolve(CONTROL);
            createdRoot = !Files.exists(root);
            createdControl = !Files.exists(control);
            try {
                Files.createDirectories(control);
                lockChannel = FileChannel.open(control.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw ioError(root, Texts.get("render.io.folder", e.getMessage()), e);
            }
            try {
                lock = lockChannel.lock();
            } catch (IOException | OverlappingFileLockException e) {
                closeQuietly();
                throw ioError(control, Texts.get("render.io.lock", e), e);
            }
            try {
                recover();
                stage = Files.createDirectory(control.resolve(STAGE_PREFIX + ProcessHandle.current().pid() + "-" + System.nanoTime()));
            } catch (IOException e) {
                release();
                throw ioError(control, Texts.get("render.io.prepareFolder", e.getMessage()), e);
            }
        }

        /** Stages a folder that will hold exactly these files (paths relative to it); returns how many changed. */
        public int replaceFolder(String folder, Map<String, byte[]> files) {
            return stageFolder(folder, files, false);
        }

        /**
         * Stages a folder that will hold these files and, unchanged, every other file it holds now
         * (the files another run's options produced, or put there by hand).
         */
        public int updateFolder(String folder, Map<String, byte[]> files) {
            return stageFolder(folder, files, true);
        }

        private int stageFolder(String folder, Map<String, byte[]> files, boolean keepOthers) {
            Path target = resolve(root, folder);
            if (target.equals(root) || target.startsWith(control)) {
                throw new IllegalArgumentException("output folder escapes the output root: " + folder);
            }
            String key = root.relativize(target).toString().replace('\\', '/');
            Path staged = stagedPath(key);
            synchronized (folders) {
                for (String other : folders) {
                    if (other.equals(key) || isAncestor(other, key) || isAncestor(key, other)) {
                        throw new IllegalStateException("folder staged twice in one run: " + key);
                    }
                }
                folders.add(key);
            }
            for (String name : files.keySet()) {
                resolve(staged, name); // refuse names that climb out before anything is written
            }
            int changedHere = 0;
            try {
                Files.createDirectories(staged);
                if (keepOthers && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    linkExisting(target, staged, files.keySet());
                }
                for (Map.Entry<String, byte[]> e : files.entrySet()) {
                    Path file = resolve(staged, e.getKey());
                    Path before = target.resolve(e.getKey());
                    Files.createDirectories(file.getParent());
                    Files.deleteIfExists(file);
                    if (Files.isRegularFile(before, LinkOption.NOFOLLOW_LINKS)
                            && Arrays.equals(Files.readAllBytes(before), e.getValue())) {
                        // unchanged: the same file, with its time, not a copy
                        linkOrCopy(before, file);
                    } else {
                        Files.write(file, e.getValue());
                        readableByAll(file);
                        changedHere++;
                    }
                }
                changed.addAndGet(changedHere);
                return changedHere;
            } catch (IOException e) {
                throw ioError(target, Texts.get("render.io.prepareFiles", e.getMessage()), e);
            }
        }

        private Path stagedPath(String key) {
            return stage.resolve("root").resolve(key);
        }

        /** How many files differ from what the output holds now. */
        public int changed() {
            return changed.get();
        }

        /**
         * Swaps every staged folder into place. On failure, what was swapped is put back and the
         * output is as before (exit code 3, saying so); if even that fails, the message says where
         * the old files are. Returns how many files changed.
         */
        public int commit() {
            if (done) {
                throw new IllegalStateException("transaction already ended");
            }
            List<String> tops = List.copyOf(folders);
            try {
                writeJournal(tops);
            } catch (IOException e) {
                throw ioError(control, Texts.get("render.io.prepareCommit", e.getMessage()), e);
            }
            List<String> swapped = new ArrayList<>();
            try {
                for (String f : tops) {
                    swap(f);
                    swapped.add(f);
                }
            } catch (IOException e) {
                List<String> stuck = rollBack(swapped);
                String state = stuck.isEmpty() ? Texts.get("render.io.kept")
                        : Texts.get("render.io.stuck", String.join(", ", stuck), stage.resolve("old"));
                throw ioError(root.resolve(tops.get(swapped.size())), Texts.get("render.io.swap", e.getMessage(), state), e);
            }
            try {
                Files.deleteIfExists(control.resolve(JOURNAL));
                deleteTree(stage);
            } catch (IOException e) {
                // the output is complete; leftovers are removed by the next run
            }
            done = true;
            return changed.get();
        }

        /** Discards what was staged unless committed, and releases the lock. */
        @Override
        public void close() {
            boolean committed = done;
            try {
                if (!committed) {
                    deleteTree(stage);
                }
            } catch (IOException e) {
                // staging is removed by the next run
            } finally {
                done = true;
                release();
            }
            if (!committed) {
                removeIfCreated();
            }
        }

        /** Tests: drops the lock as a killed process would, leaving staging and journal as they are. */
        void releaseForTest() {
            done = true;
            release();
        }

        private void removeIfCreated() {
            try {
                if (createdControl) {
                    Files.deleteIfExists(control.resolve("lock"));
                    Files.deleteIfExists(control);
                }
                if (createdRoot) {
                    Files.deleteIfExists(root); // only when empty
                }
            } catch (IOException e) {
                // something else was written there meanwhile: leave it
            }
        }

        private void release() {
            try {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
            } catch (IOException e) {
                // the lock goes with the channel
            }
            closeQuietly();
        }

        private void closeQuietly() {
            try {
                lockChannel.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }

        private void writeJournal(List<String> tops) throws IOException {
            StringBuilder text = new StringBuilder(stage.getFileName().toString()).append('\n');
            for (String f : tops) {
                text.append(f).append('\n');
            }
            Path tmp = control.resolve(JOURNAL + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            move(tmp, control.resolve(JOURNAL));
        }

        private void swap(String folder) throws IOException {
            hook.beforeSwap(folder);
            swapInto(stage, folder);
        }

        private List<String> rollBack(List<String> swapped) {
            List<String> stuck = new ArrayList<>();
            for (int i = swapped.size() - 1; i >= 0; i--) {
                String f = swapped.get(i);
                Path target = root.resolve(f);
                Path old = stage.resolve("old").resolve(f);
                try {
                    move(target, stagedPath(f));
                    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                        move(old, target);
                    }
                } catch (IOException e) {
                    stuck.add(f);
                }
            }
            try {
                Files.deleteIfExists(control.resolve(JOURNAL));
            } catch (IOException e) {
                // a journal that names folders already back in place is harmless to finish
            }
            return stuck;
        }
    }

    /**
     * Moves a staged folder into place: the current folder goes to {@code <stage>/old/}, the staged
     * one takes its name. Safe to repeat after a kill at any point (the journal replays it).
     */
    private void swapInto(Path stage, String folder) throws IOException {
        Path staged = stage.resolve("root").resolve(folder);
        Path target = root.resolve(folder);
        if (!Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
            return; // already moved in by an earlier attempt
        }
        Path old = stage.resolve("old").resolve(folder);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(old.getParent());
            move(target, old);
        } else {
            Files.createDirectories(target.getParent());
        }
        move(staged, target);
    }

    /** Finishes a commit a kill interrupted, then removes staging no journal names. */
    private void recover() throws IOException {
        Path control = root.resolve(CONTROL);
        Path journal = control.resolve(JOURNAL);
        String keep = null;
        if (Files.isRegularFile(journal)) {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            if (!lines.isEmpty()) {
                Path stage = control.resolve(lines.get(0)).normalize();
                if (stage.startsWith(control) && Files.isDirectory(stage)) {
                    keep = lines.get(0);
                    for (String f : lines.subList(1, lines.size())) {
                        if (!f.isBlank() && !resolve(root, f).equals(root)) {
                            swapInto(stage, f);
                        }
                    }
                }
            }
            Files.delete(journal);
        }
        try (Stream<Path> entries = Files.list(control)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(STAGE_PREFIX) || name.equals(JOURNAL + ".tmp") || name.equals(keep)) {
                    deleteTree(p);
                }
            }
        }
    }

    private static boolean isAncestor(String maybeParent, String folder) {
        return !maybeParent.equals(folder) && (maybeParent.isEmpty() || folder.startsWith(maybeParent + "/"));
    }

    /** Links into the staged folder the files of the current one that this run does not write. */
    private static void linkExisting(Path from, Path to, java.util.Set<String> written) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String rel = from.relativize(p).toString().replace('\\', '/');
                String name = p.getFileName().toString();
                if (written.contains(rel) || rel.startsWith(CONTROL + "/") || (name.startsWith(".") && name.endsWith(".tmp"))) {
                    continue; // rewritten, the control folder, or a temporary file of an older version
                }
                Path target = to.resolve(rel);
                Files.createDirectories(target.getParent());
                linkOrCopy(p, target);
            }
        }
    }

    private static void linkOrCopy(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            if (e instanceof FileAlreadyExistsException) {
                throw (IOException) e;
            }
            Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code relative} under {@code base}; refuses paths that climb out. */
    private static Path resolve(Path base, String relative) {
        Path p = base.resolve(relative).normalize();
        if (!p.startsWith(base)) {
            throw new IllegalArgumentException("output path escapes its folder: " + relative);
        }
        return p;
    }

    /** Published documents are for everyone to read. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static PolicygenException ioError(Path where, String message, Exception cause) {
        return new PolicygenException(ExitCode.IO_ERROR, message, List.of(Problem.at(where, 0, 0, null, message)), cause);
    }

    /** The files of a folder as a map (relative path → bytes), for tests and checks. */
    public static Map<String, byte[]> read(Path folder) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (Files.isRegularFile(p)) {
                    out.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
