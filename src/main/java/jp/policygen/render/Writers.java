package jp.policygen.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.policygen.i18n.Texts;

/** The registry of output formats, by name; order is the order files are produced in. */
public final class Writers {

    private final Map<String, DocumentWriter> byName = new LinkedHashMap<>();

    public Writers register(DocumentWriter writer) {
        byName.put(writer.extension(), writer);
        return this;
    }

    /** Markdown, HTML, PDF and Word: what every generation produces. */
    public static Writers standard() {
        return new Writers().register(new MarkdownWriter()).register(new HtmlWriter())
                .register(new jp.policygen.render.pdf.PdfWriter()).register(new jp.policygen.render.docx.DocxWriter());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<DocumentWriter> select(List<String> names) {
        List<DocumentWriter> out = new ArrayList<>();
        for (String name : names) {
            DocumentWriter w = byName.get(name);
            if (w == null) {
                throw new IllegalArgumentException(Texts.get("render.unknownFormat", name, String.join(", ", names())));
            }
            out.add(w);
        }
        return out;
    }

    public List<DocumentWriter> all() {
        return List.copyOf(byName.values());
    }
}
