package jp.policygen.compare;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.policygen.i18n.Texts;

/**
 * How a 新旧対照表 is laid out, as a body's house style has it (domain.md §5): the labels of the
 * two columns, which comes first, whether unchanged text is elided with 「（略）」, whether a clause
 * on one side only is marked (新設)/(削る) in the other column, and whether the narrow column
 * beside the text is a 備考 with (追加)/(変更)/(削除) rather than the status of the row. By
 * convention the new text is on the left and the old on the right; some bodies do it the other
 * way round. What the rows are called (改正 or 独自の文言) follows the comparison, not the labels.
 */
public record ReportOptions(String targetLabel, String baseLabel, boolean targetFirst, boolean elide,
                            boolean markers, boolean remarks) {

    public ReportOptions {
        Objects.requireNonNull(targetLabel, "targetLabel");
        Objects.requireNonNull(baseLabel, "baseLabel");
    }

    /** A body against the model: 本団体 / 標準モデル. */
    public static final ReportOptions MODEL = new ReportOptions("本団体", "標準モデル", true, false, true, false);
    /** An adopted revision: 改正後 / 改正前. */
    public static final ReportOptions REVISION = new ReportOptions("改正後", "改正前", true, false, true, false);
    /** A draft revision: 改正案 / 現行. */
    public static final ReportOptions DRAFT = new ReportOptions("改正案", "現行", true, false, true, false);
    /** A revision with a 備考 column of (追加)/(変更)/(削除) instead of (新設)/(削る) in the text columns. */
    public static final ReportOptions REMARKS = new ReportOptions("改正後", "改正前", true, false, false, true);

    /**
     * A house style by name: {@code revision} (or {@code kaisei}: 改正後/改正前, (新設)/(削る)),
     * {@code draft} ({@code an}: 改正案/現行), {@code remarks} ({@code biko}: 改正後/改正前 with a 備考
     * column and no markers), {@code model} (本団体/標準モデル). Elision stays as it was asked for.
     */
    public ReportOptions withStyle(String style) {
        ReportOptions preset = switch (style.trim().toLowerCase(Locale.ROOT)) {
            case "model" -> MODEL;
            case "revision", "kaisei" -> REVISION;
            case "draft", "an" -> DRAFT;
            case "remarks", "biko" -> REMARKS;
            default -> throw new IllegalArgumentException(Texts.get("compare.style.unknown", style));
        };
        return new ReportOptions(preset.targetLabel, preset.baseLabel, preset.targetFirst, elide, preset.markers, preset.remarks);
    }

    /**
     * Labels from the command line: a preset ({@code model}, {@code revision}, {@code draft}) or
     * two labels, new first ({@code 改正後,改正前}).
     */
    public ReportOptions withLabels(List<String> labels) {
        if (labels.size() == 1) {
            ReportOptions preset = switch (labels.get(0).trim().toLowerCase(Locale.ROOT)) {
                case "model" -> MODEL;
                case "revision" -> REVISION;
                case "draft" -> DRAFT;
                default -> throw new IllegalArgumentException(Texts.get("compare.labels.unknown", labels.get(0)));
            };
            return new ReportOptions(preset.targetLabel, preset.baseLabel, targetFirst, elide, markers, remarks);
        }
        if (labels.size() != 2 || labels.get(0).isBlank() || labels.get(1).isBlank()) {
            throw new IllegalArgumentException(Texts.get("compare.labels.two"));
        }
        return new ReportOptions(labels.get(0).trim(), labels.get(1).trim(), targetFirst, elide, markers, remarks);
    }

    /** {@code new-old} (the default) or {@code old-new}. */
    public ReportOptions withOrder(String order) {
        return switch (order.trim().toLowerCase(Locale.ROOT)) {
            case "new-old" -> new ReportOptions(targetLabel, baseLabel, true, elide, markers, remarks);
            case "old-new" -> new ReportOptions(targetLabel, baseLabel, false, elide, markers, remarks);
            default -> throw new IllegalArgumentException(Texts.get("compare.columnsOrder.unknown", order));
        };
    }

    public ReportOptions withElide(boolean on) {
        return new ReportOptions(targetLabel, baseLabel, targetFirst, on, markers, remarks);
    }

    /** (新設)/(削る) in the column of the side a clause is missing from, or nothing. */
    public ReportOptions withMarkers(boolean on) {
        return new ReportOptions(targetLabel, baseLabel, targetFirst, elide, on, remarks);
    }

    /** A 備考 column of (追加)/(変更)/(削除) instead of the status column. */
    public ReportOptions withRemarks(boolean on) {
        return new ReportOptions(targetLabel, baseLabel, targetFirst, elide, markers, on);
    }
}
