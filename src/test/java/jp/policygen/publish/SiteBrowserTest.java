package jp.policygen.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.Project;
import jp.policygen.TestProjects;

/**
 * The published site of every shipped body in a real browser (Debian's chromium, headless, over
 * the DevTools protocol): every page loads from disk without a request leaving the machine, every
 * link and fragment resolves inside the site, the pages are accessible (language, headings,
 * landmarks, link names, contrast, a visible skip link) and nothing scrolls sideways at 200 %
 * zoom. Screenshots go to target/site-screenshots/ to be looked at.
 *
 * <p>Skipped where /usr/bin/chromium is missing; .ci/run installs it, so CI runs it.
 */
@Tag("browser")
class SiteBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/site-screenshots");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    @TempDir
    static Path dir;
    static Path site;
    static Chromium browser;

    @BeforeAll
    static void publishAndStartTheBrowser() throws Exception {
        assumeTrue(Files.isExecutable(Chromium.EXECUTABLE), "no " + Chromium.EXECUTABLE + " (apt-get install chromium)");
        Project project = new Project(TestProjects.real());
        Publisher publisher = new Publisher(project, dir.resolve("output"));
        publisher.write(publisher.prepare(project.bodyIds()));
        site = dir.resolve("output/site").toRealPath();
        browser = new Chromium(dir.resolve("profile"));
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static String url(Path page) {
        return page.toUri().toString();
    }

    @Test
    void theRecorderSeesARequestThatWouldLeaveTheMachine() {
        // The instrument first: a page that asks for an outside image must show up as such.
        browser.viewport(1280, 900, 1);
        browser.requests.clear();
        browser.navigate("data:text/html,<img src=\"http://example.invalid/x.png\" alt=\"x\">");
        assertTrue(browser.requests.contains("http://example.invalid/x.png"), browser.requests.toString());
    }

    @Test
    void everyPageLoadsFromDiskWithoutARequestLeavingTheMachine() throws IOException {
        browser.viewport(1280, 900, 1);
        List<Path> pages = pages();
        // the index, and per body its page and each public document (a 方針 of 地方自治法 of its own too)
        Project project = new Project(TestProjects.real());
        int expected = 1;
        for (String id : project.bodyIds()) {
            expected += 1 + (int) project.params().read(id).documents().stream()
                    .filter(d -> d.visibility() == jp.policygen.model.Visibility.PUBLIC).count();
        }
        assertEquals(expected, pages.size(), pages.toString());
        for (Path page : pages) {
            browser.requests.clear();
            browser.navigate(url(page));
            assertFalse(browser.requests.isEmpty(), "the recorder saw the page itself");
            for (String request : browser.requests) {
                assertTrue(request.startsWith("file://"), page + " asked for " + request);
                assertTrue(Path.of(URI.create(request)).normalize().startsWith(site), page + " reached outside the site: " + request);
            }
        }
    }

    @Test
    void everyLinkAndFragmentResolvesInsideTheSite() throws Exception {
        browser.viewport(1280, 900, 1);
        Map<Path, Set<String>> idsOf = new HashMap<>();
        int checked = 0;
        for (Path page : pages()) {
            browser.navigate(url(page));
            JsonNode links = browser.evaluate("[...document.querySelectorAll('[href],[src]')]"
                    + ".map(e => e.href || e.src)");
            assertTrue(links.size() > 0, page + " has links");
            for (JsonNode link : links) {
                String href = link.asText();
                assertTrue(href.startsWith("file://"), page + ": link leaves the site: " + href);
                URI uri = URI.create(href);
                Path target = Path.of(new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null)).normalize();
                assertTrue(target.startsWith(site), page + ": link leaves the site: " + href);
                assertTrue(Files.isRegularFile(target), page + ": no such file " + href);
                if (uri.getFragment() != null) {
                    Set<String> ids = idsOf.computeIfAbsent(target, SiteBrowserTest::ids);
                    assertTrue(ids.contains(uri.getFragment()), page + ": no #" + uri.getFragment() + " in " + target);
                }
                checked++;
            }
        }
        assertTrue(checked > 100, "links checked: " + checked);
    }

    private static Set<String> ids(Path html) {
        Set<String> out = new HashSet<>();
        Matcher m = ID.matcher(TestProjects.read(html));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void pagesAreAccessible() throws IOException {
        browser.viewport(1280, 900, 1);
        for (Path page : pages()) {
            browser.navigate(url(page));
            assertEquals("ja", browser.evaluate("document.documentElement.lang").asText(), page.toString());
            JsonNode levels = browser.evaluate("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])");
            assertEquals(1, levels.get(0).asInt(), page + ": starts with h1");
            int h1 = 0;
            for (int i = 0; i < levels.size(); i++) {
                h1 += levels.get(i).asInt() == 1 ? 1 : 0;
                if (i > 0) {
                    assertTrue(levels.get(i).asInt() <= levels.get(i - 1).asInt() + 1, page + ": heading level skipped at " + i);
                }
            }
            assertEquals(1, h1, page + ": one h1");

            // What a screen reader gets: landmarks, and a name for every link.
            Set<String> roles = new HashSet<>();
            for (JsonNode node : browser.accessibilityTree()) {
                if (node.path("ignored").asBoolean()) {
                    continue;
                }
                String role = node.path("role").path("value").asText();
                roles.add(role);
                if (role.equals("link")) {
                    assertFalse(node.path("name").path("value").asText().isBlank(), page + ": a link without a name");
                }
            }
            assertTrue(roles.containsAll(List.of("banner", "navigation", "main", "contentinfo")), page + ": " + roles);

            JsonNode lowContrast = browser.evaluate(CONTRAST);
            assertEquals(0, lowContrast.size(), page + ": text below WCAG AA contrast: " + lowContrast);
        }
    }

    /** Text whose contrast with its background is below 4.5:1 (3:1 for large text), WCAG 2 formula. */
    private static final String CONTRAST = """
            (() => {
              const rgba = s => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
              const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
              const bg = el => { for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor); if (c[3] > 0) return c; } return [255, 255, 255, 1]; };
              const bad = [], seen = new Set();
              const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                const el = n.parentElement;
                if (!n.textContent.trim() || seen.has(el)) continue;
                seen.add(el);
                const st = getComputedStyle(el);
                const L1 = lum(rgba(st.color)), L2 = lum(bg(el));
                const ratio = (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
                const size = parseFloat(st.fontSize), large = size >= 24 || (parseInt(st.fontWeight) >= 700 && size >= 18.66);
                if (ratio < (large ? 3 : 4.5)) bad.push(n.textContent.trim().slice(0, 20) + ' ' + ratio.toFixed(2));
              }
              return bad;
            })()""";

    @Test
    void nothingScrollsSidewaysAt200PercentZoom() throws IOException {
        // 200 % of a 1280-pixel window: 640 CSS pixels, each drawn with 2 device pixels; and the
        // 320 pixels of WCAG's reflow criterion (400 %).
        try {
            for (int width : new int[] {640, 320}) {
                browser.viewport(width, 900, 1280.0 / width);
                for (Path page : pages()) {
                    browser.navigate(url(page));
                    JsonNode w = browser.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                    assertTrue(w.get(0).asInt() <= w.get(1).asInt(), page + ": scrolls sideways " + width + " pixels wide: " + w);
                }
            }
        } finally {
            browser.viewport(1280, 900, 1);
        }
    }

    @Test
    void theSkipLinkComesFirstAndIsVisibleWhenFocused_screenshots() throws IOException {
        browser.viewport(1280, 900, 1);
        browser.navigate(url(site.resolve("index.html")));
        browser.screenshot(SCREENSHOTS.resolve("index.png"));
        browser.navigate(url(site.resolve("komoro-city/index.html")));
        browser.screenshot(SCREENSHOTS.resolve("komoro-city.png"));
        browser.navigate(url(site.resolve("komoro-city/basic-policy.html")));
        browser.screenshot(SCREENSHOTS.resolve("komoro-city-basic-policy.png"));

        browser.viewport(640, 900, 2);
        try {
            browser.navigate(url(site.resolve("komoro-city/basic-policy.html")));
            browser.pressTab();
            JsonNode focus = browser.evaluate("(() => { const a = document.activeElement, r = a.getBoundingClientRect(),"
                    + " s = getComputedStyle(a); return [a.className, a.getAttribute('href'), r.top >= 0 && r.bottom <= innerHeight,"
                    + " s.outlineStyle, document.querySelector(a.getAttribute('href')) !== null]; })()");
            assertEquals("skip", focus.get(0).asText(), "the first Tab reaches the skip link: " + focus);
            assertEquals("#main", focus.get(1).asText());
            assertTrue(focus.get(2).asBoolean(), "the focused skip link is on screen: " + focus);
            assertFalse(focus.get(3).asText().equals("none"), "and has a visible focus outline: " + focus);
            assertTrue(focus.get(4).asBoolean(), "its target exists");
            browser.screenshot(SCREENSHOTS.resolve("komoro-city-basic-policy-200pct-skip-link.png"));
        } finally {
            browser.viewport(1280, 900, 1);
        }
        assertTrue(Files.size(SCREENSHOTS.resolve("index.png")) > 10_000);
    }
}
