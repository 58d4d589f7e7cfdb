package jp.policygen.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An Office file (a zip of XML parts) rewritten so that the same content gives the same bytes:
 * every entry dated 1980-01-01 00:00 (the first date a zip can hold; independent of the time
 * zone), {@code [Content_Types].xml} first and the other parts in name order, compressed at one
 * fixed level, no extra fields. Office and LibreOffice read the parts by name, so the order
 * changes nothing for them.
 */
public final class StableZip {

    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private StableZip() {
    }

    public static byte[] of(byte[] zip) {
        return of(zip, Map.of());
    }

    /** The same, with the parts named in {@code rewrite} replaced by what their function makes of them. */
    public static byte[] of(byte[] zip, Map<String, UnaryOperator<byte[]>> rewrite) {
        List<ZipEntry> entries = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.add(e);
                    byte[] content = in.readAllBytes();
                    UnaryOperator<byte[]> change = rewrite.get(e.getName());
                    contents.add(change == null ? content : change.apply(content));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the zip just written", e);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> !entries.get(i).getName().equals(CONTENT_TYPES))
                .thenComparing(i -> entries.get(i).getName()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(6);
            for (int i : order) {
                ZipEntry e = new ZipEntry(entries.get(i).getName());
                e.setTimeLocal(EPOCH);
                out.putNextEntry(e);
                out.write(contents.get(i));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the zip", e);
        }
        return bytes.toByteArray();
    }
}
