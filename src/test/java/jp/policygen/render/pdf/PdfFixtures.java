package jp.policygen.render.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Named;

import jp.policygen.PolicygenException;
import jp.policygen.Project;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.DocumentKind;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.Numbering;
import jp.policygen.numbering.NumberingStyle;
import jp.policygen.params.BodyParams;

/**
 * The documents the PDF tests look at, built from the project's real bodies and templates, and
 * their PDFs, rendered once per test run by one writer (as {@code generate} does).
 */
final class PdfFixtures {

    /** A document under test and, once asked for, its PDF. */
    static final class Doc {
        final String name;
        final Numbering numbering;
        private byte[] pdf;

        Doc(String name, Numbering numbering) {
            this.name = name;
            this.numbering = numbering;
        }

        synchronized byte[] pdf() {
            if (pdf == null) {
                pdf = WRITER.write(numbering);
            }
            return pdf;
        }

        DocumentInfo info() {
            return numbering.document().info();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final PdfWriter WRITER = new PdfWriter();
    /** The project whose bodies are rendered: this checkout, or -Dpolicygen.test.project=DIR. */
    static final Project PROJECT = new Project(Path.of(System.getProperty("policygen.test.project", ".")));
    private static final Map<String, Doc> DOCS = build();

    private PdfFixtures() {
    }

    /**
     * Every body's basic policy; every body's standards where this checkout's templates compose;
     * and the komoro-city basic policy marked private, so the private layout is tested even when
     * the standards' templates are incomplete.
     */
    private static Map<String, Doc> build() {
        Map<String, Doc> docs = new LinkedHashMap<>();
        for (String id : PROJECT.bodyIds()) {
            BodyParams body = PROJECT.params().read(id);
            for (Numbering n : PROJECT.build(body, List.of("basic-policy"))) {
                docs.put(id + "/basic-policy", new Doc(id + "/basic-policy", n));
            }
            try {
                for (Numbering n : PROJECT.build(body, List.of("standards"))) {
                    docs.put(id + "/standards", new Doc(id + "/standards", n));
                }
            } catch (PolicygenException e) {
                // standards templates not complete on this branch: tested once they compose
            }
        }
        Numbering komoro = docs.get("komoro-city/basic-policy").numbering;
        docs.put("komoro-city/basic-policy(private)", new Doc("komoro-city/basic-policy(private)", asPrivate(komoro)));
        return docs;
    }

    static Numbering asPrivate(Numbering n) {
        DocumentInfo i = n.document().info();
        DocumentInfo info = new DocumentInfo(i.bodyId(), i.bodyName(), i.title(), i.kind(), Visibility.PRIVATE,
                i.edition(), i.established(), i.revisions(), i.layout());
        return NumberingStyle.named(i.layout().style()).number(new PolicyDocument(info, n.document().sections()));
    }

    static Doc get(String name) {
        Doc d = DOCS.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no fixture " + name + "; have " + DOCS.keySet());
        }
        return d;
    }

    static List<Named<Doc>> all() {
        List<Named<Doc>> out = new ArrayList<>();
        DOCS.values().forEach(d -> out.add(Named.of(d.name, d)));
        return out;
    }
}
