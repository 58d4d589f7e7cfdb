package jp.policygen.render.docx;

import java.util.Locale;

import jp.policygen.model.PageSetup;
import jp.policygen.text.Xml;

/**
 * The styles of every Word file policygen writes, as {@code styles.xml}: the house style's fonts
 * and size in the document defaults, and one named style per kind of paragraph, so a user
 * restyles a whole document by changing a style rather than paragraphs one by one. Built-in
 * styles keep their English names (Word shows them translated: Title → 表題, heading 1 → 見出し 1,
 * Body Text → 本文, toc 1 → 目次 1), which also makes Word's navigation pane and contents field
 * find the headings; policygen's own styles have Japanese names (号 1, 項, 注記 …).
 * Indents are given in characters (Word's 字 units, which follow the document grid) and in twips
 * for readers that ignore the character units.
 */
final class WordStyles {

    /** How deep item styles go (号 1 … 号 6); deeper items use the last. */
    static final int ITEM_DEPTHS = 6;
    /** How many heading styles there are (heading 1 … heading 6). */
    static final int HEADINGS = 6;

    private WordStyles() {
    }

    /** The style id of item lines at a depth (1: top-level items). */
    static String item(int depth) {
        return "Item" + Math.max(1, Math.min(ITEM_DEPTHS, depth));
    }

    /** The style id of paragraphs that continue an item at a depth. */
    static String itemText(int depth) {
        return "ItemText" + Math.max(1, Math.min(ITEM_DEPTHS, depth));
    }

    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(HEADINGS, level));
    }

    /**
     * styles.xml for a page: {@code charTwips} is the width of one character on the grid (the
     * twips equivalent of the character units), {@code textTwips} the width of the text column
     * (where the contents' page numbers align).
     */
    static String xml(PageSetup.Font font, int charTwips, int textTwips) {
        StringBuilder s = new StringBuilder(16 * 1024);
        int size = halfPoints(font.size());
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
                .append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append("<w:rFonts w:ascii=\"").append(esc(font.ascii())).append("\" w:hAnsi=\"").append(esc(font.ascii()))
                .append("\" w:eastAsia=\"").append(esc(font.eastAsia())).append("\" w:cs=\"").append(esc(font.ascii())).append("\"/>")
                .append("<w:kern w:val=\"2\"/><w:sz w:val=\"").append(size).append("\"/><w:szCs w:val=\"").append(size).append("\"/>")
                .append("<w:lang w:val=\"en-US\" w:eastAsia=\"ja-JP\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault>")
                .append("</w:docDefaults>");
        paragraph(s, "Normal", "Normal", null, null, true, "", "");
        paragraph(s, "Title", "Title", "Normal", "Normal", false,
                "<w:snapToGrid w:val=\"0\"/><w:spacing w:afterLines=\"50\" w:after=\"180\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"9\"/>",
                "<w:b/><w:bCs/><w:sz w:val=\"" + halfPoints(font.size() * 4 / 3) + "\"/><w:szCs w:val=\""
                        + halfPoints(font.size() * 4 / 3) + "\"/>");
        for (int level = 1; level <= HEADINGS; level++) {
            String before = level == 1 ? "<w:spacing w:beforeLines=\"50\" w:before=\"180\"/>" : "";
            paragraph(s, heading(level), "heading " + level, "Normal", "BodyText", false,
                    "<w:keepNext/><w:keepLines/>" + before + "<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                    "<w:b/><w:bCs/>");
        }
        paragraph(s, "BodyText", "Body Text", "Normal", null, false, indent(charTwips, 0, 1, 0), "");
        // an article's caption 「（見出し）」: one character in, kept with its article
        paragraph(s, "Caption", "条の見出し", "Normal", "Paragraph", false, "<w:keepNext/>" + indent(charTwips, 1, 0, 0), "");
        // 附則: its heading three characters in, as 例規集 print it
        paragraph(s, "Supplementary", "附則", "Normal", "Paragraph", false,
                "<w:keepNext/><w:spacing w:beforeLines=\"50\" w:before=\"180\"/>" + indent(charTwips, 3, 0, 0), "");
        // 項: the number (２, ３ …) at the margin, the text's further lines indented by one character
        paragraph(s, "Paragraph", "項", "Normal", null, false, indent(charTwips, 1, 0, 1), "");
        for (int d = 1; d <= ITEM_DEPTHS; d++) {
            // the label at (d - 1) characters, the text at d + 1: continuation lines align with the text
            paragraph(s, item(d), "号 " + d, "Normal", null, false,
                    "<w:tabs><w:tab w:val=\"left\" w:pos=\"" + (d + 1) * charTwips + "\"/></w:tabs>"
                            + indent(charTwips, d + 1, 0, 2), "");
            paragraph(s, itemText(d), "号の本文 " + d, "Normal", null, false, indent(charTwips, d + 1, 1, 0), "");
        }
        // (the elements of w:pPr stand in the schema's order: borders before the indent)
        paragraph(s, "Note", "注記", "Normal", null, false,
                "<w:pBdr><w:left w:val=\"single\" w:sz=\"8\" w:space=\"8\" w:color=\"808080\"/></w:pBdr>"
                        + indent(charTwips, 2, 0, 0), "");
        paragraph(s, "Marking", "取扱区分", "Normal", null, false, "<w:jc w:val=\"right\"/>", "<w:b/><w:bCs/>");
        paragraph(s, "Edition", "版", "Normal", null, false, "<w:spacing w:afterLines=\"50\" w:after=\"180\"/><w:jc w:val=\"right\"/>", "");
        paragraph(s, "ClauseMarking", "非公開の条項", "Normal", null, false, indent(charTwips, 1, 0, 0), "<w:b/><w:bCs/>");
        paragraph(s, "TOCHeading", "TOC Heading", "Normal", "Normal", false,
                "<w:keepNext/><w:spacing w:beforeLines=\"50\" w:before=\"180\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"9\"/>",
                "<w:b/><w:bCs/>");
        for (int level = 1; level <= 3; level++) {
            paragraph(s, "TOC" + level, "toc " + level, "Normal", "Normal", false,
                    "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + textTwips + "\"/></w:tabs>"
                            + indent(charTwips, level - 1, 0, 0), "");
        }
        paragraph(s, "TableHeading", "表の見出し", "Normal", null, false, "<w:jc w:val=\"center\"/>", "<w:b/><w:bCs/>");
        paragraph(s, "TableText", "表の本文", "Normal", null, false, "<w:jc w:val=\"left\"/>", "");
        // the 新旧対照表 and other reports: smaller text in two columns
        int small = halfPoints(Math.max(8, font.size() - 1.5));
        String smallSize = "<w:sz w:val=\"" + small + "\"/><w:szCs w:val=\"" + small + "\"/>";
        paragraph(s, "ReportText", "対照表の本文", "Normal", null, false, "<w:jc w:val=\"left\"/>", smallSize);
        paragraph(s, "ReportHeading", "対照表の見出し", "Normal", null, false, "<w:keepNext/><w:jc w:val=\"left\"/>",
                "<w:b/><w:bCs/>" + smallSize);
        paragraph(s, "ReportStatus", "対照表の区分", "Normal", null, false, "<w:jc w:val=\"left\"/>",
                "<w:color w:val=\"595959\"/>" + halfPointsTag(Math.max(7, font.size() - 2.5)));
        paragraph(s, "Header", "header", "Normal", null, false,
                "<w:tabs><w:tab w:val=\"center\" w:pos=\"" + textTwips / 2 + "\"/><w:tab w:val=\"right\" w:pos=\"" + textTwips
                        + "\"/></w:tabs><w:snapToGrid w:val=\"0\"/>", halfPointsTag(Math.max(7, font.size() - 2)));
        paragraph(s, "Footer", "footer", "Normal", null, false, "<w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/>",
                halfPointsTag(Math.max(7, font.size() - 2)));
        s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
                .append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
        s.append("<w:style w:type=\"character\" w:styleId=\"Changed\"><w:name w:val=\"相違箇所\"/><w:qFormat/>")
                .append("<w:rPr><w:u w:val=\"single\"/></w:rPr></w:style>");
        s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
                .append("<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        s.append("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/>")
                .append("<w:uiPriority w:val=\"59\"/><w:pPr><w:snapToGrid w:val=\"0\"/></w:pPr><w:tblPr><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            s.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>");
        }
        s.append("</w:tblBorders></w:tblPr></w:style>");
        s.append("</w:styles>");
        return s.toString();
    }

    private static void paragraph(StringBuilder s, String id, String name, String basedOn, String next, boolean isDefault,
                                  String pPr, String rPr) {
        s.append("<w:style w:type=\"paragraph\"");
        if (isDefault) {
            s.append(" w:default=\"1\"");
        }
        s.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(esc(name)).append("\"/>");
        if (basedOn != null) {
            s.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        if (next != null) {
            s.append("<w:next w:val=\"").append(next).append("\"/>");
        }
        s.append("<w:qFormat/>");
        if (!pPr.isEmpty()) {
            s.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
        if (!rPr.isEmpty()) {
            s.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        s.append("</w:style>");
    }

    /** w:ind in characters (hundredths, Word's 字) and in twips: left, first line, hanging. */
    static String indent(int charTwips, double left, double firstLine, double hanging) {
        StringBuilder s = new StringBuilder("<w:ind");
        s.append(" w:leftChars=\"").append(Math.round(left * 100)).append("\" w:left=\"").append(Math.round(left * charTwips)).append('"');
        if (hanging > 0) {
            s.append(" w:hangingChars=\"").append(Math.round(hanging * 100)).append("\" w:hanging=\"")
                    .append(Math.round(hanging * charTwips)).append('"');
        } else if (firstLine > 0) {
            s.append(" w:firstLineChars=\"").append(Math.round(firstLine * 100)).append("\" w:firstLine=\"")
                    .append(Math.round(firstLine * charTwips)).append('"');
        }
        return s.append("/>").toString();
    }

    static int halfPoints(double points) {
        return (int) Math.round(points * 2);
    }

    private static String halfPointsTag(double points) {
        int hp = halfPoints(points);
        return String.format(Locale.ROOT, "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/>", hp, hp);
    }

    private static String esc(String text) {
        return Xml.escape(text);
    }
}
