package jp.policygen.compose;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

/**
 * FreeMarker output format for the Markdown subset clause templates produce: every
 * {@code ${value}} is escaped, so a body name or a local term can never become markup, a cross
 * reference or a heading. Template text itself is trusted and passes unchanged.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Output> {

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
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
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

    @Override
    protected Output newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Output(plainTextContent, markupContent);
    }

    /** A piece of Markdown produced by a template. */
    public static final class Output extends CommonTemplateMarkupOutputModel<Output> {
        Output(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
