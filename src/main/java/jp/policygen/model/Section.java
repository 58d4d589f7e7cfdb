package jp.policygen.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A clause of a policy: a stable id, a title, its blocks and its sub-sections. The level is the
 * depth in the tree; the number is not stored but assigned by a numbering style. {@code found} is
 * the number an imported text carried, kept so lint can check it.
 *
 * <p>{@code visibility} refines the document's: {@link Visibility#PRIVATE} keeps the clause (and
 * everything under it) out of the public text even when the document is public. A clause is never
 * more public than its document: in a private document every clause is private, whatever it says.
 */
public record Section(String id, List<Inline> title, List<Block> blocks, List<Section> children,
                      Provenance provenance, String found, Visibility visibility) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

    public Section {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a clause id: '" + id
                    + "' (lower-case ASCII words separated by dots, e.g. basic.threats)");
        }
        title = List.copyOf(title);
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(visibility, "visibility");
    }

    /** A clause as public as its document. */
    public Section(String id, List<Inline> title, List<Block> blocks, List<Section> children,
                   Provenance provenance, String found) {
        this(id, title, blocks, children, provenance, found, Visibility.PUBLIC);
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public String titleText() {
        return Inline.plainText(title);
    }

    public Section withChildren(List<Section> newChildren) {
        return new Section(id, title, blocks, newChildren, provenance, found, visibility);
    }

    /** This clause and every clause under it marked private. */
    public Section asPrivate() {
        return new Section(id, title, blocks, children.stream().map(Section::asPrivate).toList(), provenance, found,
                Visibility.PRIVATE);
    }
}
