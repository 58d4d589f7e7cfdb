package jp.policygen.init;

import java.util.List;

import jp.policygen.params.BodyKind;

/**
 * What `policygen init` asks for a new body, each answer as policy.yaml takes it. The defaults
 * follow from the kind (see {@link InitDefaults}); nothing here is checked: the written file is
 * validated by the parameter reader before it is kept.
 */
public record InitAnswers(String id, String name, BodyKind kind, List<String> organisations, List<String> staffCategories,
                          String staffTerm, Holders holders, String networkModel, List<String> zones,
                          boolean socialMedia, boolean telework, String violations, String numbering,
                          String instrument, String established, String cyberPolicy, String adoption,
                          List<String> organs) {

    public InitAnswers {
        organisations = List.copyOf(organisations);
        staffCategories = List.copyOf(staffCategories);
        zones = List.copyOf(zones);
        organs = List.copyOf(organs);
    }

    /** The holders of the model's roles (情報セキュリティ責任者 may be folded into the managers: null). */
    public record Holders(String ciso, String chiefOfficer, String securityOfficer, String securityManager,
                          String systemManager, String systemOperator) {
    }
}
