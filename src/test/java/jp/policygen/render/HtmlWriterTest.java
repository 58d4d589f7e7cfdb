package jp.policygen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import jp.policygen.Project;
import jp.policygen.TestProjects;
import jp.policygen.model.Section;
import jp.policygen.model.Visibility;
import jp.policygen.numbering.Numbering;

class HtmlWriterTest {

    private static Document parse(byte[] html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    }

    @Test
    void everyPageIsWellFormedSelfContainedAndLinksOnlyToItsOwnAnchors() throws Exception {
        Project project = new Project(TestProjects.real());
        for (String id : project.bodyIds()) {
            for (Numbering n : project.build(project.params().read(id))) {
                byte[] html = new HtmlWriter().write(n);
                Document doc = parse(html); // throws if not well-formed XHTML (the PDF engine needs it)
                Element root = doc.getDocumentElement();
                assertEquals("ja", root.getAttribute("lang"), id);
                Set<String> ids = new HashSet<>();
                NodeList all = doc.getElementsByTagName("*");
                for (int i = 0; i < all.getLength(); i++) {
                    Element e = (Element) all.item(i);
                    if (e.hasAttribute("id")) {
                        assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
                    }
                    for (String attr : List.of("src", "href")) {
                        String v = e.getAttribute(attr);
                        assertFalse(v.startsWith("http:") || v.startsWith("https:") || v.startsWith("//"),
                                id + ": external request " + v);
                    }
                }
                for (Section s : n.document().allSections()) {
                    assertTrue(ids.contains(s.id()), id + ": no anchor for " + s.id());
                }
                NodeList links = doc.getElementsByTagName("a");
                for (int i = 0; i < links.getLength(); i++) {
                    String href = ((Element) links.item(i)).getAttribute("href");
                    assertTrue(href.startsWith("#") && ids.contains(href.substring(1)), id + ": dangling link " + href);
                }
                String text = new String(html, java.nio.charset.StandardCharsets.UTF_8);
                boolean marked = text.contains("class=\"marking\"");
                assertEquals(n.document().info().visibility() == Visibility.PRIVATE, marked,
                        id + " " + n.document().info().kind() + ": 非公開 marking only on private documents");
                assertTrue(text.contains("<nav class=\"toc\""), "table of contents");
                assertTrue(text.contains("@media print"), "print CSS");
                assertTrue(text.contains("name=\"viewport\""), "phone layout");
            }
        }
    }
}
