package jp.policygen.text;

/** Escaping for the XHTML every writer produces (the PDF engine parses it as XML). */
public final class Xml {

    private Xml() {
    }

    /** Text or attribute value: markup characters escaped, and characters XML 1.0 forbids made spaces. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
