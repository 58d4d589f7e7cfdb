package jp.policygen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The centre of policygen: one document of a policy as plain immutable data. Readers (compose,
 * import) build it; writers (Markdown, HTML, PDF), compare, lint and publish read it.
 */
public record PolicyDocument(DocumentInfo info, List<Section> sections) {

    /** Version of this model; bump it when the records change shape. */
    public static final int MODEL_VERSION = 3;

    public PolicyDocument {
        Objects.requireNonNull(info, "info");
        sections = List.copyOf(sections);
    }

    /** Every section in document order (pre-order). */
    public List<Section> allSections() {
        List<Section> out = new ArrayList<>();
        collect(sections, out);
        return out;
    }

    private static void collect(List<Section> sections, List<Section> out) {
        for (Section s : sections) {
            out.add(s);
            collect(s.children(), out);
        }
    }

    /**
     * Whether a clause's text must stay private: the document is private, or the clause (which
     * then carries the mark for everything under it) is.
     */
    public boolean isPrivate(Section section) {
        return info.visibility() == Visibility.PRIVATE || section.visibility() == Visibility.PRIVATE;
    }

    /** Whether any clause of a public document is private. */
    public boolean hasPrivateClauses() {
        return allSections().stream().anyMatch(s -> s.visibility() == Visibility.PRIVATE);
    }

    public Optional<Section> find(String id) {
        return allSections().stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
