package jp.policygen.checklist;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A checklist as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads Shift_JIS),
 * CRLF line ends, every field quoted (RFC 4180; a rule's text holds commas and line breaks), the
 * chapter first, then the workbook's columns.
 */
public final class CsvChecklist {

    public byte[] write(Checklist c) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        header.add("章");
        header.addAll(c.columns());
        line(out, header);
        int filled = c.kind().filledColumns().size();
        for (Rule r : c.rules()) {
            List<String> fields = new ArrayList<>(List.of(r.chapter(), r.number(), r.caption(),
                    r.text().replace("\n", "\r\n"), c.roles().titles(r.roles())));
            for (int i = 0; i < filled; i++) {
                fields.add("");
            }
            fields.add(r.key());
            line(out, fields);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}
