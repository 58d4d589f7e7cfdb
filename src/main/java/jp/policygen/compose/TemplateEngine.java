package jp.policygen.compose;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import jp.policygen.render.pdf.PdfFonts;
import jp.policygen.text.ForbiddenCharacters;
import jp.policygen.text.TextFiles;
import jp.policygen.i18n.Texts;

/**
 * The one FreeMarker configuration policygen uses: pinned version, sandboxed (no class
 * instantiation, no ?api, no Java methods on data, templates loaded only from the project's
 * templates folder), strict (a missing value is an error, not an empty string), and escaping
 * every interpolated value for Markdown.
 */
public final class TemplateEngine {

    private final Configuration configuration;
    private final List<Path> folders;
    private final Set<Path> checkedTemplates = ConcurrentHashMap.newKeySet();
    /** The marked text of each template read through the loader, to give FreeMarker's columns back in the file's. */
    private final Map<String, String> markedByName = new ConcurrentHashMap<>();
    private final long budgetMillis;
    /** Templates (cached by FreeMarker) that already check for the watchdog's interruption. */
    private final Set<Template> interruptible = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    /** An engine for one edition: templates are looked up in its folder, then in those of the editions it extends. */
    public TemplateEngine(Edition edition) {
        this(edition.folders(), TIME_BUDGET_SECONDS * 1000);
    }

    /** An engine over one templates folder (paths relative to it). */
    public TemplateEngine(Path templatesRoot) {
        this(List.of(templatesRoot), TIME_BUDGET_SECONDS * 1000);
    }

    /** An engine whose templates may run {@code budgetMillis} each (tests use a short one). */
    TemplateEngine(Path templatesRoot, long budgetMillis) {
        this(List.of(templatesRoot), budgetMillis);
    }

    /** An engine over template folders, searched in order (paths are relative to each). */
    TemplateEngine(List<Path> folders, long budgetMillis) {
        this.budgetMillis = budgetMillis;
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
                    Texts.get("compose.template.noFolder", e.getMessage())));
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
        Path file = file(templatePath);
        if (Files.isRegularFile(file) && checkedTemplates.add(file)) {
            // FreeMarker reads the file itself; the characters are checked here, once per template
            checkCharacters(file, TextFiles.readUtf8(file));
        }
        Template template;
        try {
            template = configuration.getTemplate(templatePath);
            if (interruptible.add(template)) {
                freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
            }
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, null, Texts.get("compose.template.notFound")));
        } catch (freemarker.core.ParseException e) {
            throw parseError(file, e, markedByName.get(templatePath));
        } catch (IOException e) {
            throw PolicygenException.badInput(Problem.at(file, 0, 0, null, Texts.get("compose.template.unreadable", e.getMessage())));
        }
        return process(template, file, data, markedByName.get(templatePath));
    }

    /** Renders a template held in a file outside the templates folder (a body's local clause). */
    public String renderFile(Path file, Map<String, Object> data) {
        String text = TextFiles.readUtf8(file);
        checkCharacters(file, text);
        return renderText(file, text, 1, data);
    }

    /**
     * Every character of a template or clause file must be one the PDF font draws: reported here,
     * at its line and column, rather than later against the clause it ends up in. (Forbidden
     * control characters were refused when the file was read.)
     */
    private static void checkCharacters(Path file, String text) {
        List<Problem> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int line = 1;
        int column = 1;
        PdfFonts fonts = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                if (cp > 0x7E) {
                    fonts = fonts == null ? PdfFonts.shared() : fonts;
                    if (!fonts.covers(cp) && seen.add(cp)) {
                        problems.add(new Problem(file, line, column, null, Texts.get("params.value.notInFont",
                                new String(Character.toChars(cp)), String.format("U+%04X", cp)),
                                Texts.get("params.value.notInFont.fix")));
                    }
                }
                column++;
            }
            i += Character.charCount(cp);
        }
        if (!problems.isEmpty()) {
            throw PolicygenException.badInput(Texts.get("compose.template.notInFont", problems.size()), problems);
        }
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
            freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
        } catch (freemarker.core.ParseException e) {
            throw parseError(origin, e, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return process(template, origin, data, text);
    }

    /** Evaluates a condition such as {@code network.wirelessLan} or {@code options.cloud && !body.isCouncil}. */
    public boolean condition(Path origin, String expression, Map<String, Object> data) {
        String result = renderUnmarked(origin, "<#if (" + expression + ")>true<#else>false</#if>", data);
        return result.equals("true");
    }

    /** A FreeMarker string escape (\\x0007, \\u0007, \\a …) that may have produced a control character. */
    private static final Pattern STRING_ESCAPE = Pattern.compile("\\\\(?:x[0-9A-Fa-f]{1,4}|u[0-9A-Fa-f]{4}|[abfv])");

    /**
     * Longest text one template or clause file may produce: the longest document is about
     * 150,000 characters, so only a loop that runs away gets near it.
     */
    public static final int MAX_OUTPUT = 1_000_000;

    /** Thrown by the output when a template writes more than {@link #MAX_OUTPUT} characters. */
    private static final class OutputTooLong extends RuntimeException {
        OutputTooLong() {
            super("the text would be longer than " + MAX_OUTPUT + " characters", null, false, false);
        }
    }

    /** A StringWriter that stops a template writing more than {@link #MAX_OUTPUT} characters. */
    private static final class LimitedWriter extends StringWriter {
        @Override
        public void write(String str, int off, int len) {
            check(len);
            super.write(str, off, len);
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            check(len);
            super.write(cbuf, off, len);
        }

        @Override
        public void write(int c) {
            check(1);
            super.write(c);
        }

        private void check(int more) {
            if (getBuffer().length() + (long) more > MAX_OUTPUT) {
                throw new OutputTooLong();
            }
        }
    }

    /**
     * Longest a template may run, in seconds. FreeMarker counts no steps, so a loop that writes
     * nothing ({@code <#list 1..2000000000 as i></#list>}) is stopped by time: the templates run in
     * milliseconds, so this is a runaway loop, never a slow machine.
     */
    public static final long TIME_BUDGET_SECONDS = 20;

    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "policygen-template-watchdog");
            t.setDaemon(true);
            return t;
        });
        w.setRemoveOnCancelPolicy(true); // thousands of renders a run: do not keep their cancelled alarms
        return w;
    }

    /** Renders; {@code marked} is the template's marked text (to report columns as the file has them), or null. */
    private String process(Template template, Path file, Map<String, Object> data, String marked) {
        StringWriter out = new LimitedWriter();
        Thread worker = Thread.currentThread();
        AtomicBoolean expired = new AtomicBoolean();
        // the checks addThreadInterruptedChecks put into every loop end the template when interrupted
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            expired.set(true);
            worker.interrupt();
        }, budgetMillis, TimeUnit.MILLISECONDS);
        try {
            template.process(data, out);
        } catch (OutputTooLong e) {
            int[] at = firstDirective(file, "<#list", "<#macro", "<#function");
            throw PolicygenException.badInput(new Problem(file, at[0], at[1], null,
                    Texts.get("compose.template.tooLong", Texts.count(MAX_OUTPUT)),
                    Texts.get("compose.template.loop.fix")));
        } catch (RuntimeException e) {
            if (!expired.get()) {
                throw e;
            }
            int[] at = firstDirective(file, "<#list", "<#macro", "<#function");
            throw PolicygenException.badInput(new Problem(file, at[0], at[1], null,
                    Texts.get("compose.template.timeout", String.valueOf(budgetMillis / 1000.0)),
                    Texts.get("compose.template.loop.fix")));
        } catch (StackOverflowError e) {
            // FreeMarker does not limit how deep macros and functions call each other
            int[] at = firstDirective(file, "<#macro", "<#function");
            throw PolicygenException.badInput(new Problem(file, at[0], at[1], null,
                    Texts.get("compose.template.recursion"),
                    Texts.get("compose.template.recursion.fix")));
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            String message = e.getMessageWithoutStackTop().lines().findFirst().orElse("template error").strip();
            if (e.getBlamedExpressionString() != null) {
                message = message.endsWith(":") ? message + " " + e.getBlamedExpressionString()
                        : message + " (" + e.getBlamedExpressionString() + ")";
            }
            String hint = message.contains("undefined") || message.contains("null or missing")
                    ? Texts.get("compose.template.undefined.fix")
                    : null;
            throw PolicygenException.badInput(new Problem(file, line == null ? 0 : line,
                    column == null ? 0 : SourceMarks.fileColumn(marked, line == null ? 0 : line, column), null, message, hint));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            alarm.cancel(false);
            if (expired.get()) {
                Thread.interrupted(); // ours, not the caller's: clear it
            }
        }
        String result = out.toString();
        int forbidden = ForbiddenCharacters.first(result);
        if (forbidden >= 0) {
            // The file itself was clean (read through TextFiles), so an expression made it.
            String source = Files.isRegularFile(file) ? TextFiles.readUtf8(file) : "";
            Matcher escape = STRING_ESCAPE.matcher(source);
            int[] at = escape.find() ? SourcePosition.lineAndColumn(source, escape.start()) : new int[] {1, 1};
            throw PolicygenException.badInput(new Problem(file, at[0], at[1], null,
                    Texts.get("compose.template.forbidden", ForbiddenCharacters.describe(forbidden)),
                    Texts.get("compose.template.forbidden.fix")));
        }
        return result;
    }

    /** Where the first of some directives is written in a template file; 1:1 when it is not. */
    private static int[] firstDirective(Path file, String... directives) {
        String source = Files.isRegularFile(file) ? TextFiles.readUtf8(file) : "";
        int first = -1;
        for (String d : directives) {
            int at = source.indexOf(d);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first < 0 ? new int[] {1, 1} : SourcePosition.lineAndColumn(source, first);
    }

    private static PolicygenException parseError(Path file, freemarker.core.ParseException e, String marked) {
        String message = e.getEditorMessage() == null ? e.getMessage() : e.getEditorMessage();
        return PolicygenException.badInput(new Problem(file, e.getLineNumber(),
                SourceMarks.fileColumn(marked, e.getLineNumber(), e.getColumnNumber()), null,
                Texts.get("compose.template.syntax", message.lines().findFirst().orElse("")), null));
    }

    /**
     * Reads templates through another loader and marks their literal text with its lines
     * ({@link SourceMarks}) before FreeMarker parses them.
     */
    private final class MarkingLoader implements TemplateLoader {
        private final TemplateLoader inner;

        MarkingLoader(TemplateLoader inner) {
            this.inner = inner;
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            Object source = inner.findTemplateSource(name);
            return source == null ? null : new Named(name, source);
        }

        @Override
        public long getLastModified(Object templateSource) {
            return inner.getLastModified(((Named) templateSource).source());
        }

        @Override
        public java.io.Reader getReader(Object templateSource, String encoding) throws IOException {
            Named named = (Named) templateSource;
            try (java.io.Reader in = inner.getReader(named.source(), encoding)) {
                StringWriter all = new StringWriter();
                in.transferTo(all);
                String marked = SourceMarks.mark(TextFiles.stripBom(TextFiles.normaliseLineEnds(all.toString())), 1, 1);
                markedByName.put(named.name(), marked);
                return new StringReader(marked);
            }
        }

        @Override
        public void closeTemplateSource(Object templateSource) throws IOException {
            inner.closeTemplateSource(((Named) templateSource).source());
        }
    }

    /** A template source with the name it was asked for (FreeMarker compares sources with equals). */
    private record Named(String name, Object source) {
    }

    /** Visible for tests: the settings that make the sandbox. */
    Configuration configuration() {
        return configuration;
    }
}
