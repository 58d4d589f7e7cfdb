package jp.policygen.params;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.Problem;
import jp.policygen.model.PageSetup;
import jp.policygen.text.YamlDocument;
import jp.policygen.i18n.Texts;

/**
 * The house style of a body's Word files ({@code houseStyle.page} and {@code houseStyle.font} in
 * policy.yaml, each value falling back to the edition's defaults.yaml), and what the schema cannot
 * check: that the grid's characters and lines fit the page at the font's size.
 */
final class HouseStylePage {

    private final YamlDocument doc;
    private final JsonNode defaults;
    private final List<Problem> problems;

    HouseStylePage(YamlDocument doc, JsonNode defaults, List<Problem> problems) {
        this.doc = doc;
        this.defaults = defaults;
        this.problems = problems;
    }

    PageSetup read() {
        JsonNode given = doc.root().path("houseStyle");
        PageSetup.Paper paper = PageSetup.Paper.valueOf(text(given, defaults, "page", "paper", "A4"));
        PageSetup.Margins margins = new PageSetup.Margins(margin(given, "top"), margin(given, "right"),
                margin(given, "bottom"), margin(given, "left"));
        int characters = (int) number(given, "page", "grid", "characters", 40);
        int lines = (int) number(given, "page", "grid", "lines", 36);
        String eastAsia = text(given, defaults, "font", "eastAsia", "游明朝");
        String ascii = text(given, defaults, "font", "ascii", eastAsia);
        double size = number(given, "font", null, "size", 10.5);

        double width = paper.widthMm - margins.left() - margins.right();
        double height = paper.heightMm - margins.top() - margins.bottom();
        if (width < 50 || height < 50) {
            problems.add(doc.problem("/houseStyle/page/margins", Texts.get("params.houseStyle.margins",
                    String.format(Locale.ROOT, "%.0f", width), String.format(Locale.ROOT, "%.0f", height), paper))
                    .withSuggestion(Texts.get("params.houseStyle.margins.fix")));
            return PageSetup.DEFAULT;
        }
        double widthPt = width / 25.4 * 72;
        double heightPt = height / 25.4 * 72;
        // Word sets characters a little closer than the font's size (down to about nine tenths of
        // it) but lines never closer than the font's size
        if (characters > 0 && widthPt / characters < size * 0.9) {
            int most = (int) Math.floor(widthPt / (size * 0.9));
            problems.add(doc.problem("/houseStyle/page/grid/characters", Texts.get("params.houseStyle.characters",
                    characters, String.format(Locale.ROOT, "%.1f", size), String.format(Locale.ROOT, "%.0f", width)))
                    .withSuggestion(Texts.get("params.houseStyle.characters.fix", most)));
        }
        if (heightPt / lines < size) {
            int most = (int) Math.floor(heightPt / size);
            problems.add(doc.problem("/houseStyle/page/grid/lines", Texts.get("params.houseStyle.lines",
                    lines, String.format(Locale.ROOT, "%.1f", size), String.format(Locale.ROOT, "%.0f", height)))
                    .withSuggestion(Texts.get("params.houseStyle.lines.fix", most)));
        }
        return new PageSetup(paper, margins, new PageSetup.Grid(characters, lines), new PageSetup.Font(eastAsia, ascii, size));
    }

    private double margin(JsonNode given, String side) {
        return number(given, "page", "margins", side, side.equals("top") ? 35 : 30);
    }

    /** The body's value at houseStyle/{group}/{sub}/{key}, else the default's, else {@code fallback}. */
    private double number(JsonNode given, String group, String sub, String key, double fallback) {
        JsonNode v = at(given, group, sub, key);
        if (v.isNumber()) {
            return v.asDouble();
        }
        JsonNode d = at(defaults, group, sub, key);
        return d.isNumber() ? d.asDouble() : fallback;
    }

    private static String text(JsonNode given, JsonNode defaults, String group, String key, String fallback) {
        JsonNode v = given.path(group).path(key);
        if (v.isTextual() && !v.asText().isBlank()) {
            return v.asText();
        }
        JsonNode d = defaults.path(group).path(key);
        return d.isTextual() && !d.asText().isBlank() ? d.asText() : fallback;
    }

    private static JsonNode at(JsonNode node, String group, String sub, String key) {
        JsonNode n = node.path(group);
        if (sub != null) {
            n = n.path(sub);
        }
        return n.path(key);
    }
}
