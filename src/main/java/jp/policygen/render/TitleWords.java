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

    private TitleWords() {
    }

    /** The pieces of a title, in order; joined they are the title. */
    static List<String> split(String title, String bodyName) {
        List<String> out = new ArrayList<>();
        int start = 0;
        if (!bodyName.isEmpty() && title.startsWith(bodyName) && title.length() > bodyName.length()) {
            out.add(bodyName);
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

    /** The title as XHTML: each piece in a span that does not break inside. */
    static String markup(String title, String bodyName) {
        List<String> pieces = split(title, bodyName);
        if (pieces.size() < 2) {
            return Xml.escape(title);
        }
        StringBuilder out = new StringBuilder();
        for (String p : pieces) {
            out.append("<span class=\"w\">").append(Xml.escape(p)).append("</span>");
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
