package jp.policygen.compose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.PolicygenException;
import jp.policygen.text.TextFiles;

/**
 * Where a piece of rendered clause text was written. A template's directives (&lt;#if&gt; lines,
 * ${…}) move text between the file and what it renders, but the pieces a problem is about — a
 * raw HTML tag, a {{ref:…}} marker, a heading — are template text, copied unchanged: so the
 * piece is looked up in the file (the same occurrence, counting from the top), and the rendered
 * position is kept only when the file does not hold it.
 */
final class SourcePosition {

    private static final Pattern MARKER = Pattern.compile("(?<!\\\\)\\{\\{(?:ref|num):([a-z0-9.,\\- ]+)}}");

    private SourcePosition() {
    }

    /**
     * Line and column (1-based, columns in characters) in {@code source} of the text that starts
     * at {@code offset} of {@code rendered} and reads {@code snippet}.
     */
    static int[] locate(Path source, String rendered, int offset, String snippet) {
        String text = readable(source);
        return locate(text == null ? "" : text, rendered, offset, snippet);
    }

    /** The same, given the source file's text ("" when there is none). */
    static int[] locate(String text, String rendered, int offset, String snippet) {
        int[] fallback = lineAndColumn(rendered, offset);
        if (text.isEmpty() || snippet.isBlank()) {
            return fallback;
        }
        for (String piece : new String[] {snippet, shortened(snippet)}) {
            int occurrence = count(rendered, piece, offset);
            int at = nth(text, piece, occurrence);
            if (at < 0) {
                at = text.indexOf(piece);
            }
            if (at >= 0) {
                return lineAndColumn(text, at);
            }
        }
        return fallback;
    }

    /** The first place {@code piece} is written in {@code source}, or null when it is not there. */
    static int[] find(Path source, String piece) {
        String text = readable(source);
        int at = text == null ? -1 : text.indexOf(piece);
        return at < 0 ? null : lineAndColumn(text, at);
    }

    /** The last place {@code piece} is written in {@code source} (the repetition of something), or null. */
    static int[] findLast(Path source, String piece) {
        String text = readable(source);
        int at = text == null ? -1 : text.lastIndexOf(piece);
        return at < 0 ? null : lineAndColumn(text, at);
    }

    /** The first {{ref:…}} or {{num:…}} in {@code source} that names {@code target}, or null. */
    static int[] findReference(Path source, String target) {
        String text = readable(source);
        if (text == null) {
            return null;
        }
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            for (String t : m.group(1).split(",")) {
                if (t.strip().equals(target)) {
                    return lineAndColumn(text, m.start());
                }
            }
        }
        return null;
    }

    static String readable(Path source) {
        if (source == null || !Files.isRegularFile(source)) {
            return null;
        }
        try {
            return TextFiles.readUtf8(source);
        } catch (PolicygenException e) {
            return null;
        }
    }

    /** A snippet cut before its first interpolated-looking part, so a line with a value still matches. */
    private static String shortened(String snippet) {
        int cut = Math.min(snippet.length(), 12);
        return snippet.substring(0, cut);
    }

    private static int count(String text, String piece, int before) {
        int n = 0;
        for (int at = text.indexOf(piece); at >= 0 && at < before; at = text.indexOf(piece, at + 1)) {
            n++;
        }
        return n;
    }

    private static int nth(String text, String piece, int n) {
        int at = text.indexOf(piece);
        for (int i = 0; i < n && at >= 0; i++) {
            at = text.indexOf(piece, at + 1);
        }
        return at;
    }

    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
