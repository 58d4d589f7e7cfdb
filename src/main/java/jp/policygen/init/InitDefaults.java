package jp.policygen.init;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jp.policygen.params.BodyKind;

/**
 * The answers `policygen init` offers before a body's writer says otherwise: what most bodies of
 * a kind write (a 町 has 課 but no 部, a union a 事務局, a council 議員 among its staff). Dates
 * are today's in Japan.
 */
public final class InitDefaults {

    private InitDefaults() {
    }

    /** The kind a name reads as (東浜市 → city, 水戸市議会 → council), or city. */
    public static BodyKind kindOf(String name) {
        for (BodyKind k : List.of(BodyKind.BOARD_OF_EDUCATION, BodyKind.COUNCIL, BodyKind.WIDE_AREA_UNION,
                BodyKind.PARTIAL_AFFAIRS_UNION, BodyKind.CITY, BodyKind.TOWN, BodyKind.VILLAGE, BodyKind.SPECIAL_WARD,
                BodyKind.PREFECTURE)) {
            if (k.nameEndings().stream().anyMatch(name::endsWith)) {
                return k;
            }
        }
        return BodyKind.CITY;
    }

    /** 市長部局, 町長部局 … and the other organs' offices a body of the kind usually has. */
    public static List<String> organisations(BodyKind kind, String name) {
        return switch (kind) {
            case COUNCIL -> List.of("議会", "議会事務局");
            case BOARD_OF_EDUCATION -> List.of("教育委員会事務局");
            case PARTIAL_AFFAIRS_UNION, WIDE_AREA_UNION -> List.of("事務局", "議会事務局", "監査委員事務局");
            case PREFECTURE -> List.of("知事部局", "会計局", "企業局", "教育委員会事務局", "議会事務局",
                    "選挙管理委員会事務局", "監査委員事務局", "人事委員会事務局", "労働委員会事務局");
            case DESIGNATED_CITY -> List.of("市長部局（区役所を含む。）", "会計室", "水道局", "交通局", "教育委員会事務局",
                    "議会局", "選挙管理委員会事務局", "人事委員会事務局", "監査事務局", "農業委員会事務局");
            default -> List.of(kind.head(name) + "部局", "会計管理者の補助組織", "教育委員会事務局", "議会事務局",
                    "選挙管理委員会事務局", "監査委員事務局", "農業委員会事務局");
        };
    }

    public static List<String> staffCategories(BodyKind kind) {
        return kind == BodyKind.COUNCIL ? List.of("議員", "議会事務局の職員", "会計年度任用職員")
                : List.of("職員", "特別職の職員", "再任用職員", "会計年度任用職員");
    }

    public static String staffTerm(BodyKind kind) {
        return kind == BodyKind.COUNCIL ? "議員及び職員" : "職員等";
    }

    /** Whether the body has 部 between its CISO and its 課 (a city, a ward, a prefecture). */
    private static boolean large(BodyKind kind) {
        return kind.isCity() || kind == BodyKind.SPECIAL_WARD || kind == BodyKind.PREFECTURE;
    }

    public static InitAnswers.Holders holders(BodyKind kind, String name) {
        String ciso = switch (kind) {
            case COUNCIL -> "議会事務局長";
            case BOARD_OF_EDUCATION -> "教育長";
            case PARTIAL_AFFAIRS_UNION, WIDE_AREA_UNION -> "事務局長";
            case PREFECTURE -> "副知事";
            default -> "副" + kind.head(name);
        };
        if (kind == BodyKind.DESIGNATED_CITY) {
            return new InitAnswers.Holders(ciso, "情報政策を所管する局の長", "各局長及び各区長", "各課長",
                    "情報システムを所管する課長", "情報システム管理者が指名する職員");
        }
        if (large(kind)) {
            return new InitAnswers.Holders(ciso, "総務部長", "各部長", "各課長", "情報システムを所管する課長",
                    "情報システム管理者が指名する職員");
        }
        String chief = switch (kind) {
            case COUNCIL -> "議会事務局次長";
            case BOARD_OF_EDUCATION -> "教育総務課長";
            default -> "総務課長";
        };
        return new InitAnswers.Holders(ciso, chief, null, "各課長", "情報システムを所管する課長",
                "情報システム管理者が指名する職員");
    }

    /** A council, a board or a union runs no マイナンバー利用事務系 of its own. */
    public static List<String> zones(BodyKind kind) {
        return kind.isOrgan() || kind.isUnion() ? List.of("lgwan", "internet") : List.of("my-number", "lgwan", "internet");
    }

    /** The organs that usually adopt the 方針 of 地方自治法 together. */
    public static List<String> organs(BodyKind kind, String name) {
        return switch (kind) {
            case COUNCIL -> List.of("議会");
            case BOARD_OF_EDUCATION -> List.of("教育委員会");
            case PARTIAL_AFFAIRS_UNION, WIDE_AREA_UNION -> List.of(kind.head(name), "議会", "監査委員");
            case PREFECTURE -> List.of("知事", "議会", "教育委員会", "選挙管理委員会", "人事委員会", "監査委員");
            default -> List.of(kind.head(name), "議会", "教育委員会", "選挙管理委員会", "監査委員", "農業委員会");
        };
    }

    /** This month in Japan, as policy.yaml writes it (2026-12). */
    public static String thisMonth() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        return String.format("%04d-%02d", today.getYear(), today.getMonthValue());
    }

    /**
     * basic-policy for a body established after 地方自治法 asked for the 方針 ({@code enacted}: the
     * edition's date of the statute; null when the edition knows none) (a new text usually
     * doubles as it), none for an older date (its text cannot cite a later statute).
     */
    public static String cyberPolicyFor(String established, LocalDate enacted) {
        return enacted == null || jp.policygen.text.Wareki.toDate(established).map(d -> d.isBefore(enacted)).orElse(false)
                ? "none" : "basic-policy";
    }

    public static InitAnswers of(String id, String name, BodyKind kind) {
        return new InitAnswers(id, name, kind, organisations(kind, name), staffCategories(kind), staffTerm(kind),
                holders(kind, name), "alpha", zones(kind), false, false, "law", "plain", "none", thisMonth(),
                "basic-policy", "joint", organs(kind, name));
    }
}
