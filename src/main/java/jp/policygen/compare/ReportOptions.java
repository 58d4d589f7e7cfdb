package jp.policygen.compare;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.policygen.i18n.Texts;

/**
 * How a 新旧対照表 is laid out: the labels of the two columns, which comes first, and whether
 * unchanged clauses are elided with 「（略）」. By convention (domain.md §5) the new text is on the
 * left and the old on the right; some bodies do it the other way round.
 */
public record ReportOptions(String targetLabel, String baseLabel, boolean targetFirst, boolean elide, boolean revision) {

    public ReportOptions {
        Objects.requireNonNull(targetLabel, "targetLabel");
        Objects.requireNonNull(baseLabel, "baseLabel");
    }

    /** A body against the model: 本団体 / 標準モデル. */
    public static final ReportOptions MODEL = new ReportOptions("本団体", "標準モデル", true, false, false);
    /** An adopted revision: 改正後 / 改正前. */
    public static final ReportOptions REVISION = new ReportOptions("改正後", "改正前", true, false, true);
    /** A draft revision: 改正案 / 現行. */
    public static final ReportOptions DRAFT = new ReportOptions("改正案", "現行", true, false, true);

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
            return new ReportOptions(preset.targetLabel, preset.baseLabel, targetFirst, elide, preset.revision);
        }
        if (labels.size() != 2 || labels.get(0).isBlank() || labels.get(1).isBlank()) {
            throw new IllegalArgumentException(Texts.get("compare.labels.two"));
        }
        return new ReportOptions(labels.get(0).trim(), labels.get(1).trim(), targetFirst, elide, revision);
    }

    /** {@code new-old} (the default) or {@code old-new}. */
    public ReportOptions withOrder(String order) {
        return switch (order.trim().toLowerCase(Locale.ROOT)) {
            case "new-old" -> new ReportOptions(targetLabel, baseLabel, true, elide, revision);
            case "old-new" -> new ReportOptions(targetLabel, baseLabel, false, elide, revision);
            default -> throw new IllegalArgumentException(Texts.get("compare.columnsOrder.unknown", order));
        };
    }

    public ReportOptions withElide(boolean on) {
        return new ReportOptions(targetLabel, baseLabel, targetFirst, on, revision);
    }

    /** The words of a row's status in this report. */
    String status(ClauseStatus status) {
        return status.label(revision);
    }

    /** Whether a row's text is replaced by 「（略）」. */
    boolean elided(Comparison.Row row) {
        return elide && !row.changed() && !row.target().isEmpty() && !row.base().isEmpty()
                && (row.status() == ClauseStatus.IDENTICAL || row.status() == ClauseStatus.PARAMETERS_ONLY);
    }
}
