package jp.policygen.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the three report formats share: wording of the header, the legend and the summary. */
final class Reports {

    private Reports() {
    }

    static final String TITLE = "新旧対照表";

    /** Piece of a line: text and its mark (null: unmarked). */
    record Piece(String text, Span.Kind kind) {
    }

    /** A line cut into pieces at the span boundaries. */
    static List<Piece> pieces(ClauseText text, ClauseText.Line line, List<Span> spans) {
        List<Piece> out = new ArrayList<>();
        int at = line.start();
        String s = text.text();
        for (Span span : spans) {
            if (span.end() <= line.start() || span.start() >= line.end()) {
                continue;
            }
            int from = Math.max(span.start(), line.start());
            int to = Math.min(span.end(), line.end());
            if (from > at) {
                out.add(new Piece(s.substring(at, from), null));
            }
            if (to > from) {
                out.add(new Piece(s.substring(from, to), span.kind()));
            }
            at = Math.max(at, to);
        }
        if (at < line.end()) {
            out.add(new Piece(s.substring(at, line.end()), null));
        }
        return out;
    }

    /** The first heading line of a side, or "". */
    static String heading(ClauseText text) {
        for (ClauseText.Line l : text.lines()) {
            if (l.kind() == ClauseText.LineKind.HEADING) {
                return text.line(l);
            }
        }
        return "";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String ignoredWords(Comparison c) {
        List<String> out = new ArrayList<>();
        for (Ignore i : Ignore.values()) {
            if (c.ignored().contains(i)) {
                out.add(switch (i) {
                    case NAME -> "団体の名称";
                    case SELF -> "自称（本市・本町・議会等）";
                    case ROLES -> "役職名・組織名";
                    case PARAMS -> "職員等の呼称・対象組織等のパラメータ値";
                    case NOTATION -> "表記の揺れ（強靱と強靭、「、」と「，」、全角と半角、空白）及び番号";
                });
            }
        }
        return out.isEmpty() ? "なし" : String.join("、", out);
    }

    /**
     * The side's name; between revisions with the revision it is: its edition, the date of its
     * latest act and, for a 例規 whose frame knows it, the day it took effect
     * (「長野県情報セキュリティ基本方針（第５版、令和８年３月31日改正、令和８年４月１日施行）」).
     */
    static String sideName(Side side, boolean revision) {
        String name = sideName(side);
        if (!revision) {
            return name;
        }
        jp.policygen.model.DocumentInfo info = side.document().info();
        List<String> parts = new ArrayList<>();
        if (info.edition() > 0) {
            parts.add("第" + (info.edition() < 10 ? String.valueOf((char) ('０' + info.edition())) : info.edition()) + "版");
        }
        String date = info.currentDate();
        if (date != null) {
            String printed = jp.policygen.text.Wareki.print(date).orElse(date);
            parts.add(printed + (info.revisions().isEmpty() ? "制定" : "改正"));
        }
        jp.policygen.model.Instrument frame = info.layout().instrument();
        if (frame != null) {
            String effective = frame.acts().get(frame.acts().size() - 1).effective();
            parts.add(jp.policygen.text.Wareki.print(effective).orElse(effective) + "施行");
        }
        return parts.isEmpty() ? name : name + "（" + String.join("、", parts) + "）";
    }

    static String sideName(Side side) {
        String body = side.document().info().bodyName();
        String title = side.title();
        return title.startsWith(body) || body.isBlank() ? title : body + " " + title;
    }
}
