package jp.policygen.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

/**
 * An Office file (DOCX, XLSX) read as the zip of parts it is, and checked as a package
 * (ECMA-376 part 2) without the library that wrote it: {@code [Content_Types].xml} first and
 * giving a type to every part, every part well-formed XML (but binary parts), every internal
 * relationship pointing at a part that exists, no macros (no VBA part, no macro-enabled content
 * type), and every entry dated 1980-01-01 (stable bytes).
 */
public final class OfficePackage {

    private static final Pattern OVERRIDE = Pattern.compile("<Override[^>]*PartName=\"([^\"]+)\"[^>]*/>");
    private static final Pattern OVERRIDE_TYPE = Pattern.compile("ContentType=\"([^\"]+)\"");
    private static final Pattern DEFAULT = Pattern.compile("<Default[^>]*Extension=\"([^\"]+)\"");
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship ([^>]*)/>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    public final Map<String, byte[]> parts = new LinkedHashMap<>();
    public final List<ZipEntry> entries = new ArrayList<>();

    public OfficePackage(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e);
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String part) {
        byte[] b = parts.get(part);
        assertTrue(b != null, "no part " + part + " in " + parts.keySet());
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Every check of the class comment; {@code mainType} is the content type of the main part. */
    public void check(String mainType) {
        assertEquals("[Content_Types].xml", entries.get(0).getName(), "content types first");
        String types = text("[Content_Types].xml");
        List<String> defaults = new ArrayList<>();
        Matcher d = DEFAULT.matcher(types);
        while (d.find()) {
            defaults.add(d.group(1).toLowerCase(Locale.ROOT));
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        Matcher o = OVERRIDE.matcher(types);
        while (o.find()) {
            Matcher t = OVERRIDE_TYPE.matcher(o.group());
            assertTrue(t.find());
            overrides.put(o.group(1).substring(1), t.group(1));
        }
        assertTrue(overrides.containsValue(mainType), "the main part has type " + mainType + ": " + overrides);
        for (ZipEntry e : entries) {
            String name = e.getName();
            assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), name + " has a fixed date");
            assertFalse(name.toLowerCase(Locale.ROOT).contains("vba"), "no macro part: " + name);
            if (name.equals("[Content_Types].xml")) {
                continue;
            }
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            assertTrue(overrides.containsKey(name) || defaults.contains(ext), name + " has a content type");
            if (ext.equals("xml") || ext.equals("rels")) {
                wellFormed(name);
            }
        }
        for (String type : overrides.values()) {
            assertFalse(type.toLowerCase(Locale.ROOT).contains("macroenabled") || type.contains("vbaProject"),
                    "no macro-enabled content type: " + type);
        }
        for (String o2 : overrides.keySet()) {
            assertTrue(parts.containsKey(o2), "the content types name a part that exists: " + o2);
        }
        for (String name : parts.keySet()) {
            if (!name.endsWith(".rels")) {
                continue;
            }
            // _rels/.rels belongs to the package; word/_rels/document.xml.rels to word/document.xml
            String folder = name.substring(0, name.indexOf("_rels/"));
            Matcher r = RELATIONSHIP.matcher(text(name));
            while (r.find()) {
                Map<String, String> attrs = new LinkedHashMap<>();
                Matcher a = ATTRIBUTE.matcher(r.group(1));
                while (a.find()) {
                    attrs.put(a.group(1), a.group(2));
                }
                if ("External".equals(attrs.get("TargetMode"))) {
                    continue;
                }
                String target = attrs.get("Target");
                String resolved = target.startsWith("/") ? target.substring(1) : normalise(folder + target);
                assertTrue(parts.containsKey(resolved), name + ": relationship " + attrs.get("Id") + " points at "
                        + resolved + ", which is not in the package");
            }
        }
    }

    private void wellFormed(String name) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(name)));
        } catch (Exception e) {
            throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String normalise(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                out.remove(out.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                out.add(part);
            }
        }
        return String.join("/", out);
    }
}
