package jp.policygen.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One invented body: its id, {@code policy.yaml} and local clause files, decided by its index
 * and a seed alone (so body 7 is the same whether 12 or 1,800 are made). The index picks what
 * must be covered by a few bodies (kind, numbering style, network model, classification
 * scheme, local wording); a random generator seeded from (seed, index) picks the rest. Every
 * value is one a real body of that kind could write: 副町長 only in a town, zones the model
 * needs, revisions in order and dated inside their era, defined terms that the text uses.
 */
final class SyntheticBody {

    /** The eight kinds, with the words the parameters use for each. */
    enum Kind {
        CITY("city", "市", "市長", "副市長"),
        TOWN("town", "町", "町長", "副町長"),
        VILLAGE("village", "村", "村長", "副村長"),
        SPECIAL_WARD("special-ward", "区", "区長", "副区長"),
        PREFECTURE("prefecture", "県", "知事", "副知事"),
        PARTIAL_AFFAIRS_UNION("partial-affairs-union", "組合", "管理者", "事務局長"),
        WIDE_AREA_UNION("wide-area-union", "広域連合", "広域連合長", "事務局長"),
        COUNCIL("council", "議会", "議長", "議会事務局長");

        final String key;
        final String label;
        final String head;
        final String cisoHolder;

        Kind(String key, String label, String head, String cisoHolder) {
            this.key = key;
            this.label = label;
            this.head = head;
            this.cisoHolder = cisoHolder;
        }

        boolean isMunicipal() {
            return this == CITY || this == TOWN || this == VILLAGE || this == SPECIAL_WARD;
        }

        boolean isUnion() {
            return this == PARTIAL_AFFAIRS_UNION || this == WIDE_AREA_UNION;
        }

        /** Big enough for a 部 level between the CISO and the 課. */
        boolean hasDepartments() {
            return this == CITY || this == SPECIAL_WARD || this == PREFECTURE;
        }
    }

    /** Numbering style and book form: the five layouts a body can choose. */
    record Layout(String style, boolean documentChapters) {
    }

    /** The layouts bodies are given: every numbering style, with and without book form where it has one. */
    static final List<Layout> LAYOUTS = List.of(new Layout("plain", false), new Layout("plain", true),
            new Layout("chapter-dotted", true), new Layout("article", false), new Layout("chapter-dotted", false));
    static final List<String> NETWORK_MODELS = List.of("alpha", "alpha-prime", "beta", "beta-prime", "none");
    static final List<String> SCHEMES = List.of("current", "legacy", "local");

    /** First halves of invented place names (60 × 30 second halves: 1,800 names, none repeated). */
    private static final List<String> PLACE_HEADS = List.of(
            "青葉", "朝日", "東原", "西浦", "南条", "北見", "若葉", "桜井", "松原", "竹田",
            "梅沢", "柏木", "杉本", "桐原", "富士見", "高森", "大内", "小松", "中津", "長沢",
            "白石", "黒田", "赤坂", "緑", "金谷", "銀杏", "岩瀬", "水沢", "花園", "月岡",
            "星野", "日向", "風間", "雪野", "霧谷", "鶴見", "亀井", "鷹巣", "鳩ヶ丘", "鹿野",
            "藤野", "菊池", "萩野", "蓮見", "葛城", "楓", "椿", "桃園", "柚木", "栗原",
            "稲葉", "麦倉", "豊岡", "美浜", "清水", "光が丘", "陽南", "明石", "春日", "秋津");
    private static final List<String> PLACE_TAILS = List.of(
            "", "川", "山", "野", "原", "沢", "田", "浜", "崎", "島",
            "台", "谷", "森", "里", "平", "尾", "岡", "坂", "浦", "江",
            "瀬", "津", "木", "井", "橋", "宮", "畑", "湊", "根", "音");

    private final int index;
    private final Dice dice;
    final Kind kind;
    final Layout layout;
    final String id;
    final String name;
    private final String place;
    /** The word the text calls the body by (本市, 本県, 議会 …), for definitions and clause files. */
    private final String self;
    private final String contractorTerm;
    private final boolean telework;
    private final List<String[]> definitions = new ArrayList<>();
    private final List<String> threats = new ArrayList<>();
    private final Map<String, String> clauseFiles = new LinkedHashMap<>();
    private String membersCache;

    SyntheticBody(int index, long seed) {
        this.index = index;
        this.dice = new Dice(seed * 1_000_003L + index);
        this.kind = Kind.values()[index % Kind.values().length];
        // shifted by one every round of kinds, so that each kind meets every layout
        this.layout = LAYOUTS.get((index + index / Kind.values().length) % LAYOUTS.size());
        this.place = place(index);
        this.name = name();
        this.id = String.format(Locale.ROOT, "s%04d-%s", index + 1, kind.key);
        this.self = self();
        this.contractorTerm = pick("委託事業者", "委託事業者", "委託事業者", "外部委託事業者", "受託事業者");
        this.telework = !kind.isUnion() && kind != Kind.COUNCIL && chance(0.4);
    }

    /** The files of the body's folder, relative to it: policy.yaml first, then clause files. */
    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("policy.yaml", policyYaml());
        files.putAll(clauseFiles);
        return files;
    }

    private static String place(int index) {
        String head = PLACE_HEADS.get(index % PLACE_HEADS.size());
        String tail = PLACE_TAILS.get((index / PLACE_HEADS.size()) % PLACE_TAILS.size());
        // 梅沢 + 沢 would double a character: 梅沢新田 instead (no other tail gives it, names stay unique)
        if (!tail.isEmpty() && head.endsWith(tail)) {
            tail = "新田";
        }
        return head + tail;
    }

    private String name() {
        return switch (kind) {
            case PREFECTURE -> place + pick("県", "県", "県", "県", "府", "都", "道");
            case PARTIAL_AFFAIRS_UNION -> place + pick("衛生組合", "環境施設組合", "広域行政事務組合", "消防組合", "斎場組合");
            case WIDE_AREA_UNION -> place + pick("地域広域連合", "県後期高齢者医療広域連合", "広域連合");
            case COUNCIL -> place + pick("市", "市", "町", "村", "区", "県") + "議会";
            default -> place + kind.label;
        };
    }

    private String self() {
        if (kind == Kind.PREFECTURE) {
            return "本" + name.substring(name.length() - 1);
        }
        return kind == Kind.COUNCIL ? "議会" : "本" + kind.label;
    }

    /** For a prefecture, its head: 都知事 in a 都. */
    private String head() {
        return kind == Kind.PREFECTURE && name.endsWith("都") ? "都知事" : kind.head;
    }

    /** 市立, 町立, 県立 … for the schools a municipality or prefecture runs. */
    private String schoolOwner() {
        return kind == Kind.PREFECTURE ? name.substring(name.length() - 1) + "立" : kind.label + "立";
    }

    // ---- policy.yaml ----------------------------------------------------------------------------

    private String policyYaml() {
        YamlText y = new YamlText();
        y.comment("yaml-language-server: $schema=../../schema/policy.schema.json")
                .comment("")
                .comment("A synthetic body for benchmarks and tests (jp.policygen.bench.SyntheticBodies, body " + (index + 1) + "):")
                .comment("an invented name; every value is plausible for a " + kind.key + ", none is a real body's.")
                .entry(0, "schemaVersion", 1)
                .entry(0, "templates", "r7")
                .blank();
        body(y);
        policy(y);
        scope(y);
        // roles and the network decide definitions and threats, which are written after them
        String staff = staff();
        String roles = roles();
        y.blank();
        appendRaw(y, staff);
        y.blank();
        appendRaw(y, roles);
        y.blank();
        units(y);
        y.blank();
        network(y);
        y.blank();
        classification(y);
        y.blank();
        options(y); // before threats and definitions: telework adds a definition
        y.blank();
        threats(y);
        y.blank();
        definitions(y);
        y.blank();
        new SyntheticHistory(dice, telework).write(y);
        y.blank();
        y.open(0, "numbering").entry(2, "style", layout.style()).entry(2, "documentChapters", layout.documentChapters());
        if (index % 4 == 3) {
            y.blank();
            clauseFiles.putAll(SyntheticClauses.write(y, (index / 4) % SyntheticClauses.VARIANTS));
        }
        return y.toString();
    }

    private static void appendRaw(YamlText y, String text) {
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                y.raw(line);
            }
        }
    }

    private void body(YamlText y) {
        y.open(0, "body").entry(2, "name", name).entry(2, "kind", kind.key);
        if (kind == Kind.COUNCIL) {
            if (chance(0.5)) {
                y.entry(2, "selfReference", "議会");
            }
            if (chance(0.3)) {
                y.entry(2, "parent", name.substring(0, name.length() - 2));
            }
        }
        y.blank();
    }

    private void policy(YamlText y) {
        boolean title = chance(0.15);
        boolean procedures = chance(0.2);
        if (!title && !procedures) {
            return;
        }
        y.open(0, "policy");
        if (title) {
            y.entry(2, "title", name + "行政情報セキュリティポリシー");
        }
        if (procedures) {
            y.entry(2, "proceduresTitle", name + "情報セキュリティ実施手順");
        }
        y.blank();
    }

    private void scope(YamlText y) {
        List<String> organisations = new ArrayList<>();
        List<String> optional;
        switch (kind) {
            case CITY, TOWN, VILLAGE, SPECIAL_WARD -> {
                organisations.add(kind.head + "部局");
                organisations.add(pick(kind == Kind.CITY ? "会計管理者の補助組織" : "会計課", "会計室", "出納室"));
                optional = new ArrayList<>(List.of("上下水道局", "教育委員会事務局", "議会事務局", "選挙管理委員会事務局",
                        "監査委員事務局", "農業委員会事務局", "公平委員会事務局", "消防本部"));
                if (kind == Kind.SPECIAL_WARD) {
                    optional.remove("上下水道局");
                    optional.remove("農業委員会事務局");
                    optional.remove("消防本部");
                }
            }
            case PREFECTURE -> {
                organisations.add("知事部局");
                organisations.add("会計局");
                optional = List.of("企業局", "病院局", "教育委員会事務局", "議会事務局", "選挙管理委員会事務局", "監査委員事務局",
                        "人事委員会事務局", "労働委員会事務局", "収用委員会事務局", "海区漁業調整委員会事務局");
            }
            case PARTIAL_AFFAIRS_UNION, WIDE_AREA_UNION -> {
                organisations.add("事務局");
                optional = List.of("議会事務局", "選挙管理委員会事務局", "監査委員事務局");
            }
            default -> {
                organisations.add("議会");
                organisations.add("議会事務局");
                optional = List.of();
            }
        }
        for (String o : optional) {
            if (chance(0.7)) {
                organisations.add(o);
            }
        }
        List<String> exclusions = new ArrayList<>();
        if ((kind.isMunicipal() || kind == Kind.PREFECTURE) && chance(0.4)) {
            exclusions.add(schoolOwner() + "学校の校務系及び学習系の情報システム");
        }
        y.open(0, "scope").list(2, "organisations", organisations, chance(0.3)).list(2, "exclusions", exclusions, false);
    }

    private String staff() {
        List<String> categories = new ArrayList<>();
        String term = "職員等";
        switch (kind) {
            case COUNCIL -> {
                categories.addAll(List.of("議員", "議会事務局の職員"));
                if (chance(0.7)) {
                    categories.add("会計年度任用職員");
                }
                term = pick("職員等", "議員及び職員");
            }
            case PARTIAL_AFFAIRS_UNION, WIDE_AREA_UNION -> {
                categories.add("職員");
                String members = members();
                categories.add(members + "からの派遣職員");
                definitions.add(new String[] {members, "本" + kind.label + "を組織する" + membersWhere() + "をいう。"});
                if (chance(0.7)) {
                    categories.add("会計年度任用職員");
                }
            }
            default -> {
                categories.add("職員");
                if (chance(0.2)) { // written before 会計年度任用職員 existed (2020)
                    categories.addAll(List.of("非常勤職員", "臨時職員"));
                } else {
                    for (String c : List.of("特別職の職員", "再任用職員", "任期付職員", "会計年度任用職員")) {
                        if (chance(0.6)) {
                            categories.add(c);
                        }
                    }
                }
            }
        }
        YamlText y = new YamlText();
        y.open(0, "staff").list(2, "categories", categories, true).entry(2, "term", term).entry(2, "contractorTerm", contractorTerm);
        return y.toString();
    }

    /** What a union is made of: 構成市町村, 構成市 … (a term it defines and uses). */
    private String members() {
        if (membersCache == null) {
            membersCache = kind == Kind.WIDE_AREA_UNION ? "構成市町村" : pick("構成市町村", "構成市", "構成団体");
        }
        return membersCache;
    }

    private String membersWhere() {
        return switch (members()) {
            case "構成市" -> "市";
            case "構成団体" -> "地方公共団体";
            default -> "市町村";
        };
    }

    /** The roles; renamed, folded (defined: false, dutiesOf) or left out as bodies of this kind do. */
    private String roles() {
        YamlText y = new YamlText();
        y.open(0, "roles");
        int renaming = dice.nextInt(10);
        boolean tadamiStyle = renaming == 0 && !kind.hasDepartments(); // three roles under their own names
        String cisoTitle = tadamiStyle ? "最高情報総括責任者" : null;
        String managerTitle = tadamiStyle ? "情報管理者" : renaming == 1 ? "情報セキュリティ管理責任者" : null;
        String chiefTitle = tadamiStyle ? "総括情報管理者" : renaming == 2 ? "情報セキュリティ統括責任者" : null;
        role(y, "ciso", cisoTitle, kind.cisoHolder, tadamiStyle ? "" : "CISO");
        if (kind.hasDepartments() && chance(0.25)) {
            role(y, "deputyCiso", null, kind == Kind.PREFECTURE ? pick("総務部長", "企画振興部長") : pick("総務部長", "政策経営部長"), null);
        }
        if (!tadamiStyle && chance(0.3)) {
            role(y, "advisor", chance(0.3) ? "情報セキュリティアドバイザー" : null,
                    head() + "が委嘱する外部の" + pick("情報セキュリティ専門家", "専門家", "有識者"), null);
        }
        role(y, "chiefOfficer", chiefTitle, chiefHolder(), null);
        String managerHolder = managerHolder();
        if (tadamiStyle) {
            role(y, "securityManager", managerTitle, managerHolder, null);
            for (String key : List.of("securityOfficer", "systemManager", "systemOperator")) {
                y.flow(2, key, "defined", false, "dutiesOf", "securityManager");
            }
            return y.toString();
        }
        if (kind.hasDepartments() ? chance(0.8) : chance(0.15)) {
            role(y, "securityOfficer", null, kind == Kind.PREFECTURE ? "各部局長" : kind.hasDepartments() ? pick("各部長", "各部局長") : "各課長", null);
        } else if (chance(0.8)) {
            y.flow(2, "securityOfficer", "defined", false, "dutiesOf", kind.isUnion() || kind == Kind.COUNCIL ? "chiefOfficer" : "securityManager");
        } // else left out: folded into the security manager by default
        role(y, "securityManager", managerTitle, kind.hasDepartments() || dice.nextBoolean() ? managerHolder : "各係長", null);
        boolean systemManager = chance(0.8);
        if (systemManager) {
            role(y, "systemManager", null, pick("情報システムを所管する課長", "情報システムを所管する課室長", "情報システムを所管する課等の長"), null);
        } else {
            y.flow(2, "systemManager", "defined", false, "dutiesOf", "securityManager");
        }
        if (chance(0.85)) {
            role(y, "systemOperator", null, systemManager && chance(0.7) ? "情報システム管理者が指名する職員" : "各課長が指名する職員", null);
        } else {
            // folded into the system manager, which may itself be folded: a chain the reader resolves
            y.flow(2, "systemOperator", "defined", false, "dutiesOf", "systemManager");
        }
        return y.toString();
    }

    private void role(YamlText y, String key, String title, String holder, String abbr) {
        List<Object> pairs = new ArrayList<>();
        if (title != null) {
            pairs.addAll(List.of("title", title));
        }
        pairs.addAll(List.of("holder", holder));
        if (abbr != null) {
            pairs.addAll(List.of("abbr", abbr));
        }
        y.flow(2, key, pairs.toArray());
    }

    private String chiefHolder() {
        return switch (kind) {
            case CITY, SPECIAL_WARD -> pick("総務部長", "企画政策部長", "総務部情報政策課長", "デジタル推進部長");
            case PREFECTURE -> pick("総務部長", "企画振興部長", "デジタル政策課長");
            case TOWN, VILLAGE -> pick("総務課長", "企画課長", "総務企画課長");
            case COUNCIL -> pick("議会事務局次長", "議会事務局総務課長");
            default -> pick("事務局次長", "総務課長");
        };
    }

    private String managerHolder() {
        if (kind == Kind.PREFECTURE && chance(0.5)) {
            definitions.add(new String[] {"現地機関", "地域振興局、建設事務所その他の" + self + "の地方機関をいう。"});
            return "各課室長及び現地機関の長";
        }
        return switch (kind) {
            case COUNCIL -> "議会事務局の各課長";
            case TOWN, VILLAGE -> pick("各課長", "課等の長");
            default -> pick("各課長", "各課室長", "課等の長");
        };
    }

    private void units(YamlText y) {
        boolean committee = kind.hasDepartments() ? chance(0.9) : chance(0.5);
        if (!committee) {
            y.flow(0, "committee", "enabled", false);
        } else if (chance(0.6)) {
            y.flow(0, "committee", "enabled", true);
        } else {
            y.flow(0, "committee", "enabled", true, "name",
                    pick("情報セキュリティ対策会議", "情報セキュリティ推進本部", "情報セキュリティ対策推進本部"));
        }
        if (chance(0.1)) {
            y.flow(0, "csirt", "enabled", false);
        } else if (chance(0.4)) {
            y.flow(0, "csirt", "enabled", true);
        } else {
            y.flow(0, "csirt", "enabled", true, "name",
                    pick(name + "CSIRT", kind == Kind.COUNCIL ? "議会CSIRT" : "CSIRT", "情報セキュリティ緊急対応チーム"));
        }
    }

    private void network(YamlText y) {
        // every model within the first ten bodies, alongside every kind and layout
        String model = NETWORK_MODELS.get((index / 2 + index % 2 * 3) % NETWORK_MODELS.size());
        List<String> zones = new ArrayList<>();
        boolean separated = !model.equals("none");
        // no zones without a model: their definitions would stand unused (lint terms.unused)
        if (separated) {
            boolean myNumber = kind.isMunicipal() || kind == Kind.PREFECTURE || (kind == Kind.WIDE_AREA_UNION ? chance(0.8) : chance(0.2));
            if (myNumber) {
                zones.add("my-number");
            }
            zones.add("lgwan");
            zones.add("internet");
            if ((kind.isMunicipal() || kind == Kind.PREFECTURE) && chance(0.4)) {
                zones.add("juki-net");
            }
        }
        y.open(0, "network").entry(2, "model", model).list(2, "zones", zones, true)
                .entry(2, "securityCloud", separated && chance(0.85)).entry(2, "wirelessLan", chance(0.5));
    }

    private void classification(YamlText y) {
        String scheme = SCHEMES.get((index / 3) % SCHEMES.size());
        if (index >= 12 && chance(0.3)) {
            scheme = SCHEMES.get(dice.nextInt(SCHEMES.size()));
        }
        y.open(0, "classification").entry(2, "scheme", scheme);
        if (!scheme.equals("local")) {
            return;
        }
        String levelName = pick("重要性分類", "情報資産分類", "取扱区分");
        List<String> labels = switch (dice.nextInt(4)) {
            case 0 -> List.of("Ⅰ", "Ⅱ", "Ⅲ");
            case 1 -> List.of("A", "B", "C");
            case 2 -> List.of("3", "2", "1");
            default -> List.of("甲", "乙", "丙");
        };
        y.entry(2, "name", levelName).open(2, "levels");
        y.flowItem(4, "label", labels.get(0), "description",
                "個人情報、法令等により守秘義務が課された情報その他漏えいすると" + self + "の事務又は住民の権利利益に重大な影響を及ぼすおそれのある情報");
        y.flowItem(4, "label", labels.get(1), "description",
                "公にすることを予定していない情報であって、漏えい等により事務の円滑な執行に支障を生じるおそれがあるもの");
        y.flowItem(4, "label", labels.get(2), "description",
                levelName + labels.get(0) + "及び" + levelName + labels.get(1) + "のいずれにも該当しない情報");
        if (chance(0.3)) {
            y.open(2, "integrity")
                    .flowItem(4, "label", "2", "description", "改ざん又は誤りにより住民の権利利益又は事務の適正な執行に支障を及ぼすおそれがある情報資産")
                    .flowItem(4, "label", "1", "description", "完全性2の情報資産以外の情報資産");
            y.open(2, "availability")
                    .flowItem(4, "label", "2", "description", "滅失又は利用できないことにより住民の権利利益又は事務の安定的な執行に支障を及ぼすおそれがある情報資産")
                    .flowItem(4, "label", "1", "description", "可用性2の情報資産以外の情報資産");
        }
    }

    private void options(YamlText y) {
        boolean cloud = chance(0.8);
        boolean governmentCloud = cloud && (kind.isMunicipal() || kind == Kind.PREFECTURE) && chance(0.6);
        y.open(0, "options")
                .entry(2, "cloud", cloud)
                .entry(2, "governmentCloud", governmentCloud)
                .entry(2, "socialMedia", !kind.isUnion() && chance(0.6))
                .entry(2, "outsourcing", chance(0.9))
                .entry(2, "telework", telework)
                .entry(2, "violations", chance(0.6))
                .entry(2, "publication", chance(0.7) ? "basic-policy" : "basic-policy-and-audit");
        if (telework && chance(0.5)) {
            definitions.add(new String[] {"テレワーク", "情報通信技術を利用して、" + self + "の庁舎以外の場所で職務を行うことをいう。"});
        }
    }

    private void threats(YamlText y) {
        if (chance(0.3)) {
            threats.add("大雨、地震等の大規模な災害による庁舎の浸水又は損壊に伴う情報システムの停止");
        }
        if (chance(0.3)) {
            threats.add(contractorTerm + "、再委託先その他の取引先を経由した攻撃による情報資産の漏えい、改ざん又は利用の停止");
        }
        if (chance(0.2)) {
            definitions.add(new String[] {"生成AIサービス", "利用者の指示に応じて文章、画像等を生成して提供する外部サービスをいう。"});
            threats.add("生成AIサービスへの不適切な情報の入力による情報の漏えい");
        }
        if (kind == Kind.PARTIAL_AFFAIRS_UNION && chance(0.5)) {
            definitions.add(new String[] {"制御系システム", "施設の運転を監視し、及び制御するための情報システムであって、他のネットワークから分離して運用するものをいう。"});
            threats.add("制御系システムへの不正な接続又は不正プログラムの感染による施設の運転の停止");
        }
        y.open(0, "threats").entry(2, "epidemic", chance(0.7)).entry(2, "infrastructure", chance(0.85))
                .list(2, "extra", threats, false);
    }

    private void definitions(YamlText y) {
        y.open(0, "definitions");
        if (definitions.isEmpty()) {
            y.raw("  extra: []");
            return;
        }
        y.open(2, "extra");
        for (String[] d : definitions) {
            y.raw("    - term: " + YamlText.scalar(d[0]));
            y.raw("      definition: " + YamlText.scalar(d[1]));
        }
    }

    private boolean chance(double p) {
        return dice.chance(p);
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return dice.pick(values);
    }
}
