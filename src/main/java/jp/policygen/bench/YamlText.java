package jp.policygen.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Just enough YAML writing for the parameter files the benchmarks make: block mappings and
 * sequences, flow mappings for one-line entries, and scalars quoted only where YAML would read
 * them as something other than the string meant (numbers, dates, booleans, indicators).
 */
final class YamlText {

    /** Scalars that a YAML 1.1 or 1.2 reader could take for a number, date, boolean or null. */
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "[-+]?[0-9][0-9_.:-]*|true|false|yes|no|on|off|null|~|[Yy]|[Nn]", Pattern.CASE_INSENSITIVE);
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final StringBuilder out = new StringBuilder();

    YamlText comment(String text) {
        out.append(text.isEmpty() ? "#" : "# " + text).append('\n');
        return this;
    }

    /** A line written as given (the caller has indented and quoted it). */
    YamlText raw(String line) {
        out.append(line).append('\n');
        return this;
    }

    YamlText blank() {
        out.append('\n');
        return this;
    }

    /** {@code key:} opening a block at {@code indent} spaces. */
    YamlText open(int indent, String key) {
        out.append(" ".repeat(indent)).append(key).append(":\n");
        return this;
    }

    YamlText entry(int indent, String key, Object value) {
        out.append(" ".repeat(indent)).append(key).append(": ").append(scalar(value)).append('\n');
        return this;
    }

    /** {@code key: { a: 1, b: 2 }}, pairs given as key, value, key, value … */
    YamlText flow(int indent, String key, Object... pairs) {
        out.append(" ".repeat(indent)).append(key).append(": ").append(flowMap(pairs)).append('\n');
        return this;
    }

    /** {@code - { a: 1, b: 2 }} */
    YamlText flowItem(int indent, Object... pairs) {
        out.append(" ".repeat(indent)).append("- ").append(flowMap(pairs)).append('\n');
        return this;
    }

    /** A list, block style ({@code - x} per line) or flow style ({@code [a, b]}) on the key's line. */
    YamlText list(int indent, String key, List<String> items, boolean flowStyle) {
        if (flowStyle || items.isEmpty()) {
            out.append(" ".repeat(indent)).append(key).append(": [");
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(scalar(items.get(i)));
            }
            out.append("]\n");
            return this;
        }
        open(indent, key);
        for (String item : items) {
            out.append(" ".repeat(indent + 2)).append("- ").append(scalar(item)).append('\n');
        }
        return this;
    }

    private static String flowMap(Object... pairs) {
        StringBuilder b = new StringBuilder("{ ");
        for (int i = 0; i < pairs.length; i += 2) {
            b.append(i == 0 ? "" : ", ").append(pairs[i]).append(": ").append(scalar(pairs[i + 1]));
        }
        return b.append(" }").toString();
    }

    static String scalar(Object value) {
        if (value instanceof Boolean || value instanceof Integer) {
            return value.toString();
        }
        String s = value.toString();
        boolean plain = !s.isEmpty() && !NOT_A_STRING.matcher(s).matches() && INDICATORS.indexOf(s.charAt(0)) < 0
                && !s.contains(": ") && !s.contains(" #") && !s.contains(",") && !s.contains("[") && !s.contains("]")
                && !s.contains("{") && !s.contains("}") && s.equals(s.strip());
        if (plain) {
            return s;
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
