package jp.policygen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files under an output folder with their size and modification time, to tell which files a
 * run wrote: generate leaves a file whose content did not change alone, so a rerun that renders
 * nothing new leaves every stamp as it was. Hidden files (a tool's own state) are left out.
 */
final class OutputSnapshot {

    private record Stamp(long size, FileTime modified) {
    }

    private final Map<String, Stamp> files;

    private OutputSnapshot(Map<String, Stamp> files) {
        this.files = files;
    }

    static OutputSnapshot of(Path root) {
        Map<String, Stamp> out = new HashMap<>();
        if (!Files.isDirectory(root)) {
            return new OutputSnapshot(out);
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : (Iterable<Path>) all::iterator) {
                Path rel = root.relativize(f);
                boolean hidden = false;
                for (Path part : rel) {
                    hidden |= part.toString().startsWith(".");
                }
                if (!hidden && Files.isRegularFile(f)) {
                    out.put(rel.toString().replace('\\', '/'), new Stamp(Files.size(f), Files.getLastModifiedTime(f)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputSnapshot(out);
    }

    int size() {
        return files.size();
    }

    /** The files that are new since {@code before} or have another size or time, sorted. */
    Set<String> writtenSince(OutputSnapshot before) {
        Set<String> written = new TreeSet<>();
        files.forEach((path, stamp) -> {
            if (!stamp.equals(before.files.get(path))) {
                written.add(path);
            }
        });
        return written;
    }
}
