package jp.policygen.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that decides the language of what policygen says: {@code --lang ja|en} when
 * given, else the locale of the environment (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them;
 * the first one set decides), else the JVM's {@code user.language}. Japanese when that begins
 * with 「ja」, English otherwise.
 */
public final class Language {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The option's values. */
    public static final List<String> NAMES = List.of("ja", "en");

    private Language() {
    }

    /**
     * The language for a run: {@code option} is the value of {@code --lang} (null when not given),
     * {@code env} the environment, {@code userLanguage} the JVM's {@code user.language}.
     */
    public static Locale choose(String option, Map<String, String> env, String userLanguage) {
        if (option != null && NAMES.contains(option.toLowerCase(Locale.ROOT))) {
            return of(option);
        }
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.get(variable);
            if (value != null && !value.isEmpty()) {
                return value.toLowerCase(Locale.ROOT).startsWith("ja") ? JAPANESE : ENGLISH;
            }
        }
        return userLanguage != null && userLanguage.toLowerCase(Locale.ROOT).startsWith("ja") ? JAPANESE : ENGLISH;
    }

    /** The language of this process: its environment and JVM. */
    public static Locale ofEnvironment() {
        return choose(null, System.getenv(), System.getProperty("user.language"));
    }

    /** {@code ja} or {@code en}. */
    public static Locale of(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("ja") ? JAPANESE : ENGLISH;
    }

    /**
     * The value of {@code --lang} on a command line ({@code --lang ja} or {@code --lang=ja}), read
     * before the command line is parsed because the help texts depend on it; null when absent.
     * Arguments after {@code --} are operands, not options.
     */
    public static String optionIn(String... args) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--".equals(a)) {
                break;
            }
            if ("--lang".equals(a) && i + 1 < args.length) {
                found = args[i + 1];
            } else if (a.startsWith("--lang=")) {
                found = a.substring("--lang=".length());
            }
        }
        return found;
    }
}
