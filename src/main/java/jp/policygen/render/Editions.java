package jp.policygen.render;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Revision;

/** How a document's edition and dates are printed: 「第3版（平成15年4月策定　令和8年3月改正）」. */
public final class Editions {

    private Editions() {
    }

    public static String line(DocumentInfo info) {
        List<String> dates = dateEntries(info);
        return dates.isEmpty() ? editionLabel(info) : editionLabel(info) + "（" + String.join("　", dates) + "）";
    }

    public static String editionLabel(DocumentInfo info) {
        return "第" + info.edition() + "版";
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
