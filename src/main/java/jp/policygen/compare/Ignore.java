package jp.policygen.compare;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.policygen.i18n.Texts;

/**
 * Differences a comparison can leave out because they are expected: they are neither
 * underlined nor counted. Only the comparison is affected; the text shown is the original.
 */
public enum Ignore {
    /** The body's own name (小諸市 / ○○市), and titles derived from it. */
    NAME("name"),
    /** Self-reference and derived words: 本市/本町/議会, 市民/町民, 市長/町長, the parent body. */
    SELF("self"),
    /** Role titles and holders, the committee and the CSIRT, as the parameters name them. */
    ROLES("roles"),
    /** Other substituted values: the staff term, contractors, the lists of organisations and staff. */
    PARAMS("params"),
    /** Notation variants: 強靱/強靭, 、/，, 。/．, full-/half-width letters, digits and brackets,
     * whitespace, and numbering (labels and the numbers in cross references). */
    NOTATION("notation");

    private final String key;

    Ignore(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Set<Ignore> all() {
        return EnumSet.allOf(Ignore.class);
    }

    /** Parses a command-line list: {@code name,self,roles,params,notation}, {@code all} or {@code none}. */
    public static Set<Ignore> parse(List<String> keys) {
        Set<Ignore> out = EnumSet.noneOf(Ignore.class);
        for (String raw : keys) {
            String k = raw.trim().toLowerCase(Locale.ROOT);
            if (k.isEmpty() || k.equals("none")) {
                continue;
            }
            if (k.equals("all")) {
                out.addAll(all());
                continue;
            }
            Ignore found = null;
            for (Ignore i : values()) {
                if (i.key.equals(k)) {
                    found = i;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException(Texts.get("compare.ignore.unknown", raw));
            }
            out.add(found);
        }
        return out;
    }
}
