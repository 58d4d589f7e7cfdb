package jp.policygen.params;

/**
 * The kinds of body that keep a policy, with the words that follow from the kind: the label
 * (市), the self-reference (本市), the word for residents (市民), the head (市長) and the kind's
 * name as people say it (政令指定都市). A council and a board of education are organs of another
 * body (their parent), whose residents they serve.
 */
public enum BodyKind {
    CITY("city", "市", "本市", "市民", "市長", "市"),
    DESIGNATED_CITY("designated-city", "市", "本市", "市民", "市長", "政令指定都市"),
    CORE_CITY("core-city", "市", "本市", "市民", "市長", "中核市"),
    TOWN("town", "町", "本町", "町民", "町長", "町"),
    VILLAGE("village", "村", "本村", "村民", "村長", "村"),
    SPECIAL_WARD("special-ward", "区", "本区", "区民", "区長", "特別区"),
    PREFECTURE("prefecture", "県", "本県", "県民", "知事", "都道府県"),
    PARTIAL_AFFAIRS_UNION("partial-affairs-union", "組合", "本組合", "住民", "管理者", "一部事務組合"),
    WIDE_AREA_UNION("wide-area-union", "広域連合", "本広域連合", "住民", "広域連合長", "広域連合"),
    COUNCIL("council", "議会", "議会", "市民", "議長", "議会"),
    BOARD_OF_EDUCATION("board-of-education", "教育委員会", "教育委員会", "市民", "教育長", "教育委員会");

    private final String key;
    private final String label;
    private final String self;
    private final String residents;
    private final String head;
    private final String kindName;

    BodyKind(String key, String label, String self, String residents, String head, String kindName) {
        this.key = key;
        this.label = label;
        this.self = self;
        this.residents = residents;
        this.head = head;
        this.kindName = kindName;
    }

    public String key() {
        return key;
    }

    /** What the kind is called: 政令指定都市, 特別区, 一部事務組合 … (市 for a city). */
    public String kindName() {
        return kindName;
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
     * 市民, 都民 …; an organ's residents are those of its parent body (水戸市議会 → 市民).
     */
    public String residents(String bodyName, String parentName) {
        if (this == PREFECTURE) {
            return label(bodyName) + "民";
        }
        if (isOrgan() && parentName != null && !parentName.isEmpty()) {
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

    /** The head of an organ's parent body (東浜市 → 市長), or "" when there is none. */
    public static String headOf(String parentName) {
        if (parentName == null || parentName.isEmpty()) {
            return "";
        }
        return switch (parentName.substring(parentName.length() - 1)) {
            case "町" -> "町長";
            case "村" -> "村長";
            case "区" -> "区長";
            case "都" -> "都知事";
            case "道", "府", "県" -> "知事";
            default -> "市長";
        };
    }

    /** The endings a body's name of this kind has (東浜市, 水戸市議会). */
    public java.util.List<String> nameEndings() {
        return switch (this) {
            case CITY, DESIGNATED_CITY, CORE_CITY -> java.util.List.of("市");
            case TOWN -> java.util.List.of("町");
            case VILLAGE -> java.util.List.of("村");
            case SPECIAL_WARD -> java.util.List.of("区");
            case PREFECTURE -> java.util.List.of("都", "道", "府", "県");
            case COUNCIL -> java.util.List.of("議会");
            case BOARD_OF_EDUCATION -> java.util.List.of("教育委員会");
            case PARTIAL_AFFAIRS_UNION -> java.util.List.of("組合");
            case WIDE_AREA_UNION -> java.util.List.of("広域連合");
        };
    }

    public boolean isUnion() {
        return this == PARTIAL_AFFAIRS_UNION || this == WIDE_AREA_UNION;
    }

    /** A city of any size: 市, 政令指定都市, 中核市. */
    public boolean isCity() {
        return this == CITY || this == DESIGNATED_CITY || this == CORE_CITY;
    }

    /** An organ of another body (議会, 教育委員会), which names that body as its parent. */
    public boolean isOrgan() {
        return this == COUNCIL || this == BOARD_OF_EDUCATION;
    }

    public static BodyKind fromKey(String key) {
        for (BodyKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown body kind " + key);
    }

    /** Every kind's key, in order: city, designated-city … */
    public static java.util.List<String> keys() {
        return java.util.Arrays.stream(values()).map(BodyKind::key).toList();
    }
}
