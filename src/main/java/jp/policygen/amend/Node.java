package jp.policygen.amend;

import java.util.ArrayList;
import java.util.List;

/**
 * A provision of the text being amended as it stands while the amendment is drafted: the drafter
 * applies each operation it writes to these nodes, so every later citation names the provision
 * by the number it has at that point of the amendment (after 「第６条を第７条とし」 it is 第７条).
 * Mutable; used by one draft only.
 */
final class Node {

    Provision.Kind kind;
    String label;
    String caption;
    String text;
    List<List<String>> rows;
    boolean deleted;
    final String id;
    final List<Node> children = new ArrayList<>();
    Node parent;
    /** The old provision this node stands for (null: added by the amendment). */
    final Provision original;

    private Node(Provision p, Provision original) {
        this.kind = p.kind();
        this.label = p.label();
        this.caption = p.caption();
        this.text = p.text();
        this.rows = p.rows();
        this.deleted = p.deleted();
        this.id = p.id();
        this.original = original;
    }

    /** A node for an old provision, and nodes for everything under it. */
    static Node of(Provision p) {
        Node n = new Node(p, p);
        for (Provision c : p.children()) {
            n.add(of(c));
        }
        return n;
    }

    /** A node for a provision the amendment adds. */
    static Node added(Provision p) {
        Node n = new Node(p, null);
        for (Provision c : p.children()) {
            n.add(added(c));
        }
        return n;
    }

    /** The root that holds the top-level provisions of a text. */
    static Node root(List<Provision> provisions) {
        Node root = new Node(Provision.of(Provision.Kind.SECTION, "", null, null, List.of(), null), null);
        for (Provision p : provisions) {
            root.add(of(p));
        }
        return root;
    }

    void add(Node child) {
        child.parent = this;
        children.add(child);
    }

    void add(int index, Node child) {
        child.parent = this;
        children.add(index, child);
    }

    /** Whether the caption is words of the provision's text (an item's term) rather than a 見出し. */
    boolean captionIsText() {
        return kind == Provision.Kind.ITEM || kind == Provision.Kind.NOTE;
    }

    boolean isRoot() {
        return parent == null;
    }

    int index() {
        return parent.children.indexOf(this);
    }

    /** The node's siblings of the same kind, itself included, in order. */
    List<Node> sameKind() {
        List<Node> out = new ArrayList<>();
        for (Node s : parent.children) {
            if (s.kind == kind) {
                out.add(s);
            }
        }
        return out;
    }

    /** 1-based position among the siblings of its kind (項 and 段落 are counted, not labelled). */
    int position() {
        return sameKind().indexOf(this) + 1;
    }

    /** The same provision as it now reads, its sub-provisions included. */
    Provision toProvision() {
        List<Provision> cs = new ArrayList<>();
        for (Node c : children) {
            cs.add(c.toProvision());
        }
        return new Provision(kind, label, caption, text, cs, rows, id, deleted);
    }

    /** The lines a quotation in this node is searched in, as they now read (see {@link Provision#quotableLines}). */
    List<String> quotableLines() {
        return toProvision().quotableLines();
    }

    /**
     * Sets the text of the line that {@link #quotableLines} lists at {@code index}: the inverse
     * walk, so an edit of the quotable lines is written back into the nodes.
     */
    void setQuotable(int index, String value) {
        int[] at = {index};
        if (caption != null && (kind == Provision.Kind.ITEM || kind == Provision.Kind.NOTE)) {
            if (at[0]-- == 0) {
                caption = value;
                return;
            }
        }
        if (!setOwn(this, at, value, false)) {
            for (Node c : children) {
                if (setAll(c, at, value)) {
                    return;
                }
            }
            throw new IllegalArgumentException("no quotable line " + index);
        }
    }

    private static boolean setOwn(Node n, int[] at, String value, boolean withCaption) {
        if (withCaption && n.caption != null) {
            if (at[0]-- == 0) {
                n.caption = value;
                return true;
            }
        }
        if (n.text != null) {
            if (at[0]-- == 0) {
                n.text = value;
                return true;
            }
        }
        for (int r = 0; r < n.rows.size(); r++) {
            List<String> row = n.rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (at[0]-- == 0) {
                    List<List<String>> rows = new ArrayList<>();
                    for (List<String> x : n.rows) {
                        rows.add(new ArrayList<>(x));
                    }
                    rows.get(r).set(c, value);
                    n.rows = rows;
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean setAll(Node n, int[] at, String value) {
        if (setOwn(n, at, value, true)) {
            return true;
        }
        for (Node c : n.children) {
            if (setAll(c, at, value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return kind + " " + label;
    }
}
