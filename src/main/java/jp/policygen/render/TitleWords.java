package jp.policygen.render;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.text.Xml;

/**
 * A title split where a line may break: Japanese has no spaces, so a browser breaks a long title
 * anywhere (「…情報セキュリティ基本方/針」 on a phone). A title is cut after the body's name and
 * where the script changes between words (漢字 ↔ カタカナ, and after a run of ひらがな, which
 * stays with the word before it), and each piece is kept whole; a piece too long for the line
 * still breaks (overflow-wrap), so nothing runs off the screen.
 */
final class TitleWords {

    /**
     * The longest piece kept whole: what a title line holds on a 320 px phone (11 characters at
     * the title's 1.6em); a longer piece would take a line of its own and break inside anyway.
     */
    static final int LONGEST_KEPT = 11;

    private TitleWords() {
    }

    /** The pieces of a title, in order; joined they are the title. */
    static List<String> split(String title, String bodyName) {
        List<String> out = new ArrayList<>();
        int start = 0;
        if (!bodyName.isEmpty() && title.startsWith(bodyName) && title.length() > bodyName.length()) {
            out.addAll(nameParts(bodyName));
            start = bodyName.length();
        }
        int piece = start;
        for (int i = start + 1; i < title.length(); i++) {
            Script before = Script.of(title.charAt(i - 1));
            Script after = Script.of(title.charAt(i));
            boolean cut = (before == Script.KANJI && after == Script.KATAKANA)
                    || (before == Script.KATAKANA && after == Script.KANJI)
                    || (before == Script.HIRAGANA && after != Script.HIRAGANA && after != Script.OTHER);
            if (cut) {
                out.add(title.substring(piece, i));
                piece = i;
            }
        }
        if (piece < title.length()) {
            out.add(title.substring(piece));
        }
        return out;
    }

    /**
     * A body's name, cut after the prefecture or 郡 it begins with (福島県|後期高齢者医療広域連合),
     * so that a name longer than a phone's line breaks there rather than anywhere.
     */
    static List<String> nameParts(String name) {
        for (int i = 1; i < Math.min(5, name.length() - 1); i++) {
            if ("都道府県郡".indexOf(name.charAt(i)) >= 0) {
                return List.of(name.substring(0, i + 1), name.substring(i + 1));
            }
        }
        return List.of(name);
    }

    /** The title as XHTML: each piece in a span that does not break inside. */
    static String markup(String title, String bodyName) {
        List<String> pieces = split(title, bodyName);
        if (pieces.size() < 2) {
            return Xml.escape(title);
        }
        StringBuilder out = new StringBuilder();
        for (String p : pieces) {
            // a piece too long for a phone's line would take a line of its own and still break: it flows
            out.append(p.length() > LONGEST_KEPT ? Xml.escape(p) : "<span class=\"w\">" + Xml.escape(p) + "</span>");
        }
        return out.toString();
    }

    private enum Script {
        KANJI, KATAKANA, HIRAGANA, OTHER;

        static Script of(char c) {
            if ((c >= '\u4E00' && c <= '\u9FFF') || c == '々' || c == '〇' || c == '○') {
                return KANJI;
            }
            if ((c >= '\u30A1' && c <= '\u30FA') || c == 'ー') {
                return KATAKANA;
            }
            if (c >= '\u3041' && c <= '\u3096') {
                return HIRAGANA;
            }
            return OTHER;
        }
    }
}
