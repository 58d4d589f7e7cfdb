package jp.policygen.checklist;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.params.BodyParams;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.i18n.Texts;

/**
 * A body's checklists, from its standards as generated (through the same lint gate as
 * {@code generate}): the rules once, then the 監査 checklist of them all and a 自己点検 checklist for
 * each role that some rule binds.
 */
public final class Checklists {

    /** The id of the document checklists are made from. */
    public static final String STANDARDS = "standards";

    private final PrintedDocument standards;
    private final Roles roles;
    private final List<Rule> rules;

    public Checklists(BodyParams params, PrintedDocument standards) {
        this.standards = standards;
        this.roles = new Roles(params);
        this.rules = Rules.of(standards, roles);
    }

    /** The body's standards among its printed documents, or a bad-input error naming what it has. */
    public static PrintedDocument standardsOf(String bodyId, List<PrintedDocument> documents) {
        return documents.stream().filter(d -> d.info().kind().stem().equals(STANDARDS)).findFirst()
                .orElseThrow(() -> PolicygenException.badInput(new Problem(null, 0, 0, bodyId, Texts.get("checklist.noStandards", bodyId), Texts.get("checklist.noStandards.fix"))));
    }

    public List<Rule> rules() {
        return rules;
    }

    public Roles roles() {
        return roles;
    }

    public Checklist audit() {
        return Checklist.audit(standards.info(), rules, roles);
    }

    public Checklist selfCheck(String roleKey) {
        if (!roles.has(roleKey)) {
            throw PolicygenException.badInput(new Problem(null, 0, 0, "--role", Texts.get("checklist.noRole", roleKey),
                    Texts.get("checklist.noRole.fix", String.join(", ", roles.all().stream().map(Roles.Role::key).toList()))));
        }
        return Checklist.selfCheck(standards.info(), rules, roles, roleKey);
    }

    /** A self-check for every role that some rule binds, in the roles' order. */
    public List<Checklist> selfChecks() {
        List<Checklist> out = new ArrayList<>();
        for (Roles.Role r : roles.all()) {
            if (rules.stream().anyMatch(rule -> rule.roles().contains(r.key()))) {
                out.add(Checklist.selfCheck(standards.info(), rules, roles, r.key()));
            }
        }
        return out;
    }

    /** The checklist a filled one was made as: its kind and role, from today's standards. */
    public Checklist like(FilledChecklist filled) {
        return filled.kind() == Kind.AUDIT ? audit() : selfCheck(filled.roleKey());
    }
}
