package jp.policygen.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import jp.policygen.cli.Main;
import jp.policygen.lint.Linter;
import jp.policygen.lint.Rule;
import jp.policygen.lint.Severity;

/**
 * The two languages say the same things: the bundles have the same keys, each message takes the
 * same arguments in both, every pattern is well formed, every key the code asks for exists and
 * every key in the bundles is asked for, and every command and option has its help.
 */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/jp/policygen/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (String base : List.of("messages", "help")) {
            Properties en = load(base + ".properties");
            Properties ja = load(base + "_ja.properties");
            Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
            onlyEn.removeAll(ja.stringPropertyNames());
            Set<String> onlyJa = new TreeSet<>(ja.stringPropertyNames());
            onlyJa.removeAll(en.stringPropertyNames());
            assertTrue(onlyEn.isEmpty(), base + ": only in English: " + onlyEn);
            assertTrue(onlyJa.isEmpty(), base + ": only in Japanese: " + onlyJa);
            assertTrue(en.size() > 50, base + " has " + en.size() + " keys");
        }
    }

    @Test
    void eachMessageTakesTheSameArgumentsInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties ja = load("messages_ja.properties");
        List<String> wrong = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            Set<Integer> a = arguments(en.getProperty(key));
            Set<Integer> b = arguments(ja.getProperty(key));
            if (!a.equals(b)) {
                wrong.add(key + ": English " + a + ", Japanese " + b);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyPatternIsWellFormedAndQuotesOnlyBraces() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_ja.properties")) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                try {
                    new MessageFormat(pattern, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    wrong.add(name + " " + key + ": " + e.getMessage());
                }
                // a lone apostrophe would silently swallow the text after it (MessageFormat quoting)
                String rest = pattern.replace("''", "").replaceAll("'[{}]+'", "");
                if (rest.indexOf('\'') >= 0) {
                    wrong.add(name + " " + key + ": a single apostrophe (write '' for one): " + pattern);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void helpTextsAgreeOnFormatSpecifiers() throws IOException {
        Properties en = load("help.properties");
        Properties ja = load("help_ja.properties");
        List<String> wrong = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (!specifiers(en.getProperty(key)).equals(specifiers(ja.getProperty(key)))) {
                wrong.add(key);
            }
        }
        assertTrue(wrong.isEmpty(), "%n, %% and ${…} differ: " + wrong);
    }

    @Test
    void everyKeyTheCodeNamesExistsAndEveryKeyIsUsed() throws IOException {
        Properties en = load("messages.properties");
        Set<String> named = new TreeSet<>();
        Pattern literal = Pattern.compile("\"((?:cli|pipeline|params|lint|problem|text|compose|publish|importing|compare|render|checklist)\\.[A-Za-z0-9.\\-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        // literals that look like keys but are not: rule ids (params.self-reference) and file names
        Linter.rules().forEach(r -> named.remove(r.id()));
        named.removeIf(n -> n.matches(".*\\.(yaml|css|md|html|json|pdf|txt)"));
        Set<String> missing = new TreeSet<>();
        for (String key : named) {
            if (!key.endsWith(".") && !en.containsKey(key)) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "named in code, not in the bundles: " + missing);

        // keys the code builds: a rule's summary, a severity's name, a schema type's name
        Set<String> built = new TreeSet<>();
        for (Rule r : Linter.rules()) {
            built.add("lint." + r.id() + ".summary");
        }
        for (Severity s : Severity.values()) {
            built.add("lint.severity." + s.label());
        }
        for (String t : List.of("string", "boolean", "number", "integer", "array", "object", "null")) {
            built.add("params.schema.typeName." + t);
        }
        Set<String> unused = new TreeSet<>(en.stringPropertyNames());
        unused.removeAll(named);
        unused.removeAll(built);
        assertTrue(unused.isEmpty(), "in the bundles, never used: " + unused);
        Set<String> absent = new TreeSet<>(built);
        absent.removeAll(en.stringPropertyNames());
        assertTrue(absent.isEmpty(), "built by the code, not in the bundles: " + absent);
    }

    @Test
    void everyCommandOptionAndParameterHasItsHelpInBothLanguages() throws IOException {
        for (String name : List.of("help.properties", "help_ja.properties")) {
            Properties help = load(name);
            CommandLine cli = new CommandLine(new Main());
            List<CommandSpec> specs = new ArrayList<>();
            specs.add(cli.getCommandSpec());
            cli.getSubcommands().values().forEach(c -> specs.add(c.getCommandSpec()));
            List<String> missing = new ArrayList<>();
            for (CommandSpec s : specs) {
                String prefix = s.qualifiedName(".") + ".";
                if (!help.containsKey(prefix + "usage.description.0")) {
                    missing.add(prefix + "usage.description.0");
                }
                for (OptionSpec o : s.options()) {
                    if (o.usageHelp() || o.versionHelp()) {
                        continue;
                    }
                    String option = o.longestName().replaceFirst("^-+", "");
                    if (!help.containsKey(prefix + option) && !help.containsKey(option)) {
                        missing.add(prefix + option);
                    }
                }
                for (PositionalParamSpec p : s.positionalParameters()) {
                    String key = prefix + p.paramLabel() + "[" + p.index() + "]";
                    if (!help.containsKey(key)) {
                        missing.add(key);
                    }
                }
            }
            assertTrue(missing.isEmpty(), name + ": no help for " + missing);
        }
    }

    @Test
    void ruleSummariesFollowTheLanguage() {
        Locale before = Texts.use(Language.JAPANESE);
        try {
            for (Rule r : Linter.rules()) {
                String ja = r.summary();
                assertFalse(ja.isBlank(), r.id());
                assertTrue(ja.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA),
                        r.id() + " reads as Japanese: " + ja);
            }
        } finally {
            Texts.use(before);
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        // quoted text ('{{' …) is literal, not an argument
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replace("''", "").replaceAll("'[^']*'", ""));
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private static List<String> specifiers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("%[n%]|\\$\\{[^}]*}").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        out.sort(null);
        return out;
    }

    @Test
    void theLanguagesDiffer() throws IOException {
        Properties en = load("messages.properties");
        Properties ja = load("messages_ja.properties");
        // a Japanese bundle copied from the English one would pass every other test
        long same = en.stringPropertyNames().stream()
                .filter(k -> en.getProperty(k).equals(ja.getProperty(k)) && en.getProperty(k).matches(".*[a-z]{3,} [a-z]{2,}.*"))
                .count();
        assertEquals(0, same, "English sentences left in the Japanese bundle");
    }
}
