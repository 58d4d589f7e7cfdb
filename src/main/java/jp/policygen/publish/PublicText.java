package jp.policygen.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Everything a reader can get out of a file written to the public site, as pieces of text: for
 * HTML the text between the tags (joined, so inline markup does not split a sentence) and every
 * attribute value; for PDF the text PDFBox copies out of the pages, the document information,
 * the XMP metadata and the bookmarks; for a zip — a Word or Excel file (DOCX, XLSX), an
 * OpenDocument file — the text of every part inside it, read by the same rules (the XML parts'
 * text and attribute values; the document's paragraphs, the workbook's shared strings and cells,
 * the properties, headers and comments); for any other file its bytes read as UTF-8. The check
 * looks at what is there, not at file names: a .docx renamed .bin is still read as one.
 */
final class PublicText {

    private static final Pattern ATTRIBUTE = Pattern.compile("\\s[^\\s=/>]+\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

    private PublicText() {
    }

    static List<String> of(String path, byte[] bytes) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return pdf(path, bytes);
        }
        if (isZip(bytes)) {
            return zip(path, bytes);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".xml")
                || name.endsWith(".svg")) {
            return markup(text);
        }
        return List.of(text);
    }

    /** Text content as one piece, then each attribute value (titles, alt texts, meta contents). */
    static List<String> markup(String html) {
        StringBuilder content = new StringBuilder(html.length());
        List<String> out = new ArrayList<>();
        out.add(null);
        int i = 0;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                content.append(html, i, html.length());
                break;
            }
            content.append(html, i, lt);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                end = end < 0 ? html.length() : end + 3;
                out.add(decode(html.substring(lt + 4, Math.max(lt + 4, end - 3))));
                i = end;
                continue;
            }
            int gt = tagEnd(html, lt);
            Matcher m = ATTRIBUTE.matcher(html.substring(lt, gt));
            while (m.find()) {
                out.add(decode(m.group(1) != null ? m.group(1) : m.group(2)));
            }
            i = gt;
        }
        out.set(0, decode(content.toString()));
        return out;
    }

    /** The index after the '>' closing the tag at {@code lt}, skipping quoted attribute values. */
    private static int tagEnd(String html, int lt) {
        char quote = 0;
        for (int k = lt + 1; k < html.length(); k++) {
            char c = html.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k + 1;
            }
        }
        return html.length();
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String e = m.group(1);
            String replacement;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                replacement = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                replacement = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } else {
                replacement = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> "\u00a0";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A zip starts with a local file header, 'PK' 3 4 (an empty one with 'PK' 5 6). */
    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    /** Paragraphs, cells and shared strings of Office and OpenDocument XML end a line. */
    private static final Pattern BLOCK_END = Pattern.compile("</(?:[A-Za-z]+:)?(?:p|tc|c|si|is|row|h)>");

    /** Every part of a zip, as pieces of text by the rules for its kind; parts that are zips or PDFs in turn too. */
    private static List<String> zip(String path, byte[] bytes) {
        List<String> out = new ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] part = in.readAllBytes();
                String entry = e.getName().toLowerCase(Locale.ROOT);
                if (entry.endsWith(".xml") || entry.endsWith(".rels") || entry.endsWith(".vml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    out.addAll(markup(BLOCK_END.matcher(xml).replaceAll("$0\n")));
                } else {
                    out.addAll(of(path + "!/" + e.getName(), part));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the parts of " + path, e);
        }
        return out;
    }

    private static List<String> pdf(String path, byte[] bytes) {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            out.add(new PDFTextStripper().getText(doc));
            PDDocumentInformation info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                String value = info.getCustomMetadataValue(key);
                if (value != null) {
                    out.add(value);
                }
            }
            PDMetadata xmp = doc.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                out.addAll(markup(new String(xmp.toByteArray(), StandardCharsets.UTF_8)));
            }
            outline(doc.getDocumentCatalog().getDocumentOutline(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text of " + path, e);
        }
        return out;
    }

    private static void outline(PDOutlineNode node, List<String> out) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            if (item.getTitle() != null) {
                out.add(item.getTitle());
            }
            outline(item, out);
        }
    }
}
