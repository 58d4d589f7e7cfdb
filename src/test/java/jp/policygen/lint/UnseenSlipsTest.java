package jp.policygen.lint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.lint.SlipInjection.Slip;
import jp.policygen.numbering.Numbering;
import jp.policygen.params.BodyParams;
import jp.policygen.render.MarkdownWriter;

/**
 * A second set of slips, written all at once from the sentences of the bodies' generated texts
 * and measured once before the method was changed for them (the figure is kept below), so that it
 * says how the method does on slips nobody tuned it on: words converted into other real words that
 * read the same (同音異義), one kanji for a look-alike or same-sounding one, 送り仮名 dropped or
 * added, a particle changed, a word or kana written twice. Each is put into the generated
 * standards of two bodies and the basic policy of a third (where the text has it), read with the
 * model as reference.
 */
class UnseenSlipsTest {

    static final List<Slip> SLIPS = List.of(
            // conversions into another real word of the same reading
            new Slip("homophone", "異常を認めた", "以上を認めた"), new Slip("homophone", "適正に", "適性に"),
            new Slip("homophone", "移行の", "以降の"), new Slip("homophone", "意見を", "違憲を"),
            new Slip("homophone", "情報を収集", "情報を収拾"), new Slip("homophone", "注意喚起", "注意換気"),
            new Slip("homophone", "保存期間", "保存機関"), new Slip("homophone", "離席時", "離籍時"),
            new Slip("homophone", "構成員", "校正員"), new Slip("homophone", "指名", "氏名"),
            new Slip("homophone", "審議", "真偽"), new Slip("homophone", "開催", "快哉"),
            new Slip("homophone", "支援", "紫煙"), new Slip("homophone", "完成後", "歓声後"),
            // one kanji for a look-alike or one that reads the same
            new Slip("one-kanji", "抹消", "末消"), new Slip("one-kanji", "把握", "巴握"), new Slip("one-kanji", "迅速", "迅即"),
            new Slip("one-kanji", "遅滞", "遅帯"), new Slip("one-kanji", "紛失", "粉失"), new Slip("one-kanji", "策定", "作定"),
            new Slip("one-kanji", "推進", "推震"), new Slip("one-kanji", "識別", "織別"), new Slip("one-kanji", "訓練", "訓錬"),
            new Slip("one-kanji", "証拠", "証処"), new Slip("one-kanji", "庶務", "庶冒"),
            // 送り仮名
            new Slip("okurigana", "少なくとも", "少くとも"), new Slip("okurigana", "速やかに", "速かに"),
            new Slip("okurigana", "直ちに", "直に"), new Slip("okurigana", "取り扱わ", "取扱わ"),
            new Slip("okurigana", "確かめ", "確め"), new Slip("okurigana", "従って", "従がって"),
            new Slip("okurigana", "明らか", "明か"),
            // particles
            new Slip("particle", "管理者に報告し", "管理者を報告し"), new Slip("particle", "指示に従い", "指示を従い"),
            new Slip("particle", "責任を負う", "責任に負う"), new Slip("particle", "支障を及ぼす", "支障が及ぼす"),
            new Slip("particle", "出席を求め", "出席に求め"), new Slip("particle", "実施に当たり", "実施を当たり"),
            new Slip("particle", "を講じなければ", "に講じなければ"),
            // written twice
            new Slip("doubled", "管理しなければならない", "管理ししなければならない"), new Slip("doubled", "情報資産を", "情報資産資産を"),
            new Slip("doubled", "職員等は", "職員等等は"), new Slip("doubled", "について", "についてについて"),
            new Slip("doubled", "審議の結果", "審議の結果結果"));

    /**
     * First measure, before the method was changed: 44/98 (44.9 %), no false alarm (okurigana 2/16,
     * particle 2/15, doubled 0/12). With EditSlips (one edit from a phrase of the reference): 79/98
     * (80.6 %), no false alarm. The misses left are mostly places where the body's own wording
     * around the slip differs from the model's (本部の庶務 for 委員会の庶務), a table, or a word the
     * analyser reads otherwise (離席 as ハナレセキ).
     */
    static final double REQUIRED_RECALL = 0.8;
    static final double REQUIRED_PRECISION = 0.9;

    @Test
    void slipsNobodyTunedOnAreFoundInGeneratedTexts() {
        Project project = new Project(TestProjects.real());
        ReferenceCorpus model = ReferenceCorpus.model(project);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String[] pick : new String[][] {{"hinohara-village", "standards"}, {"nagano-prefecture", "standards"},
                {"bunkyo-ward", "basic-policy"}}) {
            BodyParams body = project.params().read(pick[0]);
            for (Numbering n : project.build(body)) {
                if (n.document().info().kind().stem().equals(pick[1])) {
                    texts.put(pick[0] + "/" + pick[1] + ".md", new MarkdownWriter().render(n));
                }
            }
        }
        SlipInjection.Result r = SlipInjection.measure(SLIPS, texts, model);
        System.out.print(r.report());
        assertTrue(r.recall() >= REQUIRED_RECALL && r.precision() >= REQUIRED_PRECISION, r.report());
    }
}
