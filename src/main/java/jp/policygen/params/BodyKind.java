package jp.policygen.params;

/**
 * The kinds of body that keep a policy, with the words that follow from the kind: the label
 * (市), the self-reference (本市), the word for residents (市民) and the head (市長).
 */
public enum BodyKind {
    CITY("city", "市", "本市", "市民", "市長"),
    TOWN("town", "町", "本町", "町民", "町長"),
    VILLAGE("village", "村", "本村", "村民", "村長"),
    SPECIAL_WARD("special-ward", "区", "本区", "区民", "区長"),
    PREFECTURE("prefecture", "県", "本県", "県民", "知事"),
    PARTIAL_AFFAIRS_UNION("partial-affairs-union", "組合", "本組合", "住民", "管理者"),
    WIDE_AREA_UNION("wide-area-union", "広域連合", "本広域連合", "住民", "広域連合長"),
    COUNCIL("council", "議会", "議会", "市民", "議長");

    private final String key;
    private final String label;
    private final String self;
    private final String residents;
    private final String head;

    BodyKind(String key, String label, String self, String residents, String head) {
        this.key = key;
        this.label = label;
        this.self = self;
        this.residents = residents;
        this.head = head;
    }

    public String key() {
        return key;
    }

    /** 市, 町 …; for a prefecture the last character of its name (都, 道, 府, 県). */
    public String label(String bodyName) {
        if (this == PREFECTURE && !bodyName.isEmpty()) {
            return bodyName.substring(bodyName.length() - 1);
        }
        return label;
    }

    public String self(String bodyName) {
        return this == PREFECTURE ? "本" + label(bodyName) : self;
    }

    /**
     * 市民, 都民 …; a council's residents are those of its parent body (水戸市議会 → 市民).
     */
    public String residents(String bodyName, String parentName) {
        if (this == PREFECTURE) {
            return label(bodyName) + "民";
        }
        if (this == COUNCIL && parentName != null && !parentName.isEmpty()) {
            String parentLabel = parentName.substring(parentName.length() - 1);
            return switch (parentLabel) {
                case "町" -> "町民";
                case "村" -> "村民";
                case "区" -> "区民";
                case "都", "道", "府", "県" -> parentLabel + "民";
                default -> "市民";
            };
        }
        return residents;
    }

    public String head(String bodyName) {
        if (this == PREFECTURE && bodyName.endsWith("都")) {
            return "都知事";
        }
        return head;
    }

    public boolean isUnion() {
        return this == PARTIAL_AFFAIRS_UNION || this == WIDE_AREA_UNION;
    }

    public static BodyKind fromKey(String key) {
        for (BodyKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown body kind " + key);
    }
}
