package jp.policygen.compose;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.params.Edition;
import jp.policygen.text.TextFiles;

/**
 * The one FreeMarker configuration policygen uses: pinned version, sandboxed (no class
 * instantiation, no ?api, no Java methods on data, templates loaded only from the project's
 * templates folder), strict (a missing value is an error, not an empty string), and escaping
 * every interpolated value for Markdown.
 */
public final class TemplateEngine {

    private final Configuration configuration;
    private final List<Path> folders;

    /** An engine for one edition: templates are looked up in its folder, then in those of the editions it extends. */
    public TemplateEngine(Edition edition) {
        this(edition.folders());
    }

    /** An engine over template folders, searched in order (paths are relative to each). */
    public TemplateEngine(List<Path> folders) {
        this.folders = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        try {
            // FileTemplateLoader refuses paths that resolve outside its base folder (and links out of it).
            List<TemplateLoader> loaders = new java.util.ArrayList<>();
            for (Path folder : this.folders) {
                loaders.add(new FileTemplateLoader(folder.toFile(), false));
            }
            cfg.setTemplateLoader(new MarkingLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]))));
        } catch (IOException e) {
            throw PolicygenException.badInput(Problem.at(this.folders.get(0), 0, 0, null,
                    "no templates folder: " + e.getMessage()));
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_35));
        cfg.setLocalizedLookup(false);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.configuration = cfg;
    }

    /** The file a template path names: in the first folder that has it. */
    public Path file(String templatePath) {
        for (Path folder : folders) {
            Path candidate = folder.resolve(templatePath).normalize();
            if (candidate.startsWith(folder) && java.nio.file.Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return folders.get(0).resolve(templatePath).normalize();
    }

    /** Renders a template of the edition, by path relative to the edition folder. */
    public String render(String templatePath, Map<String, Object> data) {
        Template template;
        Path file = file(templatePath);
        try {
            template = configuration.getTemplate(templatePath);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, null, "template not found"));
        } catch (freemarker.core.ParseException e) {
            throw parseError(file, e);
        } catch (IOException e) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, null, "cannot read template: " + e.getMessage()));
        }
        return process(template, file, data);
    }

    /** Renders a template held in a file outside the templates folder (a body's local clause). */
    public String renderFile(Path file, Map<String, Object> data) {
        return renderText(file, TextFiles.readUtf8(file), 1, data);
    }

    /**
     * Renders a short template given as text, e.g. a title in a manifest; {@code origin} names
     * where it stands and {@code line} the line it starts on there (its words are marked with it).
     */
    public String renderText(Path origin, String text, int line, Map<String, Object> data) {
        return renderUnmarked(origin, SourceMarks.mark(text, line, line == 1 ? 1 : 0), data);
    }

    private String renderUnmarked(Path origin, String text, Map<String, Object> data) {
        Template template;
        try {
            template = new Template(origin.toString(), new StringReader(text), configuration);
        } catch (freemarker.core.ParseException e) {
            throw parseError(origin, e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return process(template, origin, data);
    }

    /** Evaluates a condition such as {@code network.wirelessLan} or {@code options.cloud && !body.isCouncil}. */
    public boolean condition(Path origin, String expression, Map<String, Object> data) {
        String result = renderUnmarked(origin, "<#if (" + expression + ")>true<#else>false</#if>", data);
        return result.equals("true");
    }

    private static String process(Template template, Path file, Map<String, Object> data) {
        StringWriter out = new StringWriter();
        try {
            template.process(data, out);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            String message = e.getMessageWithoutStackTop().lines().findFirst().orElse("template error").strip();
            if (e.getBlamedExpressionString() != null) {
                message = message.endsWith(":") ? message + " " + e.getBlamedExpressionString()
                        : message + " (" + e.getBlamedExpressionString() + ")";
            }
            String hint = message.contains("undefined") || message.contains("null or missing")
                    ? "the data model is listed in templates/README.md; guard optional values with ?? or a when: condition"
                    : null;
            throw PolicygenException.badInput(new Problem(file, line == null ? 0 : line, column == null ? 0 : column,
                    null, message, hint));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static PolicygenException parseError(Path file, freemarker.core.ParseException e) {
        String message = e.getEditorMessage() == null ? e.getMessage() : e.getEditorMessage();
        return PolicygenException.badInput(new Problem(file, e.getLineNumber(), e.getColumnNumber(), null,
                "template syntax: " + message.lines().findFirst().orElse(""), null));
    }

    /**
     * Reads templates through another loader and marks their literal text with its lines
     * ({@link SourceMarks}) before FreeMarker parses them.
     */
    private static final class MarkingLoader implements TemplateLoader {
        private final TemplateLoader inner;

        MarkingLoader(TemplateLoader inner) {
            this.inner = inner;
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            return inner.findTemplateSource(name);
        }

        @Override
        public long getLastModified(Object templateSource) {
            return inner.getLastModified(templateSource);
        }

        @Override
        public java.io.Reader getReader(Object templateSource, String encoding) throws IOException {
            try (java.io.Reader in = inner.getReader(templateSource, encoding)) {
                StringWriter all = new StringWriter();
                in.transferTo(all);
                return new StringReader(SourceMarks.mark(TextFiles.stripBom(TextFiles.normaliseLineEnds(all.toString())), 1, 1));
            }
        }

        @Override
        public void closeTemplateSource(Object templateSource) throws IOException {
            inner.closeTemplateSource(templateSource);
        }
    }

    /** Visible for tests: the settings that make the sandbox. */
    Configuration configuration() {
        return configuration;
    }
}
