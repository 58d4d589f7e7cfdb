package jp.policygen.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.policygen.model.PolicyDocument;
import jp.policygen.params.BodyParams;
import jp.policygen.text.JapaneseLists;

/**
 * The values a body's parameters put into the text, each under a key that means the same thing
 * in every body ("name", "self", "role.ciso.title" …). Comparing two texts, each side's values are
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

    /** The values a generated body's text holds, from its parameters. */
    public static Substitutions of(BodyParams p) {
        List<Entry> out = new ArrayList<>();
        BodyParams.Body b = p.body();
        add(out, "name", Ignore.NAME, b.name());
        add(out, "title.policy", Ignore.NAME, p.titles().policy());
        add(out, "title.basic", Ignore.NAME, p.titles().basic());
        add(out, "title.standards", Ignore.NAME, p.titles().standards());
        add(out, "self", Ignore.SELF, b.self());
        add(out, "residents", Ignore.SELF, b.residents());
        add(out, "head", Ignore.SELF, b.head());
        add(out, "parent", Ignore.SELF, b.parent());
        for (BodyParams.Role r : p.roles().values()) {
            if (!r.defined()) {
                continue; // its title and holder are another role's
            }
            add(out, "role." + r.key() + ".title", Ignore.ROLES, r.title());
            add(out, "role." + r.key() + ".holder", Ignore.ROLES, r.holder());
            add(out, "role." + r.key() + ".abbr", Ignore.ROLES, r.abbr());
        }
        if (p.committee().enabled()) {
            add(out, "committee", Ignore.ROLES, p.committee().name());
        }
        if (p.csirt().enabled()) {
            add(out, "csirt", Ignore.ROLES, p.csirt().name());
        }
        add(out, "staff.term", Ignore.PARAMS, p.staff().term());
        add(out, "staff.contractors", Ignore.PARAMS, p.staff().contractorTerm());
        add(out, "staff.categories", Ignore.PARAMS, JapaneseLists.join(p.staff().categories(), "及び"));
        add(out, "scope.organisations", Ignore.PARAMS, JapaneseLists.join(p.scope().organisations(), "及び"));
        return new Substitutions(out);
    }

    /**
     * For a text policygen did not generate and whose body has no parameters here: its name as
     * imported, and the self-references, resident and head words of any kind of body.
     */
    public static Substitutions guess(PolicyDocument document) {
        List<Entry> out = new ArrayList<>();
        String name = document.info().bodyName();
        add(out, "name", Ignore.NAME, name);
        if (name != null && name.endsWith("議会")) {
            add(out, "self", Ignore.SELF, "議会");
            add(out, "parent", Ignore.SELF, name.substring(0, name.length() - 2));
        }
        for (String w : SELF_WORDS) {
            add(out, "self", Ignore.SELF, w);
        }
        for (String w : RESIDENT_WORDS) {
            add(out, "residents", Ignore.SELF, w);
        }
        for (String w : HEAD_WORDS) {
            add(out, "head", Ignore.SELF, w);
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
