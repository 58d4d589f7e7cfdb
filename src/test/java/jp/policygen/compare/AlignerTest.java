package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;

class AlignerTest {

    /** The model's basic policy, generated. */
    @Test
    void generatedDocumentsAlignByClauseId() {
        Project project = new Project(TestProjects.real());
        BodyParams model = project.params().read("model");
        BodyParams komoro = project.params().read("komoro-city");
        Numbering m = project.build(model).get(0);
        Numbering k = project.build(komoro).get(0);
        Comparison c = new Comparer(Ignore.all()).compare(Side.generated(k, komoro), Side.generated(m, model));

        for (Comparison.Row row : c.rows()) {
            if (!row.target().isEmpty() && !row.base().isEmpty()) {
                assertEquals(AlignKind.SAME_ID, row.alignment(), "row " + row.number());
                assertEquals(ids(row.base()), ids(row.target()), "row " + row.number());
            }
        }
        // komoro has no resilience measure (network none), no violations clause, and drops publication
        List<String> missing = c.rows().stream().filter(r -> r.target().isEmpty())
                .map(r -> r.base().get(0).id()).toList();
        assertEquals(List.of("basic.measures.resilience", "basic.violations", "basic.publication"), missing);
        // every komoro clause has its row, in komoro's order
        List<String> targetOrder = c.rows().stream().filter(r -> !r.target().isEmpty())
                .map(r -> r.target().get(0).id()).toList();
        assertEquals(k.document().allSections().stream().map(Section::id).toList(), targetOrder);
        // the missing resilience measure stands where the model has it: after 情報資産の分類と管理
        int assets = indexOf(c, "basic.measures.assets");
        assertEquals("basic.measures.resilience", c.rows().get(assets + 1).base().get(0).id());
    }

    /**
     * An imported text against a model-like base, crafted with one clause moved, one split in
     * two, two merged into one, one missing and one added.
     */
    @Test
    void importedTextsAlignBySimilarityThroughMovesSplitsMergesAndGaps() {
        PolicyDocument base = Docs.document("○○市",
                Docs.imported(1, "目的", "本市の情報資産の機密性、完全性及び可用性を維持するため、本市が実施する情報セキュリティ対策について基本的な事項を定めることを目的とする。"),
                Docs.imported(2, "定義", "この基本方針において使用する用語の意義は、次のとおりとする。ネットワークとは、コンピュータ等を相互に接続するための通信網及びその構成機器をいう。情報システムとは、コンピュータ、ネットワーク及び電磁的記録媒体で構成され、情報処理を行う仕組みをいう。"),
                Docs.imported(3, "対象とする脅威", "不正アクセス、ウイルス攻撃、サービス不能攻撃等のサイバー攻撃や部外者の侵入等の意図的な要因による情報資産の漏えい、破壊、改ざん、消去等を脅威として想定する。"),
                Docs.imported(4, "適用範囲", "本基本方針が適用される行政機関は、市長部局、教育委員会事務局、議会事務局及び監査委員事務局とする。",
                        "本基本方針が対象とする情報資産は、ネットワーク、情報システム及びこれらで取り扱う情報並びにシステム関連文書とする。"),
                Docs.imported(5, "職員等の遵守義務", "職員等は、情報セキュリティの重要性について共通の認識を持ち、業務の遂行に当たって情報セキュリティポリシーを遵守しなければならない。"),
                Docs.imported(6, "情報セキュリティ監査", "情報セキュリティポリシーの遵守状況を検証するため、定期的又は必要に応じて情報セキュリティ監査を実施する。"),
                Docs.imported(7, "自己点検", "各課室長は、所管する情報資産について毎年度自己点検を実施し、その結果を統括情報セキュリティ責任者に報告する。"),
                Docs.imported(8, "違反への対応", "職員等が情報セキュリティポリシーに違反した場合には、その内容に応じて懲戒処分の対象とする。"),
                Docs.imported(9, "公開方針", "この基本方針は公表する。対策基準及び実施手順は、公にすることにより情報資産を危険にさらすおそれがあるため、公開しない。"));
        PolicyDocument target = Docs.document("小諸市",
                Docs.imported(1, "目的", "本市の情報資産の機密性、完全性及び可用性を維持するため、情報セキュリティ対策について基本的な事項を定める。"),
                Docs.imported(2, "公開の方針", "この基本方針は公表する。対策基準及び実施手順は、公にすることにより本市の情報資産を危険にさらすおそれがあるため、公開しない。"),
                Docs.imported(3, "定義", "この基本方針において使用する用語の意義は、次のとおりとする。ネットワークとは、コンピュータ等を相互に接続するための通信網をいう。情報システムとは、コンピュータ、ネットワーク及び電磁的記録媒体で構成され、情報処理を行う仕組みをいう。"),
                Docs.imported(4, "対象とする脅威", "不正アクセス、ウイルス攻撃等のサイバー攻撃や部外者の侵入等の意図的な要因による情報資産の漏えい、破壊、改ざん、消去等を脅威として想定する。"),
                Docs.imported(5, "行政機関の範囲", "本基本方針が適用される行政機関は、市長部局、教育委員会事務局、議会事務局及び監査委員事務局とする。"),
                Docs.imported(6, "情報資産の範囲", "本基本方針が対象とする情報資産は、ネットワーク、情報システム及びこれらで取り扱う情報並びにシステム関連文書とする。"),
                Docs.imported(7, "職員等の遵守義務", "職員等は、情報セキュリティの重要性について共通の認識を持ち、業務の遂行に当たって情報セキュリティポリシーを遵守しなければならない。"),
                Docs.imported(8, "情報セキュリティ監査及び自己点検の実施", "情報セキュリティポリシーの遵守状況を検証するため、定期的又は必要に応じて情報セキュリティ監査を実施する。"
                        + "また、各課室長は、所管する情報資産について毎年度自己点検を実施し、その結果を統括情報セキュリティ責任者に報告する。"),
                Docs.imported(9, "ソーシャルメディアの利用", "公式アカウントを運用する場合には、アカウントごとに運用責任者を定め、なりすましを防ぐ対策を講じる。"));

        Comparison c = new Comparer(Ignore.all()).compare(Docs.importedSide(target), Docs.importedSide(base));
        String rows = c.rows().stream().map(AlignerTest::describe).collect(Collectors.joining("\n"));
        assertEquals(String.join("\n",
                "similar 目的 = 目的",
                "moved 公開の方針 = 公開方針",
                "similar 定義 = 定義",
                "similar 対象とする脅威 = 対象とする脅威",
                "split 行政機関の範囲+情報資産の範囲 = 適用範囲",
                "similar 職員等の遵守義務 = 職員等の遵守義務",
                "merged 情報セキュリティ監査及び自己点検の実施 = 情報セキュリティ監査+自己点検",
                "missing  = 違反への対応",
                "added ソーシャルメディアの利用 = "), rows);
        assertEquals(ClauseStatus.IDENTICAL, c.rows().get(5).status());
        assertEquals(ClauseStatus.MISSING_LOCALLY, c.rows().get(7).status());
        assertEquals(ClauseStatus.LOCAL_ADDITION, c.rows().get(8).status());
    }

    @Test
    void aPrefaceAndASectionTheModelLacksAreAdditionsNotWeakMatches() {
        PolicyDocument base = Docs.document("○○市",
                Docs.imported(1, "目的", "本市の情報資産の機密性、完全性及び可用性を維持するため、情報セキュリティ対策について基本的な事項を定めることを目的とする。"),
                Docs.imported(2, "情報セキュリティポリシーの見直し", "情報セキュリティ監査の結果等により、必要に応じて情報セキュリティポリシーを見直す。"),
                Docs.imported(3, "対策基準の策定", "情報セキュリティ対策を行う上で必要となる基本的な要件を明記した対策基準を策定する。"));
        PolicyDocument target = Docs.document("小諸市",
                Docs.imported(1, "はじめに", "本市は、市民の信頼に応えるため、ここに基本方針を定める。"),
                Docs.imported(2, "目的", "本市の情報資産の機密性、完全性及び可用性を維持するため、情報セキュリティ対策について基本的な事項を定める。"),
                Docs.imported(3, "接続時間の制限", "夜間及び休日には、庁舎外からの接続を認めない。"),
                Docs.imported(4, "対策基準の策定", "情報セキュリティ対策を行う上で必要となる基本的な要件を明記した対策基準を策定する。"));
        Comparison c = new Comparer(Ignore.all()).compare(Docs.importedSide(target), Docs.importedSide(base));
        String rows = c.rows().stream().map(AlignerTest::describe).collect(Collectors.joining("\n"));
        assertEquals(String.join("\n",
                "added はじめに = ",
                "similar 目的 = 目的",
                "missing  = 情報セキュリティポリシーの見直し",
                "added 接続時間の制限 = ",
                "similar 対策基準の策定 = 対策基準の策定"), rows);
    }

    /**
     * The two shapes of "the same clause, divided differently": sub-clauses where the other side
     * has one clause (numbered definitions against a clause of items), and one clause where the
     * other side has a parent with sub-clauses (tadami's 「(1) 職員」).
     */
    @Test
    void subClausesOnOneSideJoinTheRowOfTheWholeClauseOnTheOther() {
        String network = "コンピュータ等を相互に接続するための通信網及びその構成機器をいう。";
        String system = "コンピュータ、ネットワーク及び電磁的記録媒体で構成され、情報処理を行う仕組みをいう。";
        String comply = "職員等は、情報セキュリティポリシー及び実施手順を遵守しなければならない。";
        String privateUse = "職員等は、業務以外の目的で情報資産及び情報システムを利用してはならない。";
        String leaving = "職員等は、異動又は退職により業務を離れる場合には、知り得た情報を漏らしてはならない。";
        Section baseDefinitions = Docs.imported(2, "定義", "用語の意義は、次のとおりとする。ネットワーク：" + network + "情報システム：" + system);
        Section baseDuties = new Section("s3", List.of(new jp.policygen.model.Inline.Text("職員等の遵守事項")), List.of(),
                List.of(Docs.section("s3.1", "情報セキュリティポリシー等の遵守", Provenance.IMPORTED, comply),
                        Docs.section("s3.2", "業務以外の目的での使用の禁止", Provenance.IMPORTED, privateUse),
                        Docs.section("s3.3", "退職時等の遵守事項", Provenance.IMPORTED, leaving)),
                Provenance.IMPORTED, "3");
        PolicyDocument base = Docs.document("○○市",
                Docs.imported(1, "目的", "情報資産の機密性、完全性及び可用性を維持するため、対策の基本的な事項を定める。"),
                baseDefinitions, baseDuties);
        Section targetDefinitions = new Section("s2", List.of(new jp.policygen.model.Inline.Text("定義")),
                List.of(new jp.policygen.model.Block.Paragraph(List.of(new jp.policygen.model.Inline.Text("用語の意義は、次のとおりとする。")))),
                List.of(Docs.section("s2.1", "ネットワーク", Provenance.IMPORTED, network),
                        Docs.section("s2.2", "情報システム", Provenance.IMPORTED, system)),
                Provenance.IMPORTED, "2");
        PolicyDocument target = Docs.document("小諸市",
                Docs.imported(1, "目的", "情報資産の機密性、完全性及び可用性を維持するため、対策の基本的な事項を定める。"),
                targetDefinitions,
                Docs.imported(3, "職員", comply + privateUse + leaving));

        Comparison c = new Comparer(Ignore.all()).compare(Docs.importedSide(target), Docs.importedSide(base));
        String rows = c.rows().stream().map(AlignerTest::describe).collect(Collectors.joining("\n"));
        assertEquals(String.join("\n",
                "similar 目的 = 目的",
                "split 定義+ネットワーク+情報システム = 定義",
                "merged 職員 = 職員等の遵守事項+情報セキュリティポリシー等の遵守+業務以外の目的での使用の禁止+退職時等の遵守事項"), rows);
    }

    private static Section parent(String id, String number, String title, Section... children) {
        return new Section(id, List.of(new jp.policygen.model.Inline.Text(title)), List.of(), List.of(children), Provenance.IMPORTED, number);
    }

    private static Section child(String id, String title, String text) {
        return Docs.section(id, title, Provenance.IMPORTED, text);
    }

    static final String RECORDS = "情報システムの運用、変更等の作業を行った場合には、作業内容について記録を作成し、窃取、改ざん等をされないように適切に管理しなければならない。";
    static final String SPECS = "ネットワーク構成図、情報システム仕様書等について、記録媒体に関わらず、業務上必要とする者以外の者が閲覧したり、紛失等がないよう、適切に管理しなければならない。";
    static final String LOGS = "各種アクセス記録及び情報セキュリティの確保に必要な記録を取得し、一定の期間保存しなければならない。アクセス記録が窃取、改ざん、消去されないように必要な措置を講じなければならない。";
    static final String DEVELOP = "情報システムの開発の責任者及び作業者を特定し、開発に用いるソフトウェアを管理し、開発環境と運用環境を分離しなければならない。";
    static final String PROCURE = "情報システムの調達に当たっては、調達仕様書に必要とする技術的なセキュリティ機能を明記し、機器及びソフトウェアの安全性を確認しなければならない。";

    /**
     * A heading without text of its own is the clause its sub-clauses are paired under, not the
     * one its title resembles (tadami's 「(1) 情報システムの管理」 is the model's 「コンピュータ及び
     * ネットワークの管理」).
     */
    @Test
    void aHeadingWithoutTextGoesWhereItsSubClausesGo() {
        PolicyDocument base = Docs.document("○○市",
                parent("b1", "1", "コンピュータ及びネットワークの管理", child("b1.1", "システム管理記録及び作業の確認", RECORDS),
                        child("b1.2", "情報システム仕様書等の管理", SPECS), child("b1.3", "ログの取得等", LOGS),
                        child("b1.4", "ネットワークの接続制御", "ネットワークの経路制御及び外部ネットワークとの接続について、許可された通信のみを通す設定を行わなければならない。"),
                        child("b1.5", "電子メールのセキュリティ管理", "電子メールサーバの不正な中継を防ぎ、大量のスパムメールの受信を検知した場合は送受信を停止する。"),
                        child("b1.6", "無線LANの対策", "無線LANを利用する場合は、解読が困難な暗号化及び認証技術を使用しなければならない。"),
                        child("b1.7", "複合機のセキュリティ管理", "複合機を調達する場合は、複合機が備える機能及び設置環境に応じた対策を講じなければならない。")),
                parent("b2", "2", "情報システムの開発及び管理", child("b2.1", "開発体制", DEVELOP), child("b2.2", "機器等の調達", PROCURE)));
        PolicyDocument target = Docs.document("○○町",
                parent("t1", "1", "情報システムの開発及び管理", child("t1.1", "管理記録の作成", RECORDS), child("t1.2", "仕様書の管理", SPECS),
                        child("t1.3", "アクセス記録の取得", LOGS)));
        Comparison c = new Comparer(Ignore.all()).compare(Docs.importedSide(target), Docs.importedSide(base));
        List<String> rows = c.rows().stream().map(AlignerTest::describe).toList();
        assertTrue(rows.contains("similar 情報システムの開発及び管理 = コンピュータ及びネットワークの管理"), String.join("\n", rows));
        assertTrue(rows.contains("missing  = 情報システムの開発及び管理"), String.join("\n", rows));
    }

    /**
     * A clause between two siblings paired in order under its parent's counterpart is paired in
     * that gap, not with a clause of another chapter it shares more words with.
     */
    @Test
    void aClauseBetweenPairedSiblingsIsPairedInTheirGap() {
        String use = "情報資産を業務以外の目的に利用してはならない。情報資産の分類に応じて適切に取り扱わなければならない。";
        String storage = "情報資産の分類に応じて、情報資産を耐火金庫等に保管しなければならない。";
        String disposal = "情報資産を記録した電磁的記録媒体が不要となった場合は、情報を復元できないよう処置した上で廃棄しなければならない。";
        String terminal = "職員等は、利用する端末及び電磁的記録媒体等について、盗難防止のための物理的措置を講じ、業務以外で使用してはならない。";
        String media = "職員等は、利用する電磁的記録媒体等について、盗難防止のための物理的措置を講じ、施錠可能な場所に保管し、業務以外で使用してはならない。";
        PolicyDocument base = Docs.document("○○市",
                parent("b1", "1", "物理的セキュリティ", child("b1.1", "端末及び電磁的記録媒体等の管理", terminal)),
                parent("b2", "2", "情報資産の管理", child("b2.1", "情報資産の利用", use), child("b2.2", "情報資産の保管", storage),
                        child("b2.3", "情報資産の廃棄", disposal)));
        PolicyDocument target = Docs.document("○○町",
                parent("t1", "1", "情報資産の管理", child("t1.1", "情報資産の利用", use), child("t1.2", "記録媒体の管理", media),
                        child("t1.3", "記録媒体の処分", disposal)));
        Comparison c = new Comparer(Ignore.all()).compare(Docs.importedSide(target), Docs.importedSide(base));
        List<String> rows = c.rows().stream().map(AlignerTest::describe).toList();
        assertTrue(rows.contains("similar 記録媒体の管理 = 情報資産の保管"), String.join("\n", rows));
        assertTrue(rows.contains("missing  = 端末及び電磁的記録媒体等の管理"), String.join("\n", rows));
    }

    @Test
    void localAdditionsAreNeverPairedEvenWithALookAlike() {
        String text = "職員等は、情報セキュリティの重要性について共通の認識を持ち、情報セキュリティポリシーを遵守しなければならない。";
        PolicyDocument base = Docs.document("○○市",
                Docs.section("basic.duties", "職員等の遵守義務", Provenance.TEMPLATE, text));
        PolicyDocument target = Docs.document("○○市",
                Docs.section("local.duties", "職員等の遵守義務", Provenance.LOCAL_ADDED, text));
        Comparison c = new Comparer(Ignore.all()).compare(Docs.generatedSide(target, Substitutions.NONE, "r7"),
                Docs.generatedSide(base, Substitutions.NONE, "r7"));
        // a base clause with nothing before it comes first
        assertEquals(List.of(AlignKind.MISSING, AlignKind.ADDED), c.rows().stream().map(Comparison.Row::alignment).toList());
        assertEquals(ClauseStatus.LOCAL_ADDITION, c.rows().get(1).status());
    }

    @Test
    void similarityWeighsTitleAndText() {
        double same = similarity("目的", "情報資産を保護する。", "目的", "情報資産を保護する。");
        double other = similarity("目的", "情報資産を保護する。", "公開方針", "この基本方針は公表する。");
        double headingOnly = similarity("適用範囲", "", "適用範囲", "");
        assertEquals(1.0, same, 1e-9);
        assertEquals(1.0, headingOnly, 1e-9);
        assertTrue(other < Aligner.PAIR_THRESHOLD, "unrelated clauses: " + other);
    }

    private static double similarity(String t1, String b1, String t2, String b2) {
        return Aligner.similarity(new Aligner.Clause(Docs.imported(1, t1), 0, t1, b1),
                new Aligner.Clause(Docs.imported(1, t2), 0, t2, b2));
    }

    private static String describe(Comparison.Row r) {
        return r.alignment().key() + " " + titles(r.target()) + " = " + titles(r.base());
    }

    private static String titles(List<Section> sections) {
        return sections.stream().map(Section::titleText).collect(Collectors.joining("+"));
    }

    private static List<String> ids(List<Section> sections) {
        return sections.stream().map(Section::id).toList();
    }

    private static int indexOf(Comparison c, String targetId) {
        for (int i = 0; i < c.rows().size(); i++) {
            List<Section> t = c.rows().get(i).target();
            if (!t.isEmpty() && t.get(0).id().equals(targetId)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + targetId);
    }
}
