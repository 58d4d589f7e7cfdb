package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.policygen.PolicygenException;
import jp.policygen.model.PolicyDocument;

class EquivalentsTest {

    private static Equivalents parse(String yaml) {
        return Equivalents.parse(Path.of("equivalents.yaml"), yaml);
    }

    private static List<String> problems(String yaml) {
        PolicygenException e = assertThrows(PolicygenException.class, () -> parse(yaml));
        return e.problems().stream().map(p -> p.format(null)).toList();
    }

    @Test
    void variantsBecomeTheTermLongestFirstAndExceptionsStay() {
        Equivalents eq = parse("""
                equivalents:
                  - term: 不正プログラム
                    variants: [コンピュータウイルス, ウイルス]
                  - term: コンピュータ
                    variants: [電子計算機]
                  - term: 管理区域
                    variants: [電子計算機室]
                  - term: 情報セキュリティインシデント
                    variants: [セキュリティ障害, 侵害]
                    except: [権利が侵害]
                """);
        assertEquals("不正プログラム対策として、不正プログラムチェックを行う。", eq.normalise("コンピュータウイルス対策として、ウイルスチェックを行う。"));
        assertEquals("管理区域のコンピュータ", eq.normalise("電子計算機室の電子計算機"), "the longer word is one word");
        assertEquals("情報セキュリティインシデントの報告", eq.normalise("情報セキュリティインシデントの報告"), "the term stays whole");
        assertEquals("情報セキュリティインシデント時の対応", eq.normalise("セキュリティ障害時の対応"));
        assertEquals("住民の権利が侵害され、情報セキュリティインシデントが発生", eq.normalise("住民の権利が侵害され、侵害が発生"));
        String untouched = "情報資産を保護する。";
        assertSame(untouched, eq.normalise(untouched), "a text without variants is returned as it is");
        assertEquals("", eq.normalise(""));
        assertEquals("ウイルス", Equivalents.NONE.normalise("ウイルス"));
    }

    @Test
    void formsMatchWhetherOrNotNotationIsFolded() {
        Equivalents eq = parse("""
                equivalents:
                  - term: 利用者ＩＤ
                    variants: [ユーザＩＤ]
                """);
        assertEquals("利用者ＩＤ", eq.normalise("ユーザＩＤ"), "as written");
        assertEquals("利用者ID", eq.normalise("ユーザID"), "as compare folds it when notation is ignored");
    }

    @Test
    void mistakesInTheListAreReportedWithTheirLines() {
        List<String> p = problems("""
                equivalents:
                  - term: 不正プログラム
                    variants: [ウイルス, 不正プログラム]
                  - term: コンピュータ
                    variants: [ウイルス]
                  - term: 管理区域
                  - variants: [電算室]
                  - term: 情報資産
                    variants: [行政情報]
                    except: [個人情報]
                    note: x
                other: 1
                """);
        String all = String.join("\n", p);
        assertTrue(all.contains("equivalents.yaml:3:") && all.contains("the variant is the term itself"), all);
        assertTrue(all.contains("equivalents.yaml:5:") && all.contains("'ウイルス' is already listed (at line 3)"), all);
        assertTrue(all.contains("a term needs at least one variant"), all);
        assertTrue(all.contains("'term' is required"), all);
        assertTrue(all.contains("'個人情報' contains none of the variants"), all);
        assertTrue(all.contains("note: unknown key"), all);
        assertTrue(all.contains("other: unknown key"), all);
        assertEquals(7, p.size(), all);
    }

    @Test
    void theBuiltInListIsReadOnceAndRewritesTheOlderVocabulary() {
        Equivalents eq = Equivalents.bundled();
        assertSame(eq, Equivalents.bundled());
        assertEquals("不正プログラム対策", eq.normalise("コンピュータウイルス対策"));
        assertEquals("管理区域への入室", eq.normalise("電子計算機室への入室"));
        assertEquals("情報セキュリティインシデント時の対応", eq.normalise("セキュリティ障害時の対応"));
        assertEquals("自己点検", eq.normalise("自主点検"));
        assertEquals("業務委託に関する管理", eq.normalise("外部委託に関する管理"));
        assertEquals("情報資産の分類", eq.normalise("行政情報の分類"));
    }

    /** Older words find the model's clause; the report still shows and marks the words as written. */
    @Test
    void equivalentsAlignButNeverChangeTheDiff() {
        String model = "は、不正プログラムの感染を防ぐため、全ての端末に対策ソフトウェアを導入しなければならない。";
        String older = "は、コンピュータウイルスの感染を防ぐため、全ての端末に対策ソフトウェアを導入しなければならない。";
        PolicyDocument base = Docs.document("○○市",
                Docs.imported(1, "不正プログラム対策", "情報システム管理者" + model),
                Docs.imported(2, "管理区域の管理", "管理区域への入室は、許可された者に限る。"));
        PolicyDocument target = Docs.document("只見町",
                Docs.imported(1, "電子計算機室の管理", "電子計算機室への入室は、許可された者に限る。"),
                Docs.imported(2, "コンピュータウイルス対策", "情報システム管理者" + older));

        Side t = Docs.importedSide(target);
        Side b = Docs.importedSide(base);
        List<List<Aligner.Clause>> clauses = new Comparer(Ignore.all()).clauses(t, b);
        Similarity plain = new Similarity(clauses.get(0), clauses.get(1), Equivalents.NONE);
        Similarity equivalent = new Similarity(clauses.get(0), clauses.get(1), Equivalents.bundled());
        assertTrue(equivalent.of(0, 1) > plain.of(0, 1) + 0.3, plain.of(0, 1) + " -> " + equivalent.of(0, 1));
        assertTrue(equivalent.of(1, 0) > plain.of(1, 0) + 0.1, plain.of(1, 0) + " -> " + equivalent.of(1, 0));
        assertTrue(equivalent.of(0, 0) < 0.1 && equivalent.of(1, 1) < 0.1, "unrelated clauses stay unrelated");

        Comparison with = new Comparer(Ignore.all()).compare(t, b);
        assertEquals("similar 電子計算機室の管理 = 管理区域の管理|moved コンピュータウイルス対策 = 不正プログラム対策", describe(with));
        Comparison.Row malware = with.rows().get(1);
        // found out of order: one row 移動, and the words still differ (移動・独自の文言)
        assertEquals(ClauseStatus.MOVED, malware.status());
        assertTrue(malware.changed(), "the words still differ");
        assertEquals(List.of("コンピュータウイルス", "コンピュータウイルス"), changed(malware.targetText(), malware.targetSpans()));
        assertEquals(List.of("不正プログラム", "不正プログラム"), changed(malware.baseText(), malware.baseSpans()));
    }

    private static String describe(Comparison c) {
        return c.rows().stream().map(r -> r.alignment().key() + " " + titles(r.target()) + " = " + titles(r.base()))
                .collect(Collectors.joining("|"));
    }

    private static String titles(List<jp.policygen.model.Section> sections) {
        return sections.stream().map(jp.policygen.model.Section::titleText).collect(Collectors.joining("+"));
    }

    private static List<String> changed(ClauseText text, List<Span> spans) {
        return spans.stream().filter(s -> s.kind() == Span.Kind.CHANGED).map(s -> text.text().substring(s.start(), s.end())).toList();
    }
}
