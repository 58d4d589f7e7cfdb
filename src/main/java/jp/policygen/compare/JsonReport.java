package jp.policygen.compare;

import java.util.List;
import java.util.Locale;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Section;

/**
 * The facts of a comparison for machines: both documents, the options, the summary, and every
 * row with its alignment, status, sections, text and spans. Span offsets are UTF-16 indexes into
 * the row's {@code text} of that side (numbering included, lines separated by "\n").
 */
public final class JsonReport {

    /** 2: the status 移動 (moved), number spans, the table as printed ({@code table}) and {@code revisions}. */
    public static final int FORMAT_VERSION = 2;

    public String render(Comparison c, ReportOptions o) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("{\n  \"format\": \"policygen-compare\",\n  \"version\": ").append(FORMAT_VERSION).append(",\n");
        out.append("  \"private\": ").append(HtmlReport.isPrivate(c)).append(",\n");
        out.append("  \"revisions\": ").append(c.revisions()).append(",\n");
        out.append("  \"title\": ").append(str(ReportTable.title(c))).append(",\n");
        out.append("  \"target\": ");
        side(out, c.target(), o.targetLabel(), Reports.columnHeading(c, o, true));
        out.append(",\n  \"base\": ");
        side(out, c.base(), o.baseLabel(), Reports.columnHeading(c, o, false));
        out.append(",\n  \"ignored\": [");
        boolean first = true;
        for (Ignore i : Ignore.values()) {
            if (c.ignored().contains(i)) {
                out.append(first ? "" : ", ").append(str(i.key()));
                first = false;
            }
        }
        out.append("],\n  \"summary\": {\"rows\": ").append(c.rows().size()).append(", \"counts\": {");
        first = true;
        for (ClauseStatus s : ClauseStatus.values()) {
            out.append(first ? "" : ", ").append(str(s.key())).append(": ").append(c.summary().count(s));
            first = false;
        }
        out.append("}, \"identicalChars\": ").append(c.summary().identicalChars())
                .append(", \"targetChars\": ").append(c.summary().targetChars())
                .append(", \"identicalShare\": ").append(String.format(Locale.ROOT, "%.4f", c.summary().identicalShare()))
                .append("},\n  \"rows\": [");
        first = true;
        for (Comparison.Row row : c.rows()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            out.append("    {\"number\": ").append(row.number())
                    .append(", \"alignment\": ").append(str(row.alignment().key()))
                    .append(", \"similarity\": ").append(String.format(Locale.ROOT, "%.3f", row.similarity()))
                    .append(", \"status\": ").append(str(row.status().key()))
                    .append(", \"statusLabel\": ").append(str(ReportTable.statusText(c, row.status(), row.changed())))
                    .append(", \"moved\": ").append(row.moved())
                    .append(",\n     \"target\": ");
            rowSide(out, row.target(), row.targetText(), row.targetSpans());
            out.append(",\n     \"base\": ");
            rowSide(out, row.base(), row.baseText(), row.baseSpans());
            out.append('}');
        }
        out.append("\n  ],\n  \"table\": [");
        first = true;
        for (ReportTable.Entry e : ReportTable.of(c, o)) {
            out.append(first ? "\n" : ",\n");
            first = false;
            out.append("    {\"rows\": [");
            for (int k = 0; k < e.rows().size(); k++) {
                out.append(k == 0 ? "" : ", ").append(e.rows().get(k).number());
            }
            out.append("], \"status\": ").append(str(e.status().key()))
                    .append(", \"statusLabel\": ").append(str(e.statusText()))
                    .append(", \"note\": ").append(str(e.note(o)))
                    .append(", \"elided\": ").append(e.collapsed())
                    .append(",\n     \"target\": ");
            cell(out, e.target());
            out.append(",\n     \"base\": ");
            cell(out, e.base());
            out.append('}');
        }
        out.append("\n  ]\n}\n");
        return out.toString();
    }

    /** A cell as printed: its marker or its lines, each with the ranges underlined. */
    private static void cell(StringBuilder out, ReportTable.Cell cell) {
        out.append("{\"marker\": ").append(str(cell.marker())).append(", \"lines\": [");
        boolean first = true;
        for (ReportTable.Line line : cell.lines()) {
            out.append(first ? "" : ", ");
            first = false;
            out.append("{\"indent\": ").append(line.indent()).append(", \"heading\": ").append(line.heading())
                    .append(", \"elided\": ").append(line.elision()).append(", \"text\": ").append(str(line.text()))
                    .append(", \"underlined\": [");
            int at = 0;
            boolean firstRange = true;
            for (Reports.Piece p : line.pieces()) {
                if (Reports.underlined(p)) {
                    out.append(firstRange ? "" : ", ").append('[').append(at).append(", ").append(at + p.text().length()).append(']');
                    firstRange = false;
                }
                at += p.text().length();
            }
            out.append("]}");
        }
        out.append("]}");
    }

    private static void side(StringBuilder out, Side side, String label, String heading) {
        DocumentInfo info = side.document().info();
        out.append("{\"label\": ").append(str(label))
                .append(", \"heading\": ").append(str(heading))
                .append(", \"bodyId\": ").append(str(info.bodyId()))
                .append(", \"bodyName\": ").append(str(info.bodyName()))
                .append(", \"title\": ").append(str(info.title()))
                .append(", \"kind\": ").append(str(info.kind().stem()))
                .append(", \"generated\": ").append(side.numbering() != null)
                .append('}');
    }

    private static void rowSide(StringBuilder out, List<Section> sections, ClauseText text, List<Span> spans) {
        if (sections.isEmpty()) {
            out.append("null");
            return;
        }
        out.append("{\"ids\": [");
        for (int k = 0; k < sections.size(); k++) {
            out.append(k == 0 ? "" : ", ").append(str(sections.get(k).id()));
        }
        out.append("], \"provenance\": [");
        for (int k = 0; k < sections.size(); k++) {
            out.append(k == 0 ? "" : ", ").append(str(sections.get(k).provenance().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        out.append("], \"found\": [");
        for (int k = 0; k < sections.size(); k++) {
            String f = sections.get(k).found();
            out.append(k == 0 ? "" : ", ").append(f == null ? "null" : str(f));
        }
        out.append("], \"heading\": ").append(str(Reports.heading(text)))
                .append(",\n      \"text\": ").append(str(text.text()))
                .append(",\n      \"spans\": [");
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            out.append(k == 0 ? "" : ", ").append("{\"start\": ").append(s.start()).append(", \"end\": ").append(s.end())
                    .append(", \"kind\": ").append(str(s.kind().name().toLowerCase(Locale.ROOT)))
                    .append(", \"text\": ").append(str(text.text().substring(s.start(), s.end()))).append('}');
        }
        out.append("]}");
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
