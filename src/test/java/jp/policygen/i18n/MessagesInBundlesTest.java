package jp.policygen.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import jp.policygen.i18n.Texts;

/**
 * No sentence a person reads is built outside the bundles in the packages that speak both
 * languages: every call that makes a problem, a finding, a failure or a line of output is
 * scanned for string literals that read as words (two English words in a row, or kana); the
 * literal keys of {@code Texts.get} are left out. What may stay in the code is listed below, with
 * the reason.
 */
class MessagesInBundlesTest {

    /** The packages (and files) converted to the bundles. */
    private static final List<String> CONVERTED = List.of("cli", "pipeline", "params", "lint", "text", "compose", "publish", "importing", "compare", "render", "checklist", "init", "amend", "Problem.java",
            "PolicygenException.java");

    /** Calls whose text reaches a person. */
    private static final Pattern CALL = Pattern.compile("(new Problem|Problem\\.at|\\.problem|withSuggestion|out\\.at"
            + "|new Issue|new Finding|new PolicygenException|badInput|withSummary|println|printf|\\.print|\\.info|\\.warn"
            + "|new ParameterException)\\(");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Two words of English in a row, or a kana: a sentence, not a key, pointer or option name. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}[ ,;:()']+[A-Za-z]{2,}|[\\p{IsHiragana}\\p{IsKatakana}]");

    /**
     * Literals that may stay, each with its reason: words of the text a finding quotes or
     * replaces (data, not message), and the version line picocli prints.
     */
    private static final Set<String> ALLOWED = Set.of(
            "下記", "上記",          // the replacement of reference.direction: text written into the policy
            "policygen ",           // the version line (a program name, not a sentence)
            "yes, no",              // the answers init accepts, typed as they are in either language
            "policygen.test: swapping "); // a test hook's trace (OutputTree, -Dpolicygen.test.swapDelayMillis), read by KillTest

    @Test
    void noSentenceIsBuiltOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = Path.of("src/main/java/jp/policygen");
        int calls = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = root.relativize(f).toString().replace('\\', '/');
                if (CONVERTED.stream().noneMatch(c -> relative.equals(c) || relative.startsWith(c + "/"))) {
                    continue;
                }
                String source = Files.readString(f, StandardCharsets.UTF_8);
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    calls++;
                    String args = withoutKeys(arguments(source, call.end()));
                    Matcher lit = LITERAL.matcher(args);
                    while (lit.find()) {
                        String text = lit.group(1);
                        if (WORDS.matcher(text).find() && !ALLOWED.contains(text)) {
                            found.add(relative + ":" + line(source, call.start()) + ": \"" + text + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(calls > 200, "the scan saw " + calls + " calls");
        assertTrue(found.isEmpty(), "text built outside the bundles:\n" + String.join("\n", found));
    }

    /** The argument list of a call, from after its "(" to the matching ")". */
    private static String arguments(String source, int from) {
        int depth = 1;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i++;
                while (i < source.length() && source.charAt(i) != '"') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '\'') {
                i += source.charAt(i + 1) == '\\' ? 3 : 2;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return source.substring(from, i);
            }
        }
        return source.substring(from);
    }

    /** Keys are not sentences: the literal first argument of Texts.get goes. */
    private static String withoutKeys(String args) {
        return args.replaceAll("Texts\\.get\\(\\s*\"[^\"]*\"", "Texts.get(KEY")
                .replaceAll("\\?\\s*\"(?:cli|pipeline|params|lint|problem|text|compose|publish|importing|compare|render|checklist)\\.[^\"]*\"\\s*:\\s*\"(?:cli|pipeline|params|lint|problem|text|compose|publish|importing|compare|render|checklist)\\.[^\"]*\"", "? KEY : KEY");
    }

    private static int line(String source, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
