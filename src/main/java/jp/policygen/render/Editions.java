package jp.policygen.render;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Revision;

/** How a document's edition and dates are printed: 「第3版（平成15年4月策定　令和8年3月改正）」. */
public final class Editions {

    private Editions() {
    }

    /** The edition line; "" for an imported text that states neither edition nor dates. */
    public static String line(DocumentInfo info) {
        List<String> dates = dateEntries(info);
        String label = editionLabel(info);
        if (dates.isEmpty()) {
            return label;
        }
        return label.isEmpty() ? String.join("　", dates) : label + "（" + String.join("　", dates) + "）";
    }

    /** 「第3版」; "" when the edition is not known (an imported text that does not state it: none is invented). */
    public static String editionLabel(DocumentInfo info) {
        return info.edition() > 0 ? "第" + info.edition() + "版" : "";
    }

    /** 「平成15年4月策定」「令和2年9月改正」 …, oldest first. */
    public static List<String> dateEntries(DocumentInfo info) {
        List<String> out = new ArrayList<>();
        if (!info.established().isEmpty()) { // an imported text may not say when it was adopted
            out.add(info.established() + "策定");
        }
        for (Revision r : info.revisions()) {
            out.add(r.date() + "改正");
        }
        return out;
    }
}
