package jp.policygen.publish;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.PolicyDocument;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;

/** The two readings of a document: what may be published, and the full text kept private. */
public final class PublicView {

    private PublicView() {
    }

    /**
     * The text of a public document that may be published: its private clauses left out, with
     * everything under them. Refuses a private document: no part of it is public.
     */
    public static PolicyDocument publicPart(PolicyDocument document) {
        if (document.info().visibility() != Visibility.PUBLIC) {
            throw new IllegalArgumentException(document.info().title() + " is private as a whole");
        }
        return new PolicyDocument(document.info(), keepPublic(document.sections()));
    }

    private static List<Section> keepPublic(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.visibility() == Visibility.PUBLIC) {
                out.add(s.withChildren(keepPublic(s.children())));
            }
        }
        return out;
    }

    /** The full text of a document that holds private clauses, marked private as a whole. */
    public static PolicyDocument markedPrivate(PolicyDocument document) {
        DocumentInfo i = document.info();
        DocumentInfo info = new DocumentInfo(i.bodyId(), i.bodyName(), i.title(), i.kind(), Visibility.PRIVATE,
                i.edition(), i.established(), i.revisions(), i.layout());
        return new PolicyDocument(info, document.sections());
    }
}
