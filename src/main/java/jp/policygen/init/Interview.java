package jp.policygen.init;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jp.policygen.i18n.Texts;
import jp.policygen.params.BodyKind;
import jp.policygen.text.Wareki;

/**
 * The questions of `policygen init`, one line each, with the default in brackets: Enter keeps it.
 * The answers given as flags are not asked again. The end of the input before the last question
 * (Ctrl-D, a closed pipe) ends the interview with nothing to write.
 */
public final class Interview {

    private static final Set<String> YES = Set.of("y", "yes", "はい");
    private static final Set<String> NO = Set.of("n", "no", "いいえ");

    private final BufferedReader in;
    private final PrintStream out;
    /** The day the edition's statute on the 方針 was enacted (null: the edition has none). */
    private final java.time.LocalDate enacted;

    public Interview(BufferedReader in, PrintStream out, java.time.LocalDate enacted) {
        this.in = in;
        this.out = out;
        this.enacted = enacted;
    }

    /** Signals the end of the input before the interview was done. */
    public static final class Interrupted extends Exception {
        Interrupted() {
            super("the interview was interrupted");
        }
    }

    /**
     * Asks what {@code given} leaves open ({@code given} holds the flags' answers, null where not
     * given) and returns the full answers.
     */
    public InitAnswers ask(String id, Given given) throws Interrupted {
        out.println(Texts.get("cli.init.ask.intro", id));
        String name = given.name != null ? given.name : text(Texts.get("cli.init.ask.name"), null);
        BodyKind kind = given.kind != null ? given.kind
                : BodyKind.fromKey(choice(Texts.get("cli.init.ask.kind", String.join(", ", BodyKind.keys())),
                InitDefaults.kindOf(name).key(), BodyKind.keys()));
        InitAnswers d = InitDefaults.of(id, name, kind);
        List<String> organisations = given.organisations != null ? given.organisations
                : list(Texts.get("cli.init.ask.organisations"), d.organisations());
        List<String> staff = given.staff != null ? given.staff : list(Texts.get("cli.init.ask.staff"), d.staffCategories());
        String term = given.term != null ? given.term : text(Texts.get("cli.init.ask.term"), d.staffTerm());
        InitAnswers.Holders h = d.holders();
        String ciso = given.ciso != null ? given.ciso : text(Texts.get("cli.init.ask.ciso"), h.ciso());
        String chief = text(Texts.get("cli.init.ask.chief"), h.chiefOfficer());
        String officer = text(Texts.get("cli.init.ask.officer"), h.securityOfficer() == null ? "-" : h.securityOfficer());
        String manager = text(Texts.get("cli.init.ask.manager"), h.securityManager());
        String model = given.model != null ? given.model
                : choice(Texts.get("cli.init.ask.model"), d.networkModel(), List.of("alpha", "alpha-prime", "beta", "beta-prime", "none"));
        List<String> zones = given.zones != null ? given.zones : list(Texts.get("cli.init.ask.zones"), d.zones());
        boolean social = yesNo(Texts.get("cli.init.ask.social"), d.socialMedia());
        boolean telework = yesNo(Texts.get("cli.init.ask.telework"), d.telework());
        String violations = choice(Texts.get("cli.init.ask.violations"), d.violations(), List.of("none", "law", "discipline"));
        String instrument = given.instrument != null ? given.instrument
                : choice(Texts.get("cli.init.ask.instrument"), d.instrument(), List.of("none", "訓令", "告示", "規則"));
        String numbering = given.numbering != null ? given.numbering
                : choice(Texts.get("cli.init.ask.numbering"), "none".equals(instrument) ? d.numbering() : "article",
                List.of("plain", "chapter-dotted", "article"));
        String established = given.established != null ? given.established : date(Texts.get("cli.init.ask.established"), d.established());
        String cyber = given.cyberPolicy != null ? given.cyberPolicy
                : choice(Texts.get("cli.init.ask.cyber"), InitDefaults.cyberPolicyFor(established, enacted), List.of("none", "basic-policy", "separate"));
        String adoption = d.adoption();
        List<String> organs = d.organs();
        if (!"none".equals(cyber)) {
            adoption = given.adoption != null ? given.adoption : choice(Texts.get("cli.init.ask.adoption"), adoption, List.of("joint", "per-organ"));
            organs = given.organs != null ? given.organs : list(Texts.get("cli.init.ask.organs"), organs);
        }
        return new InitAnswers(id, name, kind, organisations, staff, term,
                new InitAnswers.Holders(ciso, chief, "-".equals(officer) ? null : officer, manager, h.systemManager(),
                        h.systemOperator()),
                model, zones, social, telework, violations, numbering, instrument, established, cyber, adoption, organs);
    }

    /** Answers given on the command line; null where a question is still to be asked. */
    public static final class Given {
        public String name;
        public BodyKind kind;
        public List<String> organisations;
        public List<String> staff;
        public String term;
        public String ciso;
        public String model;
        public List<String> zones;
        public String numbering;
        public String instrument;
        public String established;
        public String cyberPolicy;
        public String adoption;
        public List<String> organs;

        /** The defaults for a kind, with what was given in their place (for --defaults: nothing is asked). */
        public InitAnswers over(String id, java.time.LocalDate enacted) {
            BodyKind k = kind != null ? kind : InitDefaults.kindOf(name);
            InitAnswers d = InitDefaults.of(id, name, k);
            String est = established != null ? established : d.established();
            String inst = instrument != null ? instrument : d.instrument();
            String cyber = cyberPolicy != null ? cyberPolicy : InitDefaults.cyberPolicyFor(est, enacted);
            InitAnswers.Holders h = d.holders();
            return new InitAnswers(id, name, k, or(organisations, d.organisations()), or(staff, d.staffCategories()),
                    or(term, d.staffTerm()), new InitAnswers.Holders(or(ciso, h.ciso()), h.chiefOfficer(),
                    h.securityOfficer(), h.securityManager(), h.systemManager(), h.systemOperator()),
                    or(model, d.networkModel()), or(zones, d.zones()), d.socialMedia(), d.telework(), d.violations(),
                    or(numbering, "none".equals(inst) ? d.numbering() : "article"), inst, est, cyber,
                    or(adoption, d.adoption()), or(organs, d.organs()));
        }

        private static <T> T or(T given, T fallback) {
            return given != null ? given : fallback;
        }
    }

    private String line(String question, String shown) throws Interrupted {
        out.print(question + (shown == null ? "" : " [" + shown + "]") + ": ");
        out.flush();
        try {
            String l = in.readLine();
            if (l == null) {
                throw new Interrupted();
            }
            return l.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String question, String fallback) throws Interrupted {
        while (true) {
            String l = line(question, fallback);
            if (!l.isEmpty()) {
                return l;
            }
            if (fallback != null) {
                return fallback;
            }
        }
    }

    private String choice(String question, String fallback, List<String> allowed) throws Interrupted {
        while (true) {
            String l = text(question, fallback);
            if (allowed.contains(l)) {
                return l;
            }
            out.println("  " + Texts.get("cli.init.ask.notOneOf", l, String.join(", ", allowed)));
        }
    }

    private boolean yesNo(String question, boolean fallback) throws Interrupted {
        while (true) {
            String l = text(question, fallback ? "yes" : "no").toLowerCase(java.util.Locale.ROOT);
            if (YES.contains(l)) {
                return true;
            }
            if (NO.contains(l)) {
                return false;
            }
            out.println("  " + Texts.get("cli.init.ask.notOneOf", l, "yes, no"));
        }
    }

    private String date(String question, String fallback) throws Interrupted {
        while (true) {
            String l = text(question, fallback);
            if (Wareki.print(l).isPresent()) {
                return l;
            }
            out.println("  " + Texts.get("cli.init.ask.notADate", l));
        }
    }

    private List<String> list(String question, List<String> fallback) throws Interrupted {
        return split(text(question, String.join("、", fallback)));
    }

    /** 「市長部局、会計課」 or 「a, b」: the items, trimmed. */
    public static List<String> split(String text) {
        return Arrays.stream(text.split("[、,，]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
