package jp.policygen.init;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The commented policy.yaml `policygen init` writes: every answer at its key, with a comment that
 * says what else the key takes, so the file explains itself to the next person who edits it.
 */
public final class PolicyYaml {

    /** Values YAML reads back as the same string without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[^\\s:#\\[\\]{},&*!|>'\"%@`\\\\][^:#\\[\\]{},&*!|>'\"%@`\\\\]*");
    private static final Pattern LOOKS_TYPED = Pattern.compile("(?i)(true|false|yes|no|on|off|null|~|[-+.0-9].*)");

    private PolicyYaml() {
    }

    public static String of(InitAnswers a) {
        StringBuilder y = new StringBuilder();
        y.append("# yaml-language-server: $schema=../../schema/policy.schema.json\n")
                .append("#\n# ").append(a.name()).append(": written by `policygen init ").append(a.id())
                .append("`. Check every value against the body's own\n")
                .append("# organisation, then run `./policygen validate ").append(a.id()).append("` and `./policygen generate ")
                .append(a.id()).append("`.\n")
                .append("# municipalities/model/policy.yaml and schema/policy.schema.json list every key.\n")
                .append("schemaVersion: 1\ntemplates: r7\n\n");
        y.append("body:\n  name: ").append(q(a.name())).append('\n')
                .append("  kind: ").append(a.kind().key())
                .append("                  # city designated-city core-city town village special-ward prefecture\n")
                .append("                                    # partial-affairs-union wide-area-union council board-of-education\n\n");
        y.append("scope:\n  organisations:                    # 行政機関の範囲, in the order printed\n");
        list(y, a.organisations(), "    ");
        y.append("  exclusions: []                    # systems left out, e.g. 学校の学習系の情報システム\n\n");
        y.append("staff:\n  categories: ").append(flow(a.staffCategories())).append('\n')
                .append("  term: ").append(q(a.staffTerm()))
                .append("                   # the collective term; one of the categories needs definition: includes\n")
                .append("  contractorTerm: 委託事業者\n\n");
        InitAnswers.Holders h = a.holders();
        y.append("roles:                              # who holds each role; a role may be renamed: { title: …, holder: … }\n")
                .append("  ciso:            { holder: ").append(q(h.ciso())).append(", abbr: CISO }\n")
                .append("  chiefOfficer:    { holder: ").append(q(h.chiefOfficer())).append(" }\n");
        if (h.securityOfficer() == null) {
            y.append("  securityOfficer: { defined: false, dutiesOf: securityManager }   # no 部 level: the 課長 carry it\n");
        } else {
            y.append("  securityOfficer: { holder: ").append(q(h.securityOfficer())).append(" }\n");
        }
        y.append("  securityManager: { holder: ").append(q(h.securityManager())).append(" }\n")
                .append("  systemManager:   { holder: ").append(q(h.systemManager())).append(" }\n")
                .append("  systemOperator:  { holder: ").append(q(h.systemOperator())).append(" }\n")
                .append("  # optional: deputyCiso, advisor\n\n");
        y.append("committee: { enabled: true }        # name: 情報セキュリティ委員会\n")
                .append("csirt: { enabled: true }            # name: CSIRT\n\n");
        y.append("network:\n  model: ").append(a.networkModel())
                .append("                      # alpha alpha-prime beta beta-prime none\n")
                .append("  zones: ").append(flow(a.zones())).append("       # my-number lgwan internet juki-net\n")
                .append("  # resilience: [my-number]         # zones the 強靱性 measure covers (default: every zone)\n")
                .append("  securityCloud: true\n  wirelessLan: false\n\n");
        y.append("classification:\n  scheme: current                   # current (自治体機密性 3A–1) | legacy | local\n\n");
        y.append("threats:\n  list: model                       # model | classes (意図的・偶発的・環境的) | own (threats.own)\n")
                .append("  epidemic: false\n  infrastructure: true\n  extra: []\n\n");
        y.append("definitions:\n  extra: []\n\n");
        y.append("options:\n  cloud: true\n  governmentCloud: ").append(!a.kind().isOrgan() && !a.kind().isUnion())
                .append("\n  socialMedia: ").append(a.socialMedia())
                .append("\n  outsourcing: true\n  telework: ").append(a.telework())
                .append("\n  violations: ").append(a.violations()).append("                    # none | law | discipline (懲戒処分)\n")
                .append("  publication: basic-policy         # basic-policy | basic-policy-and-audit\n\n");
        y.append("dates:\n  established: ").append(q(a.established()))
                .append("              # YYYY-MM, YYYY-MM-DD or 和暦 (令和8年3月)\n")
                .append("  revisions: []                     # - { date: 2027-03, note: … }, oldest first\n\n");
        if (!"none".equals(a.cyberPolicy())) {
            y.append("cyberPolicy:                        # the 方針 of 地方自治法: none | basic-policy | separate\n")
                    .append("  form: ").append(a.cyberPolicy()).append('\n')
                    .append("  adoption: ").append(a.adoption()).append("                   # joint | per-organ (one document each)\n")
                    .append("  organs: ").append(flow(a.organs())).append('\n')
                    .append("  # adopted: 2026-03-31             # default: the last revision's date\n\n");
        } else {
            y.append("# cyberPolicy: { form: basic-policy, organs: [...] }   # the 方針 of 地方自治法, once adopted\n\n");
        }
        y.append("numbering:\n  style: ").append(a.numbering()).append("                      # plain | chapter-dotted | article\n")
                .append("  documentChapters: false\n");
        if (!"none".equals(a.instrument())) {
            y.append("\ninstrument:                         # adopted as a 例規\n  kind: ").append(a.instrument())
                    .append("                        # 訓令 | 告示 | 規則\n");
        }
        y.append("\n# clauses:                          # local order and wording, by clause id\n")
                .append("#   move:    [{ id: basic.measures.human, before: basic.measures.physical }]\n")
                .append("#   preface: { title: 前文, text: … }\n")
                .append("#   add:     [{ id: local.training, after: basic.duties, title: 研修, file: clauses/training.md }]\n")
                .append("#   drop:    [basic.publication]\n");
        return y.toString();
    }

    private static void list(StringBuilder y, List<String> items, String indent) {
        for (String item : items) {
            y.append(indent).append("- ").append(q(item)).append('\n');
        }
    }

    private static String flow(List<String> items) {
        return "[" + String.join(", ", items.stream().map(PolicyYaml::q).toList()) + "]";
    }

    /** A string as YAML reads it back unchanged: plain where it can be, else double-quoted. */
    static String q(String value) {
        if (PLAIN.matcher(value).matches() && !LOOKS_TYPED.matcher(value).matches() && value.equals(value.strip())) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
