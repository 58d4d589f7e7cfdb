package jp.policygen.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.i18n.Texts;

/**
 * A checklist as a person filled it in and handed it back (a workbook policygen wrote, perhaps
 * from an older revision of the standards, perhaps with rows sorted, filtered or re-typed): what
 * it is, from its cover, and a row per rule with its answer and the columns filled in. Columns are
 * found by their header, so moved columns still read. An answer is read leniently (〇 and ◯ are
 * ○, ✕ and x are ×, N/A is 該当なし); one that is none of them is reported, at its sheet and cell,
 * and counted as not answered.
 */
public record FilledChecklist(Path file, String bodyId, Kind kind, String roleKey, String textDate, List<Row> rows,
                              List<Problem> problems) {

    /** A row: where it is, the rule's key, number, caption and text as the checklist printed them, and what was filled in. */
    public record Row(String sheet, int line, String key, String number, String caption, String text, String answer,
                      String evidence, String remedy, String owner, String due) {
        /** Whether the answer column is empty. */
        public boolean unanswered() {
            return answer.isEmpty();
        }
    }

    public static FilledChecklist read(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet cover = wb.getSheet(XlsxChecklist.COVER);
            if (cover == null || !XlsxChecklist.MARKER.equals(text(cover, 0, 3))) {
                throw PolicygenException.badInput(new Problem(file, 0, 0, null,
                        Texts.get("checklist.notOurs", XlsxChecklist.COVER),
                        Texts.get("checklist.notOurs.fix")));
            }
            Kind kind;
            try {
                kind = Kind.of(text(cover, 2, 3));
            } catch (IllegalArgumentException e) {
                throw PolicygenException.badInput(new Problem(file, 3, 4, "表紙!D3", e.getMessage(), null));
            }
            List<Row> rows = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (Sheet sheet : wb) {
                if (sheet != cover) {
                    sheet(file, sheet, kind, rows, problems);
                }
            }
            return new FilledChecklist(file, text(cover, 1, 3), kind, text(cover, 3, 3), text(cover, 4, 3), rows, problems);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PolicygenException pe) {
                throw pe;
            }
            throw PolicygenException.badInput(new Problem(file, 0, 0, null, Texts.get("checklist.unreadable", e.getMessage()),
                    Texts.get("checklist.unreadable.fix")));
        }
    }

    private static final DataFormatter FORMAT = new DataFormatter(Locale.JAPAN);

    private static void sheet(Path file, Sheet sheet, Kind kind, List<Row> rows, List<Problem> problems) {
        org.apache.poi.ss.usermodel.Row head = sheet.getRow(sheet.getFirstRowNum());
        if (head == null) {
            return;
        }
        Map<String, Integer> columns = new HashMap<>();
        for (Cell c : head) {
            columns.putIfAbsent(FORMAT.formatCellValue(c).strip(), c.getColumnIndex());
        }
        Integer key = columns.get(Checklist.KEY_COLUMN);
        if (key == null || !columns.containsKey(kind.answerColumn())) {
            return; // a sheet the person added: notes, a pivot table
        }
        for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            if (row == null || cell(row, key).isEmpty()) {
                continue;
            }
            String raw = cell(row, columns.get(kind.answerColumn()));
            String answer = answer(raw);
            if (answer == null) {
                int col = columns.get(kind.answerColumn());
                problems.add(new Problem(file, r + 1, col + 1, sheet.getSheetName() + "!" + cellName(col, r),
                        Texts.get("checklist.answer", raw),
                        Texts.get("checklist.answer.fix", String.join(", ", Kind.ANSWERS))));
                answer = "";
            }
            String evidence = kind == Kind.AUDIT ? cell(row, columns.get("証跡")) : cell(row, columns.get("根拠資料"));
            rows.add(new Row(sheet.getSheetName(), r + 1, cell(row, key), cell(row, columns.get("番号")),
                    cell(row, columns.get("見出し")), cell(row, columns.get("規定")), answer, evidence,
                    cell(row, columns.get("改善措置")), cell(row, columns.get("担当")), cell(row, columns.get("期限"))));
        }
    }

    /** The answer as one of {@link Kind#ANSWERS}, "" when empty, null when it is none of them. */
    static String answer(String raw) {
        String a = raw.strip().replace(" ", "").replace("\u3000", "");
        if (a.isEmpty()) {
            return "";
        }
        return switch (a) {
            case "○", "〇", "◯", "o", "O" -> "○";
            case "△", "▲" -> "△";
            case "×", "✕", "✖", "x", "X", "ｘ", "Ｘ" -> "×";
            case "該当なし", "該当無し", "-", "－", "―", "N/A", "n/a", "NA" -> "該当なし";
            default -> null;
        };
    }

    private static String cell(org.apache.poi.ss.usermodel.Row row, Integer column) {
        if (column == null) {
            return "";
        }
        Cell c = row.getCell(column);
        if (c == null) {
            return "";
        }
        // a due date typed as a date shows as a date, not a serial number
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return FORMAT.formatCellValue(c).strip();
    }

    private static String text(Sheet sheet, int row, int column) {
        org.apache.poi.ss.usermodel.Row r = sheet.getRow(row);
        return r == null ? "" : cell(r, column);
    }

    private static String cellName(int column, int row) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column) + (row + 1);
    }
}
