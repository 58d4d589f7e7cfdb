package jp.policygen.amend;

import java.util.List;

import jp.policygen.model.PageSetup;
import jp.policygen.render.docx.WordDocument;

/**
 * The amending instrument as a Word file, as 法規担当 submit it: on the body's house style (paper,
 * margins, the 字数×行数 grid, fonts and size: {@code page}, as its own Word files), the title, the date and number right-aligned, the opening sentence and each sentence
 * of the 本則 as a paragraph with its first line indented, the provisions it quotes set in by their
 * depth, then 「附　則」 and its paragraphs. The drafter's notes are not part of the instrument and
 * are left out (the Markdown and HTML carry them).
 */
public final class AmendmentDocx {

    private AmendmentDocx() {
    }

    public static byte[] write(Amendment a, String author, boolean marked, PageSetup page) {
        WordDocument doc = new WordDocument(page, false, true);
        doc.properties(new WordDocument.Properties(a.title(), "改め文", author, "情報セキュリティポリシー 改正", null, marked));
        doc.headerAndFooter(a.title(), marked ? "非公開（取扱注意）" : null);
        doc.paragraph(WordDocument.Para.of("Title", a.title()));
        if (!a.dateLine().isBlank()) {
            doc.paragraph(WordDocument.Para.of("Edition", a.dateLine()));
        }
        doc.paragraph(WordDocument.Para.of("BodyText", a.opening()));
        for (Amendment.Sentence s : a.sentences()) {
            if (!s.text().isEmpty()) {
                doc.paragraph(WordDocument.Para.of("BodyText", s.text()));
            }
            for (Amendment.BlockLine l : s.block()) {
                doc.paragraph(new WordDocument.Para("TableText", List.of(WordDocument.Run.of(l.text())), null, l.indent() + 1));
            }
        }
        doc.paragraph(WordDocument.Para.of("Supplementary", a.supplement().heading()));
        for (String p : a.supplement().paragraphs()) {
            doc.paragraph(WordDocument.Para.of("BodyText", p));
        }
        return doc.bytes();
    }
}
