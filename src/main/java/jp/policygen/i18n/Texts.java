package jp.policygen.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import jp.policygen.i18n.Texts;

/**
 * Every sentence policygen shows a person, fetched by key from the bundles
 * {@code jp/policygen/i18n/messages.properties} (English) and {@code messages_ja.properties}
 * (Japanese), which have the same keys. Keys are grouped by the package that uses them
 * ({@code cli.*}, {@code pipeline.*}, {@code params.*}, {@code lint.*} …).
 *
 * <p>Texts are formatted with {@link MessageFormat}, always (so a bundle writes an apostrophe as
 * {@code ''} in every entry, with or without arguments). Numbers given as arguments are shown as
 * plain digits (a line number is 1234, not 1,234); use {@link #count} for a grouped count.
 *
 * <p>The language is set once per run by the command line ({@link #use}); library use without
 * the command line speaks English, so results do not depend on the machine's locale.
 */
public final class Texts {

    public static final String MESSAGES = "jp.policygen.i18n.messages";
    public static final String HELP = "jp.policygen.i18n.help";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = Language.ENGLISH;

    private Texts() {
    }

    /** Speak {@code language} from now on; returns the language spoken before. */
    public static Locale use(Locale language) {
        Locale before = locale;
        locale = Language.of(Objects.requireNonNull(language, "language").getLanguage());
        return before;
    }

    public static Locale locale() {
        return locale;
    }

    public static boolean japanese() {
        return Language.JAPANESE.getLanguage().equals(locale.getLanguage());
    }

    /** The message {@code key} in the current language, its arguments filled in. */
    public static String get(String key, Object... args) {
        return format(bundle(MESSAGES, locale), key, locale, args);
    }

    /** A count with grouping (12,345), as an argument to {@link #get}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A bundle in exactly {@code language}: no fallback to the machine's locale. */
    public static ResourceBundle bundle(String name, Locale language) {
        return ResourceBundle.getBundle(name, Language.of(language.getLanguage()), Texts.class.getClassLoader(), NO_FALLBACK);
    }

    static String format(ResourceBundle bundle, String key, Locale language, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in " + bundle.getBaseBundleName()
                    + " (" + language + ")", e);
        }
        // A pattern that formats a number itself ({0,choice,…} for plurals) gets the numbers as they are.
        boolean numeric = pattern.contains(",choice,") || pattern.contains(",number");
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number n && !numeric ? n.toString() : args[i] == null ? "" : args[i];
        }
        return new MessageFormat(pattern, language).format(shown);
    }
}
