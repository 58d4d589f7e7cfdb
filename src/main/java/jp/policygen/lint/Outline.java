package jp.policygen.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.importing.ImportResult;
import jp.policygen.importing.Label;
import jp.policygen.importing.LabelKind;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;

/**
 * The numbered structure of a text as it is printed: documents, their sections with the labels
 * they carry and the lines they stand on, and the numbered items inside each section. Built from
 * what the importer read, for imported and generated text alike, so that every rule checks what a
 * reader sees.
 */
final class Outline {

    /** One document of the text (a combined policy holds two). */
    static final class Doc {
        final PolicyDocument document;
        final List<Node> top = new ArrayList<>();
        /** The 第N章 the document is printed as, 0 when it stands alone. */
        final int chapter;
        /** The heading of that chapter as printed, or null. */
        String chapterHeading;
        int chapterLine;

        Doc(PolicyDocument document) {
            this.document = document;
            this.chapter = document.info().layout().documentChapter();
        }

        boolean articleStyle() {
            return "article".equals(document.info().layout().style());
        }

        /** Every section in document order. */
        List<Node> all() {
            List<Node> out = new ArrayList<>();
            collect(top, out);
            return out;
        }

        private static void collect(List<Node> nodes, List<Node> out) {
            for (Node n : nodes) {
                out.add(n);
                collect(n.children, out);
            }
        }
    }

    /** A section as printed: its label (null when unnumbered), title, line and contents. */
    static final class Node {
        final String id;
        final Label label;
        final String title;
        final int line;
        final int markdownLevel;
        final Node parent;
        final Doc doc;
        final int depth;
        final List<Node> children = new ArrayList<>();
        /** The numbered lines inside the section that are items, not sub-sections. */
        final List<ImportResult.SourceLine> items = new ArrayList<>();

        Node(String id, Label label, String title, int line, int markdownLevel, Node parent, Doc doc) {
            this.id = id;
            this.label = label;
            this.title = title;
            this.line = line;
            this.markdownLevel = markdownLevel;
            this.parent = parent;
            this.doc = doc;
            this.depth = parent == null ? 1 : parent.depth + 1;
        }

        /** 「8 情報資産への脅威」, as the heading reads. */
        String heading() {
            if (label == null) {
                return title;
            }
            if (label.kind() == LabelKind.ARTICLE) {
                return title.isEmpty() ? label.printed() : label.printed() + "（" + title + "）";
            }
            return title.isEmpty() ? label.printed() : label.printed() + " " + title;
        }

        boolean isWithin(Node ancestor) {
            for (Node n = this; n != null; n = n.parent) {
                if (n == ancestor) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return heading() + " @" + line;
        }
    }

    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile("^[（(]([^（()）]{1,30})[）)]$");

    final List<Doc> docs = new ArrayList<>();
    final Map<String, Node> byId = new HashMap<>();

    static Outline of(ImportResult result) {
        Outline outline = new Outline();
        Map<String, ImportResult.SourceLine> headingLines = new HashMap<>();
        for (ImportResult.SourceLine l : result.lines()) {
            if (l.heading() && l.sectionId() != null) {
                headingLines.putIfAbsent(l.sectionId(), l);
            }
        }
        for (PolicyDocument document : result.documents()) {
            Doc doc = new Doc(document);
            outline.docs.add(doc);
            for (Section s : document.sections()) {
                doc.top.add(outline.node(s, null, doc, headingLines));
            }
        }
        for (ImportResult.SourceLine l : result.lines()) {
            if (!l.heading() && l.sectionId() != null) {
                Node owner = outline.byId.get(l.sectionId());
                if (owner != null) {
                    owner.items.add(l);
                }
            } else if (l.heading() && l.sectionId() == null && l.label().kind() == LabelKind.CHAPTER) {
                for (Doc d : outline.docs) {
                    if (d.chapter == l.label().value() && d.chapterHeading == null) {
                        d.chapterHeading = l.label().printed() + " " + l.text();
                        d.chapterLine = l.line();
                    }
                }
            }
        }
        return outline;
    }

    private Node node(Section s, Node parent, Doc doc, Map<String, ImportResult.SourceLine> headingLines) {
        ImportResult.SourceLine at = headingLines.get(s.id());
        String title = s.titleText();
        if (title.isEmpty() && at != null && at.label().kind() == LabelKind.ARTICLE) {
            // 「第1条（目的）」 on one line: the caption follows the number
            java.util.regex.Matcher m = CAPTION.matcher(at.text());
            title = m.matches() ? m.group(1) : title;
        }
        Node n = new Node(s.id(), at == null ? null : at.label(), title, at == null ? 0 : at.line(),
                at == null ? 0 : at.markdownLevel(), parent, doc);
        byId.put(s.id(), n);
        for (Section c : s.children()) {
            n.children.add(node(c, n, doc, headingLines));
        }
        return n;
    }

    /** The documents' sections in document order. */
    List<Node> all() {
        List<Node> out = new ArrayList<>();
        for (Doc d : docs) {
            out.addAll(d.all());
        }
        return out;
    }
}
