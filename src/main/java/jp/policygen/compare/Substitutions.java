package jp.policygen.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.policygen.model.PolicyDocument;
import jp.policygen.params.BodyParams;
import jp.policygen.params.BodyValues;
import jp.policygen.text.JapaneseLists;

/**
 * The values a body's parameters put into the text, each under a key that means the same thing
 * in every body ("body.name", "body.self", "roles.ciso.title" …: the keys the printed text marks
 * values with). Comparing two texts, each side's values are
 * replaced by the key's placeholder, so 小諸市 and ○○市, or 本町 and 本市, compare equal. One side's
 * values are never looked for in the other side's text.
 */
public final class Substitutions {

    /** One value of one key; {@code bucket} is the --ignore switch that covers it. */
    public record Entry(String key, Ignore bucket, String value) {
    }

    public static final Substitutions NONE = new Substitutions(List.of());

    /** Self-references, residents and heads of every kind of body, for texts without parameters. */
    private static final List<String> SELF_WORDS = List.of("本市", "本町", "本村", "本区", "本県", "本都", "本府",
            "本道", "本組合", "本広域連合", "本連合", "当市", "当町", "当村", "当区");
    private static final List<String> RESIDENT_WORDS = List.of("市民", "町民", "村民", "区民", "県民", "都民", "府民", "道民");
    private static final List<String> HEAD_WORDS = List.of("市長", "町長", "村長", "区長", "知事");

    private final List<Entry> entries;

    public Substitutions(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The values a generated body's text holds, from its parameters (the body's name, 本市,
     * role titles and holders, other values: each under the key the printed text marks it with).
     */
    public static Substitutions of(BodyParams p) {
        List<Entry> out = new ArrayList<>();
        for (BodyValues.Value v : BodyValues.of(p).all()) {
            Ignore bucket = switch (v.kind()) {
                case NAME -> Ignore.NAME;
                case SELF -> Ignore.SELF;
                case ROLE_TITLE, ROLE_HOLDER, ROLE_ABBR -> Ignore.ROLES;
                case OTHER -> Ignore.PARAMS;
            };
            add(out, comparable(v.key()), bucket, v.text());
        }
        return new Substitutions(out);
    }

    /**
     * The key a value is compared under: list items share their list's key (so the values of
     * two bodies' lists match whatever their order), role words keep theirs.
     */
    static String comparable(String key) {
        return key.replaceAll("\\.\\d+(?=\\.|$)", "");
    }

    /**
     * For a text policygen did not generate and whose body has no parameters here: its name as
     * imported, and the self-references, resident and head words of any kind of body.
     */
    public static Substitutions guess(PolicyDocument document) {
        List<Entry> out = new ArrayList<>();
        String name = document.info().bodyName();
        add(out, "body.name", Ignore.NAME, name);
        if (name != null && name.endsWith("議会")) {
            add(out, "body.self", Ignore.SELF, "議会");
            add(out, "body.parent", Ignore.SELF, name.substring(0, name.length() - 2));
        }
        for (String w : SELF_WORDS) {
            add(out, "body.self", Ignore.SELF, w);
        }
        for (String w : RESIDENT_WORDS) {
            add(out, "body.residents", Ignore.SELF, w);
        }
        for (String w : HEAD_WORDS) {
            add(out, "body.head", Ignore.SELF, w);
        }
        return new Substitutions(out);
    }

    /** Both sets of values under the same keys (a body's parameters plus what a text shows). */
    public Substitutions with(Substitutions more) {
        Set<Entry> all = new LinkedHashSet<>(entries);
        all.addAll(more.entries);
        return new Substitutions(new ArrayList<>(all));
    }

    /** Only the entries whose bucket is ignored. */
    Substitutions only(Set<Ignore> ignored) {
        return new Substitutions(entries.stream().filter(e -> ignored.contains(e.bucket())).toList());
    }

    private static void add(List<Entry> out, String key, Ignore bucket, String value) {
        if (value == null || value.isBlank() || Notation.foldAll(value).length() < 2) {
            return;
        }
        out.add(new Entry(key, bucket, value));
    }
}
