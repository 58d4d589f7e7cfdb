package jp.policygen.init;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jp.policygen.params.BodyKind;
import jp.policygen.text.Wareki;

/**
 * The questions of `policygen init`, one line each, with the default in brackets: Enter keeps it.
 * The answers given as flags are not asked again. The end of the input before the last question
 * (Ctrl-D, a closed pipe) ends the interview with nothing to write.
 */
public final class Interview {

    // Every line the interview prints, in one place.
    static final String INTRO = "New body %s: answer each question, or press Enter to keep the value in [brackets].";
    static final String ASK_NAME = "Name of the body (e.g. 東浜市, 水戸市議会)";
    static final String ASK_KIND = "Kind (%s)";
    static final String ASK_ORGANISATIONS = "Organisations in scope, separated by 、 or ,";
    static final String ASK_STAFF = "Staff categories who must comply";
    static final String ASK_TERM = "Collective term for them (not one of the categories)";
    static final String ASK_CISO = "Who is the 最高情報セキュリティ責任者 (CISO)";
    static final String ASK_CHIEF = "Who is the 統括情報セキュリティ責任者";
    static final String ASK_OFFICER = "Who are the 情報セキュリティ責任者 (- : none, the 課長 carry it)";
    static final String ASK_MANAGER = "Who are the 情報セキュリティ管理者";
    static final String ASK_MODEL = "Network separation model (alpha, alpha-prime, beta, beta-prime, none)";
    static final String ASK_ZONES = "Network zones (my-number, lgwan, internet, juki-net)";
    static final String ASK_SOCIAL = "Does the body use social media accounts (yes/no)";
    static final String ASK_TELEWORK = "Does its staff telework (yes/no)";
    static final String ASK_VIOLATIONS = "Clause on violations (none, law, discipline)";
    static final String ASK_NUMBERING = "Numbering style (plain, chapter-dotted, article)";
    static final String ASK_INSTRUMENT = "Adopted as a 例規 (none, 訓令, 告示, 規則)";
    static final String ASK_ESTABLISHED = "Date of establishment (2026-03, 2026-03-31 or 令和8年3月)";
    static final String ASK_CYBER = "The 方針 of 地方自治法 (none, basic-policy: the basic policy doubles as it, separate)";
    static final String ASK_ADOPTION = "Adopted jointly or per organ (joint, per-organ)";
    static final String ASK_ORGANS = "Organs that adopt it";
    static final String NOT_ONE_OF = "  '%s' is not one of: %s";
    static final String NOT_A_DATE = "  '%s' is not a date such as 2026-03 or 令和8年3月";

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
        out.println(String.format(INTRO, id));
        String name = given.name != null ? given.name : text(ASK_NAME, null);
        BodyKind kind = given.kind != null ? given.kind
                : BodyKind.fromKey(choice(String.format(ASK_KIND, String.join(", ", BodyKind.keys())),
                InitDefaults.kindOf(name).key(), BodyKind.keys()));
        InitAnswers d = InitDefaults.of(id, name, kind);
        List<String> organisations = given.organisations != null ? given.organisations
                : list(ASK_ORGANISATIONS, d.organisations());
        List<String> staff = given.staff != null ? given.staff : list(ASK_STAFF, d.staffCategories());
        String term = given.term != null ? given.term : text(ASK_TERM, d.staffTerm());
        InitAnswers.Holders h = d.holders();
        String ciso = given.ciso != null ? given.ciso : text(ASK_CISO, h.ciso());
        String chief = text(ASK_CHIEF, h.chiefOfficer());
        String officer = text(ASK_OFFICER, h.securityOfficer() == null ? "-" : h.securityOfficer());
        String manager = text(ASK_MANAGER, h.securityManager());
        String model = given.model != null ? given.model
                : choice(ASK_MODEL, d.networkModel(), List.of("alpha", "alpha-prime", "beta", "beta-prime", "none"));
        List<String> zones = given.zones != null ? given.zones : list(ASK_ZONES, d.zones());
        boolean social = yesNo(ASK_SOCIAL, d.socialMedia());
        boolean telework = yesNo(ASK_TELEWORK, d.telework());
        String violations = choice(ASK_VIOLATIONS, d.violations(), List.of("none", "law", "discipline"));
        String instrument = given.instrument != null ? given.instrument
                : choice(ASK_INSTRUMENT, d.instrument(), List.of("none", "訓令", "告示", "規則"));
        String numbering = given.numbering != null ? given.numbering
                : choice(ASK_NUMBERING, "none".equals(instrument) ? d.numbering() : "article",
                List.of("plain", "chapter-dotted", "article"));
        String established = given.established != null ? given.established : date(ASK_ESTABLISHED, d.established());
        String cyber = given.cyberPolicy != null ? given.cyberPolicy
                : choice(ASK_CYBER, InitDefaults.cyberPolicyFor(established, enacted), List.of("none", "basic-policy", "separate"));
        String adoption = d.adoption();
        List<String> organs = d.organs();
        if (!"none".equals(cyber)) {
            adoption = given.adoption != null ? given.adoption : choice(ASK_ADOPTION, adoption, List.of("joint", "per-organ"));
            organs = given.organs != null ? given.organs : list(ASK_ORGANS, organs);
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
            out.println(String.format(NOT_ONE_OF, l, String.join(", ", allowed)));
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
            out.println(String.format(NOT_ONE_OF, l, "yes, no"));
        }
    }

    private String date(String question, String fallback) throws Interrupted {
        while (true) {
            String l = text(question, fallback);
            if (Wareki.print(l).isPresent()) {
                return l;
            }
            out.println(String.format(NOT_A_DATE, l));
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
