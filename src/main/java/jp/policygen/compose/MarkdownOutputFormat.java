package jp.policygen.compose;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.MarkupOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateScalarModel;

/**
 * FreeMarker output format for the Markdown subset clause templates produce: every
 * {@code ${value}} is escaped, so a body name or a local term can never become markup, a cross
 * reference or a heading. Template text itself is trusted and passes unchanged.
 *
 * <p>The Markdown a template builds from values ({@code sM + "又は" + cs}) keeps the values'
 * marks ({@link SourceMarks}) and is a string too, its plain text, so a template can compare,
 * test and measure it as it would plain strings.
 */
public final class MarkdownOutputFormat extends MarkupOutputFormat<MarkdownOutputFormat.Output> {

    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    /** ASCII punctuation that means something in our Markdown subset or in reference markers. */
    private static final String SPECIAL = "\\`*_{}[]<>()#+-.!|~";

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "policygen-markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public boolean isOutputFormatMixingAllowed() {
        return false;
    }

    @Override
    public boolean isAutoEscapedByDefault() {
        return true;
    }

    @Override
    public Output fromPlainTextByEscaping(String textToEsc) {
        return new Output(textToEsc, escapePlainText(textToEsc));
    }

    @Override
    public Output fromMarkup(String markupText) {
        return new Output(null, markupText);
    }

    @Override
    public void output(Output mo, Writer out) throws IOException {
        out.write(mo.markup);
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String getSourcePlainText(Output mo) {
        return mo.plain;
    }

    @Override
    public String getMarkupString(Output mo) {
        return mo.markup;
    }

    /** Joined Markdown keeps the marks of both parts, and the plain text of both. */
    @Override
    public Output concat(Output left, Output right) {
        return new Output(left.getAsString() + right.getAsString(), left.markup + right.markup);
    }

    @Override
    public boolean isEmpty(Output mo) {
        return mo.markup.isEmpty();
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        StringBuilder out = new StringBuilder(plainTextContent.length() + 8);
        for (int i = 0; i < plainTextContent.length(); i++) {
            char c = plainTextContent.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
                continue;
            }
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    /** A piece of Markdown produced by a template; as a string, its plain text. */
    public static class Output implements TemplateMarkupOutputModel<Output>, TemplateScalarModel {
        private final String plain;
        private final String markup;

        Output(String plain, String markup) {
            this.plain = plain;
            this.markup = markup;
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }

        @Override
        public String getAsString() {
            if (plain != null) {
                return plain;
            }
            // made from markup alone: its text without marks and escapes
            return SourceMarks.strip(markup).text().replaceAll("\\\\(.)", "$1");
        }
    }

    /**
     * A value of the body's parameters as templates see it: a string for every test, comparison
     * and built-in, and, where a template prints it, its escaped text between marks that name
     * the parameter ({@link SourceMarks}), so the printed text knows which words are values.
     */
    public static final class Value extends Output {
        private final String key;

        public Value(String key, String text) {
            super(text, SourceMarks.value(key, INSTANCE.escapePlainText(text)));
            this.key = key;
        }

        public String key() {
            return key;
        }

        @Override
        public String toString() {
            return getAsString();
        }
    }
}
