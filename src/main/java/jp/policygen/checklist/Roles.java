package jp.policygen.checklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.params.BodyParams;

/**
 * Who a rule can bind, as the body names them: its security roles (by the key of policy.yaml;
 * a role the body folds into another is that other role), the committee and the CSIRT where the
 * body has them, the staff as a whole ({@code staff}: 職員等) and the body itself ({@code body}:
 * rules that name no one, 「本市は」). The printed text marks each of these words with the
 * parameter it came from, which is how a rule's subject is recognised.
 */
public final class Roles {

    public static final String STAFF = "staff";
    public static final String BODY = "body";

    /** A role: its key, its title as printed, who holds it (may be empty). */
    public record Role(String key, String title, String holder) {
    }

    private final Map<String, Role> byKey = new LinkedHashMap<>();
    private final Map<String, String> carriers = new LinkedHashMap<>();

    public Roles(BodyParams params) {
        for (BodyParams.Role r : params.roles().values()) {
            if (r.defined()) {
                byKey.put(r.key(), new Role(r.key(), r.title(), r.holder()));
            } else if (r.dutiesOf() != null) {
                carriers.put(r.key(), r.dutiesOf());
            }
        }
        if (params.committee().enabled()) {
            byKey.put("committee", new Role("committee", params.committee().name(), ""));
        }
        if (params.csirt().enabled()) {
            byKey.put("csirt", new Role("csirt", params.csirt().name(), ""));
        }
        byKey.put(STAFF, new Role(STAFF, params.staff().term(), ""));
        byKey.put(BODY, new Role(BODY, "組織全体", ""));
    }

    /** The role a parameter of the printed text names ({@code roles.ciso.title}, {@code staff.term}), or null. */
    public String keyOf(String parameter) {
        if (parameter == null) {
            return null;
        }
        String key;
        if (parameter.startsWith("roles.") && parameter.endsWith(".title")) {
            key = parameter.substring(6, parameter.length() - 6);
            key = carriers.getOrDefault(key, key);
        } else {
            key = switch (parameter) {
                case "staff.term" -> STAFF;
                case "committee.name" -> "committee";
                case "csirt.name" -> "csirt";
                default -> null;
            };
        }
        return key != null && byKey.containsKey(key) ? key : null;
    }

    public Role get(String key) {
        Role r = byKey.get(key);
        if (r == null) {
            throw new IllegalArgumentException("no role '" + key + "'; the body's: " + String.join(", ", byKey.keySet()));
        }
        return r;
    }

    public boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** Every role in the edition's order, then the committee, the CSIRT, the staff and the body. */
    public List<Role> all() {
        return List.copyOf(byKey.values());
    }

    /** The titles of roles, joined as a list is written: 「情報セキュリティ責任者、情報セキュリティ管理者」. */
    public String titles(List<String> keys) {
        return String.join("、", keys.stream().map(k -> get(k).title()).toList());
    }
}
