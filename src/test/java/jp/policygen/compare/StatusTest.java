package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;
import jp.policygen.model.Section;

class StatusTest {

    private static final String PURPOSE = "本市の情報資産の機密性、完全性及び可用性を維持するため、情報セキュリティ対策の基本的な事項を定める。";
    private static final String SCOPE = "この基本方針を適用する行政機関は、市長部局及び教育委員会事務局とする。";
    private static final String DUTIES = "職員等は、情報セキュリティポリシーを遵守しなければならない。";
    private static final String AUDIT = "情報セキュリティ監査及び自己点検を定期的に実施する。";
    private static final String REVIEW = "情報セキュリティポリシーは、必要に応じて見直す。";

    static final Substitutions LOCAL = new Substitutions(List.of(
            new Substitutions.Entry("name", Ignore.NAME, "小諸市"),
            new Substitutions.Entry("self", Ignore.SELF, "本市")));
    static final Substitutions MODEL = new Substitutions(List.of(
            new Substitutions.Entry("name", Ignore.NAME, "○○市"),
            new Substitutions.Entry("self", Ignore.SELF, "本市")));

    private static Section t(String id, String title, String text) {
        return Docs.section(id, title, Provenance.TEMPLATE, text);
    }

    static PolicyDocument model() {
        return Docs.document("○○市",
                t("basic.purpose", "目的", PURPOSE),
                t("basic.policy", "位置付け", "○○市情報セキュリティポリシーは、情報セキュリティ対策の最高位に位置する。"),
                t("basic.scope", "適用範囲", SCOPE),
                t("basic.duties", "遵守義務", DUTIES),
                t("basic.audit", "監査", AUDIT),
                t("basic.review", "見直し", REVIEW),
                t("basic.publication", "公開方針", "この基本方針は公表する。"));
    }

    static PolicyDocument local() {
        return Docs.document("小諸市",
                t("basic.purpose", "目的", PURPOSE),
                t("basic.policy", "位置付け", "小諸市情報セキュリティポリシーは、情報セキュリティ対策の最高位に位置する。"),
                // a template option adds a sentence: still the template, only other parameters
                t("basic.scope", "適用範囲", SCOPE + "ただし、学校の情報システムは別に定める。"),
                // replaced by the body, though with the same words
                Docs.section("basic.duties", "遵守義務", Provenance.LOCAL_REPLACED, DUTIES),
                t("basic.audit", "監査", AUDIT),
                Docs.section("local.training", "研修", Provenance.LOCAL_ADDED, "職員等に毎年度研修を行う。"),
                t("basic.review", "見直し", REVIEW));
    }

    @Test
    void eachStatusFromProvenanceAndText() {
        Comparison c = new Comparer(Ignore.all()).compare(Docs.generatedSide(local(), LOCAL, "r7"),
                Docs.generatedSide(model(), MODEL, "r7"));
        assertEquals(List.of(
                "basic.purpose identical",
                "basic.policy parameters-only",
                "basic.scope parameters-only",
                "basic.duties locally-worded",
                "basic.audit identical",
                "local.training local-addition",
                "basic.review identical",
                "basic.publication missing-locally"), describe(c));
        Comparison.Summary s = c.summary();
        assertEquals(3, s.count(ClauseStatus.IDENTICAL));
        assertEquals(2, s.count(ClauseStatus.PARAMETERS_ONLY));
        assertEquals(1, s.count(ClauseStatus.LOCALLY_WORDED));
        assertEquals(1, s.count(ClauseStatus.LOCAL_ADDITION));
        assertEquals(1, s.count(ClauseStatus.MISSING_LOCALLY));
        // the added sentence, the added clause: the rest of the local text is the model's
        String addedSentence = "ただし、学校の情報システムは別に定める。";
        String training = "研修職員等に毎年度研修を行う。";
        assertEquals(s.targetChars() - addedSentence.length() - training.length(), s.identicalChars());
    }

    @Test
    void differentTemplatesMakeATextDifferenceLocalWording() {
        // revisions of one body: the template itself changed between them
        Comparison c = new Comparer(Ignore.all()).compare(Docs.generatedSide(local(), LOCAL, "r7@HEAD"),
                Docs.generatedSide(model(), MODEL, "r7@HEAD~1"));
        assertEquals("basic.scope locally-worded", describe(c).get(2));
    }

    private static List<String> describe(Comparison c) {
        return c.rows().stream().map(r -> (r.target().isEmpty() ? r.base() : r.target()).get(0).id() + " " + r.status().key()).toList();
    }
}
