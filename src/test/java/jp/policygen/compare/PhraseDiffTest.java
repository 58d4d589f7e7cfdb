package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Provenance;

class PhraseDiffTest {

    /** Compares two one-clause documents; returns the single row. */
    static Comparison.Row row(String targetText, String baseText, Set<Ignore> ignore) {
        return row("小諸市", targetText, "○○市", baseText, ignore);
    }

    static Comparison.Row row(String targetBody, String targetText, String baseBody, String baseText, Set<Ignore> ignore) {
        PolicyDocument t = Docs.document(targetBody, Docs.imported(1, "目的", targetText));
        PolicyDocument b = Docs.document(baseBody, Docs.imported(1, "目的", baseText));
        Comparison c = new Comparer(ignore).compare(Docs.importedSide(t), Docs.importedSide(b));
        assertEquals(1, c.rows().size());
        return c.rows().get(0);
    }

    static List<String> marked(ClauseText text, List<Span> spans, Span.Kind kind) {
        return spans.stream().filter(s -> s.kind() == kind).map(s -> text.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void underlinesExactlyTheChangedPhraseInTheOriginalDespiteNotationVariants() {
        String base = "LGWAN接続系の強靱性を確保し、点検する。";
        String target = "ＬＧＷＡＮ接続系の強靭性を確保し，定期的に点検する。";
        Comparison.Row r = row(target, base, Ignore.all());
        assertEquals(List.of("定期的に"), marked(r.targetText(), r.targetSpans(), Span.Kind.CHANGED));
        assertEquals(List.of(), r.baseSpans());
        // the spans index the original text, full-width letters and all
        String original = r.targetText().text();
        assertTrue(original.contains("ＬＧＷＡＮ接続系の強靭性を確保し，定期的に"), original);
        assertEquals(ClauseStatus.LOCALLY_WORDED, r.status());
    }

    @Test
    void withoutNotationNormalisationVariantsAreDifferences() {
        Comparison.Row r = row("強靭性を確保する。", "強靱性を確保する。", EnumSet.noneOf(Ignore.class));
        // whole words: the word 強靭性 differs, not a character inside it
        assertEquals(List.of("強靭性"), marked(r.targetText(), r.targetSpans(), Span.Kind.CHANGED));
        assertEquals(List.of("強靱性"), marked(r.baseText(), r.baseSpans(), Span.Kind.CHANGED));
    }

    @Test
    void aChangedPhraseIsOneSpanAcrossSkippedSpacesButNotAcrossLines() {
        Comparison.Row r = row("職員は、業務上必要な 範囲で 情報を利用する。", "職員は、情報を利用する。", Ignore.all());
        assertEquals(List.of("業務上必要な 範囲で"), marked(r.targetText(), r.targetSpans(), Span.Kind.CHANGED));
    }

    @Test
    void phrasesNotScatteredCharacters() {
        // a character diff finds 「の」「を」「する」 in common; the report must show whole phrases
        Comparison.Row r = row("情報資産の重要度に応じて分類し、適切に管理する。",
                "情報資産を機密性、完全性及び可用性の観点から分類し、分類に応じた取扱いの基準を定めて管理する。", Ignore.all());
        List<String> t = marked(r.targetText(), r.targetSpans(), Span.Kind.CHANGED);
        for (String phrase : t) {
            assertTrue(phrase.length() >= 2, "a one-character fragment: " + t);
        }
        assertTrue(t.size() <= 3, "too many fragments: " + t);
    }

    @Test
    void noUnderlineStartsOrEndsInsideAWord() {
        Comparison.Row r = row("必要な措置を実施する。", "必要な措置を実施し、その結果を報告する。", Ignore.all());
        for (Span span : r.baseSpans()) {
            String text = r.baseText().text();
            String marked = text.substring(span.start(), span.end());
            assertTrue(!marked.startsWith("る") && !marked.endsWith("す"), "cut inside a word: 「" + marked + "」");
        }
        assertEquals(List.of("し、その結果を報告"), marked(r.baseText(), r.baseSpans(), Span.Kind.CHANGED));
        assertEquals(List.of(), marked(r.targetText(), r.targetSpans(), Span.Kind.CHANGED).stream()
                .filter(m -> m.contains("実施")).toList(), "実施, on both sides, is not underlined");
    }

    @Test
    void wordsBothSidesShareAreNeverUnderlinedAndADefinitionsListIsDiffedTermByTerm() {
        String base = "ネットワーク　コンピュータ等を相互に接続するための通信網をいう。情報システム　コンピュータ及びネットワークで構成され、情報処理を行う仕組みをいう。"
                + "情報資産　情報システム及びこれらで取り扱う情報をいう。";
        String target = "ネットワーク　電子計算機等を相互に接続するための通信網をいう。情報システム　コンピュータ及びネットワークで構成され、情報処理を行う仕組みをいう。"
                + "情報資産　情報システム及びこれらで処理する情報をいう。";
        Comparison.Row r = row(target, base, Ignore.all());
        List<String> t = marked(r.targetText(), r.targetSpans(), Span.Kind.CHANGED);
        assertEquals(List.of("電子計算機", "処理する"), t);
        assertEquals(List.of("コンピュータ", "取り扱う"), marked(r.baseText(), r.baseSpans(), Span.Kind.CHANGED));
    }

    @Test
    void theBodysNameAndSelfReferenceAreParametersNotChanges() {
        Comparison.Row r = row("小諸市", "本市は、小諸市情報セキュリティ対策基準を策定する。",
                "○○市", "本市は、○○市情報セキュリティ対策基準を策定する。", Ignore.all());
        assertEquals(List.of("小諸市"), marked(r.targetText(), r.targetSpans(), Span.Kind.PARAMETER));
        assertEquals(List.of("○○市"), marked(r.baseText(), r.baseSpans(), Span.Kind.PARAMETER));
        assertEquals(ClauseStatus.PARAMETERS_ONLY, r.status());

        Comparison.Row town = row("只見町", "本町は、対策基準を策定する。", "○○市", "本市は、対策基準を策定する。", Ignore.all());
        assertEquals(ClauseStatus.PARAMETERS_ONLY, town.status());
        assertEquals(List.of("本町"), marked(town.targetText(), town.targetSpans(), Span.Kind.PARAMETER));

        Comparison.Row strict = row("小諸市", "小諸市情報セキュリティ対策基準を策定する。",
                "○○市", "○○市情報セキュリティ対策基準を策定する。", EnumSet.of(Ignore.NOTATION));
        assertEquals(List.of("小諸市"), marked(strict.targetText(), strict.targetSpans(), Span.Kind.CHANGED));
        assertEquals(ClauseStatus.LOCALLY_WORDED, strict.status());
    }

    @Test
    void roleTitlesOfTheParametersAreMappedOntoTheModels() {
        Substitutions local = new Substitutions(List.of(
                new Substitutions.Entry("role.ciso.title", Ignore.ROLES, "最高情報総括責任者"),
                new Substitutions.Entry("role.ciso.holder", Ignore.ROLES, "副町長")));
        Substitutions model = new Substitutions(List.of(
                new Substitutions.Entry("role.ciso.title", Ignore.ROLES, "最高情報セキュリティ責任者"),
                new Substitutions.Entry("role.ciso.holder", Ignore.ROLES, "副市長")));
        PolicyDocument t = Docs.document("只見町", Docs.section("standards.organisation.ciso", "最高情報総括責任者",
                Provenance.TEMPLATE, "副町長をもって最高情報総括責任者に充てる。"));
        PolicyDocument b = Docs.document("○○市", Docs.section("standards.organisation.ciso", "最高情報セキュリティ責任者",
                Provenance.TEMPLATE, "副市長をもって最高情報セキュリティ責任者に充てる。"));
        Comparison c = new Comparer(Ignore.all()).compare(Docs.generatedSide(t, local, "r7"), Docs.generatedSide(b, model, "r7"));
        Comparison.Row r = c.rows().get(0);
        assertEquals(AlignKind.SAME_ID, r.alignment());
        assertEquals(ClauseStatus.PARAMETERS_ONLY, r.status());
        assertEquals(List.of("最高情報総括責任者", "副町長", "最高情報総括責任者"),
                marked(r.targetText(), r.targetSpans(), Span.Kind.PARAMETER));

        Comparison withoutRoles = new Comparer(EnumSet.of(Ignore.NOTATION))
                .compare(Docs.generatedSide(t, local, "r7"), Docs.generatedSide(b, model, "r7"));
        assertTrue(withoutRoles.rows().get(0).changed());
    }

    @Test
    void numbersAndCrossReferencesAreShownButNotCompared() {
        PolicyDocument t = Docs.document("小諸市", withRef(1, "上記1.3"));
        PolicyDocument b = Docs.document("○○市", withRef(3, "上記3"));
        Comparison.Row r = new Comparer(Ignore.all()).compare(Docs.importedSide(t), Docs.importedSide(b)).rows().get(0);
        assertEquals(ClauseStatus.IDENTICAL, r.status());
        assertTrue(r.targetText().text().startsWith("1 対策\n上記1.3の脅威から"), r.targetText().text());
        Comparison.Row strict = new Comparer(EnumSet.noneOf(Ignore.class)).compare(Docs.importedSide(t), Docs.importedSide(b)).rows().get(0);
        assertEquals(List.of("1", "1."), marked(strict.targetText(), strict.targetSpans(), Span.Kind.CHANGED));
    }

    private static jp.policygen.model.Section withRef(int n, String found) {
        List<jp.policygen.model.Inline> content = List.of(
                new jp.policygen.model.Inline.Ref(List.of("s3"), false, found),
                new jp.policygen.model.Inline.Text("の脅威から情報資産を保護する。"));
        return new jp.policygen.model.Section("s1", List.of(new jp.policygen.model.Inline.Text("対策")),
                List.of(new jp.policygen.model.Block.Paragraph(content)), List.of(), Provenance.IMPORTED, String.valueOf(n));
    }

    @Test
    void aCouncilRefersToItselfAsTheCouncil() {
        Comparison.Row r = row("水戸市議会", "議会は、情報セキュリティ対策を講じる。", "○○市", "本市は、情報セキュリティ対策を講じる。", Ignore.all());
        assertEquals(ClauseStatus.PARAMETERS_ONLY, r.status());
    }

    @Test
    void notationFolding() {
        assertEquals("LGWAN(1)強靱、。", Notation.foldAll("ＬＧＷＡＮ（１）　強靭，．"));
        assertEquals("ガ", Notation.foldAll("ｶﾞ"));
    }
}
