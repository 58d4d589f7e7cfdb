package jp.policygen.text;

import java.util.List;

/** Joins words the Japanese way. */
public final class JapaneseLists {

    private JapaneseLists() {
    }

    /** 「A」「A及びB」「A、B及びC」 with the given conjunction (及び, 又は, 並びに …). */
    public static String join(List<String> parts, String conjunction) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join("、", parts.subList(0, parts.size() - 1)) + conjunction + parts.get(parts.size() - 1);
    }
}
