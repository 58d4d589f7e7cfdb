package jp.policygen.checklist;

import java.util.List;
import jp.policygen.i18n.Texts;

/**
 * The two checklists a body keeps against its standards: 自己点検, one per role holder with the
 * rules that bind them, and 監査, every rule with columns for the audit procedure and its
 * evidence. Each names the columns a person fills in.
 */
public enum Kind {
    SELF("self", "自己点検", "回答", List.of("回答", "根拠資料", "改善措置", "担当", "期限")),
    AUDIT("audit", "監査", "評価", List.of("監査手続", "証跡", "評価", "改善措置", "担当", "期限"));

    /** The answers a filled checklist may hold, and what each means. */
    public static final List<String> ANSWERS = List.of("○", "△", "×", "該当なし");
    public static final List<String> ANSWER_MEANINGS = List.of("実施している", "一部実施している", "実施していない",
            "該当する業務・情報システムがない");

    private final String key;
    private final String japanese;
    private final String answerColumn;
    private final List<String> filled;

    Kind(String key, String japanese, String answerColumn, List<String> filled) {
        this.key = key;
        this.japanese = japanese;
        this.answerColumn = answerColumn;
        this.filled = filled;
    }

    public String key() {
        return key;
    }

    public String japanese() {
        return japanese;
    }

    /** The column of ○ / △ / × / 該当なし. */
    public String answerColumn() {
        return answerColumn;
    }

    /** The columns a person fills in, in order. */
    public List<String> filledColumns() {
        return filled;
    }

    public static Kind of(String key) {
        for (Kind k : values()) {
            if (k.key.equals(key) || k.japanese.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException(Texts.get("checklist.kind.unknown", key));
    }
}
