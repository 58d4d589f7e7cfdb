package jp.policygen.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the report formats share: wording of the header, the legend and the summary. */
final class Reports {

    private Reports() {
    }

    /** Piece of a line: text and its mark (null: unmarked). */
    record Piece(String text, Span.Kind kind) {
    }

    /** A line cut into pieces at the span boundaries. */
    static List<Piece> pieces(ClauseText text, ClauseText.Line line, List<Span> spans) {
        return pieces(text, line.start(), line.end(), spans);
    }

    /** The text {@code [start, end)} cut into pieces at the span boundaries. */
    static List<Piece> pieces(ClauseText text, int start, int end, List<Span> spans) {
        List<Piece> out = new ArrayList<>();
        int at = start;
        String s = text.text();
        for (Span span : spans) {
            if (span.end() <= start || span.start() >= end || span.end() <= at) {
                continue;
            }
            int from = Math.max(span.start(), at);
            int to = Math.min(span.end(), end);
            if (from > at) {
                out.add(new Piece(s.substring(at, from), null));
            }
            if (to > from) {
                out.add(new Piece(s.substring(from, to), span.kind()));
            }
            at = Math.max(at, to);
        }
        if (at < end) {
            out.add(new Piece(s.substring(at, end), null));
        }
        return out;
    }

    /** Whether a piece is underlined (傍線): changed words, or a number that changed. */
    static boolean underlined(Piece p) {
        return p.kind() == Span.Kind.CHANGED || p.kind() == Span.Kind.NUMBER;
    }

    /**
     * A column's heading: its label and, between revisions, the day the new text takes effect
     * when its frame knows it and it is not the old text's day (「改正後（令和８年４月１日施行）」).
     */
    static String columnHeading(Comparison c, ReportOptions o, boolean targetSide) {
        String label = targetSide ? o.targetLabel() : o.baseLabel();
        if (!c.revisions() || !targetSide) {
            return label;
        }
        String effective = effective(c.target());
        return effective == null || effective.equals(effective(c.base())) ? label : label + "（" + effective + "施行）";
    }

    /** The day the side's latest act took effect, as its text prints dates, or null. */
    private static String effective(Side side) {
        jp.policygen.model.Instrument frame = side.document().info().layout().instrument();
        if (frame == null || frame.acts().isEmpty()) {
            return null;
        }
        String effective = frame.acts().get(frame.acts().size() - 1).effective();
        return effective == null ? null : side.printed().digits(jp.policygen.text.Wareki.print(effective).orElse(effective));
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

    /**
     * The legend after the words on how a format marks changes: the markers, the 備考, the
     * elision and what the comparison left out.
     */
    static String legend(Comparison c, ReportOptions o) {
        StringBuilder s = new StringBuilder();
        s.append(c.revisions() ? "下線は相違箇所（番号のみ変わった条項は番号）を示す。" : "下線は相違箇所を示し、パラメータ値の相違は比較から除外して下線を付さない。");
        if (o.markers()) {
            s.append(c.revisions() ? "一方にしかない条項は、他方の欄に（新設）又は（削る）と記す。" : "一方にしかない条項は、他方の欄に（なし）と記す。");
        }
        if (o.remarks()) {
            s.append(c.revisions() ? "備考欄の（追加）（変更）（削除）は条項の新設、改正及び削除を、（移動）は位置の変更を示す。"
                    : "備考欄は各条項の区分を示す。");
        }
        if (o.elide()) {
            s.append("相違のない部分は（略）とし、相違のない条項が続くときは一行にまとめる。");
        }
        return s.append("比較から除外したもの：").append(ignoredWords(c)).append("。").toString();
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
            String printed = side.printed().digits(jp.policygen.text.Wareki.print(date).orElse(date));
            parts.add(printed + (info.revisions().isEmpty() ? "制定" : "改正"));
        }
        String effective = effective(side);
        if (effective != null) {
            parts.add(effective + "施行");
        }
        return parts.isEmpty() ? name : name + "（" + String.join("、", parts) + "）";
    }

    static String sideName(Side side) {
        String body = side.document().info().bodyName();
        String title = side.title();
        return title.startsWith(body) || body.isBlank() ? title : body + " " + title;
    }
}
