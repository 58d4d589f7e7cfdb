package jp.policygen.checklist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.policygen.render.docx.StableZip;
import jp.policygen.text.Wareki;

/**
 * A checklist as an Excel workbook (Apache POI's XSSF): a cover sheet (whose, from which
 * standards, how to answer), then a sheet per chapter of the standards with a row per rule —
 * number, caption, the rule's text, whom it binds, the columns to fill in (the answer column
 * offers ○ / △ / × / 該当なし and refuses anything else), the rule's key last; header row frozen
 * and filterable, printed on A4 landscape one page wide with the header row on every page,
 * 非公開（取扱注意） and page numbers in the page header and footer. The same checklist gives the
 * same bytes. The cover's hidden column D holds what {@link FilledChecklist} reads back.
 */
public final class XlsxChecklist {

    /** The first cell of the cover's hidden column: what kind of file this is. */
    static final String MARKER = "policygen-checklist 1";
    static final String COVER = "表紙";

    /** Column widths in characters, by column name. */
    private static final Map<String, Integer> WIDTHS = Map.ofEntries(Map.entry("番号", 11), Map.entry("見出し", 14),
            Map.entry("規定", 52), Map.entry("対象", 14), Map.entry("回答", 8), Map.entry("評価", 8),
            Map.entry("根拠資料", 18), Map.entry("監査手続", 22), Map.entry("証跡", 18), Map.entry("改善措置", 22),
            Map.entry("担当", 10), Map.entry("期限", 11), Map.entry(Checklist.KEY_COLUMN, 30));
    /** The height of one line of text at the workbook's 11 pt, in points. */
    private static final float LINE_POINTS = 14.5f;

    public byte[] write(Checklist c) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            // the face Japanese Excel starts a workbook with
            wb.getFontAt(0).setFontName("游ゴシック");
            Styles styles = new Styles(wb);
            cover(wb, c, styles);
            Set<String> names = new HashSet<>();
            names.add(COVER);
            for (Map.Entry<String, List<Rule>> chapter : c.byChapter().entrySet()) {
                sheet(wb, c, uniqueName(chapter.getKey(), names), chapter.getValue(), styles);
            }
            properties(wb, c);
            wb.write(out);
            return StableZip.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    /** Cell styles of the workbook, made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle centred;
        final CellStyle label;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = bordered(wb);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setAlignment(HorizontalAlignment.CENTER);
            text = bordered(wb);
            centred = bordered(wb);
            centred.setAlignment(HorizontalAlignment.CENTER);
            label = wb.createCellStyle();
            label.setFont(bold);
            label.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }

    private static void cover(XSSFWorkbook wb, Checklist c, Styles styles) {
        XSSFSheet sheet = wb.createSheet(COVER);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        String[][] rows = {
                {"団体", c.bodyName()},
                {"点検の種類", c.kind().japanese()},
                {"対象者", c.role() == null ? "全ての規定" : c.role().title()
                        + (c.role().holder().isEmpty() ? "" : "（" + c.role().holder() + "）")},
                {"規定", c.documentTitle() + "\u3000" + c.edition()},
                {"規定の数", String.valueOf(c.rules().size())},
                {"記入の方法", c.kind().answerColumn() + "の列に、" + answers() + "のいずれかを記入する。"
                        + "△又は×の規定には改善措置、担当及び期限を記入する。"},
                {"取扱い", "非公開（取扱注意）：対策基準の規定を含むため、公開しない。"},
        };
        // what FilledChecklist reads back: the kind of file, body, kind, role, the standards' date
        String[] machine = {MARKER, c.bodyId(), c.kind().key(), c.role() == null ? "" : c.role().key(), c.textDate()};
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        for (int i = 0; i < Math.max(rows.length, machine.length); i++) {
            XSSFRow row = sheet.createRow(i);
            if (i < rows.length) {
                row.createCell(0).setCellValue(rows[i][0]);
                row.getCell(0).setCellStyle(styles.label);
                XSSFCell value = row.createCell(1);
                value.setCellValue(rows[i][1]);
                value.setCellStyle(wrap);
                row.setHeightInPoints(lines(rows[i][1], 70) * LINE_POINTS + 2);
            }
            if (i < machine.length) {
                row.createCell(3).setCellValue(machine[i]);
            }
        }
        sheet.setColumnHidden(3, true);
        sheet.getHeader().setRight("非公開（取扱注意）");
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, 1, 0, rows.length - 1);
    }

    private static String answers() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Kind.ANSWERS.size(); i++) {
            s.append(i == 0 ? "" : "、").append(Kind.ANSWERS.get(i)).append("（").append(Kind.ANSWER_MEANINGS.get(i)).append("）");
        }
        return s.toString();
    }

    private static void sheet(XSSFWorkbook wb, Checklist c, String name, List<Rule> rules, Styles styles) {
        XSSFSheet sheet = wb.createSheet(name);
        List<String> columns = c.columns();
        XSSFRow head = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            XSSFCell cell = head.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, WIDTHS.getOrDefault(columns.get(i), 12) * 256);
        }
        int answer = columns.indexOf(c.kind().answerColumn());
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            XSSFRow row = sheet.createRow(r + 1);
            String[] values = {rule.number(), rule.caption(), rule.text(), c.roles().titles(rule.roles())};
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                XSSFCell cell = row.createCell(i);
                String value = i < values.length ? values[i] : i == columns.size() - 1 ? rule.key() : "";
                if (!value.isEmpty()) {
                    cell.setCellValue(value);
                    if (i < values.length) {
                        lines = Math.max(lines, lines(value, WIDTHS.getOrDefault(columns.get(i), 12)));
                    }
                }
                cell.setCellStyle(i == answer ? styles.centred : styles.text);
            }
            // wrapped text needs a row tall enough: not every reader fits rows to their text on opening
            row.setHeightInPoints(lines * LINE_POINTS + 2);
        }
        if (!rules.isEmpty()) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint list = helper.createExplicitListConstraint(Kind.ANSWERS.toArray(String[]::new));
            DataValidation v = helper.createValidation(list, new CellRangeAddressList(1, rules.size(), answer, answer));
            v.setShowErrorBox(true);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox("回答", String.join("、", Kind.ANSWERS) + "のいずれかを選ぶ。");
            v.setShowPromptBox(true);
            v.createPromptBox(c.kind().answerColumn(), answers());
            v.setSuppressDropDownArrow(true); // for a list: show the arrow (POI's name reads the other way)
            sheet.addValidationData(v);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rules.size()), 0, columns.size() - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        // the key is for reading the filled checklist back: on screen at the right, not on paper
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, columns.size() - 2, 0, rules.size());
        sheet.getHeader().setLeft(c.title());
        sheet.getHeader().setCenter("&A");
        sheet.getHeader().setRight("非公開（取扱注意）");
        sheet.getFooter().setCenter("&P / &N");
    }

    /**
     * How many lines a text takes in a column {@code width} characters wide (a character of
     * Japanese takes two of the width's units, as Excel counts them).
     */
    static int lines(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < line.length(); i++) {
                units += line.charAt(i) < 0x2000 ? 1 : 2;
            }
            lines += Math.max(1, (units + width - 2) / (width - 1));
        }
        return lines;
    }

    /** A sheet name Excel accepts (at most 31 characters, none of []:*?/\), unique in the workbook. */
    static String uniqueName(String chapter, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(chapter, '・');
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name);
        return name;
    }

    private static void properties(XSSFWorkbook wb, Checklist c) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(c.title());
        core.setCreator(c.bodyName());
        core.setLastModifiedByUser(c.bodyName());
        core.setSubjectProperty(c.kind().japanese());
        core.setContentStatus("非公開（取扱注意）");
        // the date the standards took effect, not the time of the run: the same input, the same bytes
        LocalDate date = Wareki.toDate(c.textDate()).orElse(LocalDate.of(2000, 1, 1));
        Date d = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(d));
        core.setModified(Optional.of(d));
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("policygen");
    }
}
