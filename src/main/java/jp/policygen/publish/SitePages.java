package jp.policygen.publish;

import java.util.List;

import jp.policygen.text.Resources;
import jp.policygen.model.DocumentInfo;
import jp.policygen.model.Revision;
import jp.policygen.printed.PrintedDocument;
import jp.policygen.params.BodyParams;
import jp.policygen.render.Editions;
import jp.policygen.render.HtmlWriter;

/**
 * The pages of the public site around the documents: the index of all bodies, each body's page
 * (edition, 策定/改正 dates, the revision history, links to the basic policy as HTML and PDF) and
 * the site's frame around a document page. Every page is self-contained XHTML (inline CSS, no
 * scripts, no external requests, relative links only, so the site works from disk), lang="ja",
 * with a skip link, landmarks (banner, navigation, main, contentinfo) and one h1.
 */
final class SitePages {

    static final String SITE_CSS = Resources.text(SitePages.class, "site.css");
    static final String SITE_TITLE = "情報セキュリティ基本方針";

    private final HtmlWriter html = new HtmlWriter();

    /** A public document as the site shows it: its public text and the size of its PDF. */
    record Published(PrintedDocument publicText, long pdfBytes) {
        DocumentInfo info() {
            return publicText.info();
        }

        /** {@code basic-policy.html}: the page, beside its PDF. */
        String html() {
            return info().kind().stem() + ".html";
        }

        String pdf() {
            return info().kind().stem() + ".pdf";
        }
    }

    /**
     * A body as the site shows it: its parameters, its public documents (in the edition's order)
     * and the titles of the documents it keeps private.
     */
    record Entry(BodyParams params, List<Published> documents, List<String> privateTitles) {
        Entry {
            documents = List.copyOf(documents);
            privateTitles = List.copyOf(privateTitles);
            if (documents.isEmpty()) {
                throw new IllegalArgumentException(params.id() + " has no public document to publish");
            }
        }

        /** The body's edition and dates, which every document of its policy shares. */
        DocumentInfo info() {
            return documents.get(0).info();
        }
    }

    /** output/site/index.html: every body, with its edition, latest date and documents. */
    String index(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        head(out, SITE_TITLE + "の公開", "");
        out.append("<header class=\"site-bar\">\n<p class=\"site-name\">").append(SITE_TITLE).append("の公開</p>\n");
        breadcrumb(out, null, null, null);
        out.append("</header>\n<main id=\"main\">\n<h1>").append(SITE_TITLE).append("の公開</h1>\n")
                .append("<p>各団体が定めた情報セキュリティ基本方針を掲載しています（").append(entries.size())
                .append("団体）。団体名を選ぶと、版と改正の経過を確認できます。</p>\n<ul class=\"bodies\">\n");
        for (Entry e : entries) {
            String id = e.params().id();
            DocumentInfo info = e.info();
            out.append("<li>\n<h2><a href=\"").append(x(id)).append("/index.html\">").append(x(info.bodyName()))
                    .append("</a></h2>\n<p>").append(x(kindName(e.params()))).append("\u3000")
                    .append(x(Editions.editionLabel(info))).append("\u3000").append(x(latestDate(info))).append("</p>\n");
            for (Published d : e.documents()) {
                out.append("<p><a href=\"").append(x(id)).append('/').append(x(d.html())).append("\">")
                        .append(x(d.info().title())).append("</a>\u3000<a href=\"").append(x(id)).append('/')
                        .append(x(d.pdf())).append("\" type=\"application/pdf\">PDF版<span class=\"format\">（")
                        .append(size(d.pdfBytes())).append("）</span></a></p>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</main>\n");
        footer(out);
        return out.append("</body>\n</html>\n").toString();
    }

    /** output/site/<id>/index.html: the body's documents, edition, dates and history. */
    String bodyPage(Entry e) {
        DocumentInfo info = e.info();
        BodyParams p = e.params();
        StringBuilder out = new StringBuilder();
        head(out, info.bodyName() + "の" + SITE_TITLE, "");
        out.append("<header class=\"site-bar\">\n<p class=\"site-name\"><a href=\"../index.html\">").append(SITE_TITLE)
                .append("の公開</a></p>\n");
        breadcrumb(out, "../index.html", info.bodyName(), null);
        out.append("</header>\n<main id=\"main\">\n<h1>").append(x(info.bodyName())).append("の").append(SITE_TITLE)
                .append("</h1>\n<section aria-labelledby=\"documents\">\n<h2 id=\"documents\">公開している文書</h2>\n")
                .append("<ul class=\"documents\">\n");
        for (Published d : e.documents()) {
            out.append("<li><a href=\"").append(x(d.html())).append("\">").append(x(d.info().title()))
                    .append("</a><span class=\"format\">（HTML）</span></li>\n<li><a href=\"").append(x(d.pdf()))
                    .append("\" type=\"application/pdf\">").append(x(d.info().title())).append("<span class=\"format\">（PDF、")
                    .append(size(d.pdfBytes())).append("）</span></a></li>\n");
        }
        out.append("</ul>\n<dl class=\"facts\">\n<dt>版</dt><dd>")
                .append(x(Editions.editionLabel(info))).append("</dd>\n<dt>策定</dt><dd>").append(x(info.established()))
                .append("</dd>\n");
        if (!info.revisions().isEmpty()) {
            out.append("<dt>最終改正</dt><dd>").append(x(info.currentDate())).append("</dd>\n");
        }
        out.append("</dl>\n</section>\n");
        cyberPolicy(out, p);
        out.append("<section aria-labelledby=\"history\">\n<h2 id=\"history\">改正の経過</h2>\n")
                .append("<table>\n<thead>\n<tr><th scope=\"col\">年月</th><th scope=\"col\">区分</th><th scope=\"col\">内容</th></tr>\n")
                .append("</thead>\n<tbody>\n<tr><td>").append(x(info.established())).append("</td><td>策定</td><td>初版")
                .append("</td></tr>\n");
        for (Revision r : info.revisions()) {
            out.append("<tr><td>").append(x(r.date())).append("</td><td>改正</td><td>")
                    .append(r.note() == null ? "" : x(r.note())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n<section aria-labelledby=\"not-published\">\n")
                .append("<h2 id=\"not-published\">掲載していない文書</h2>\n<p>")
                .append(x(jp.policygen.text.JapaneseLists.join(notPublished(e), "と")))
                .append("は、具体的な対策の内容が攻撃の手掛かりになり得るため、このサイトには掲載していません。</p>\n")
                .append("</section>\n</main>\n");
        footer(out);
        return out.append("</body>\n</html>\n").toString();
    }

    /** The documents the site does not show: the private ones, then the procedures. */
    private static List<String> notPublished(Entry e) {
        List<String> out = new java.util.ArrayList<>(e.privateTitles());
        out.add(e.params().titles().procedures());
        return out;
    }

    /** output/site/<id>/<document>.html: the document page in the site's frame. */
    String documentPage(Published d) {
        DocumentInfo info = d.info();
        StringBuilder top = new StringBuilder("<a class=\"skip\" href=\"#main\">本文へ移動</a>\n<div class=\"site-bar\">\n")
                .append("<p class=\"site-name\"><a href=\"../index.html\">").append(SITE_TITLE).append("の公開</a></p>\n");
        breadcrumb(top, "../index.html", info.bodyName(), info.title());
        top.append("<p>印刷用：<a href=\"").append(x(d.pdf())).append("\" type=\"application/pdf\">")
                .append("PDF版<span class=\"format\">（").append(size(d.pdfBytes())).append("）</span></a></p>\n</div>\n");
        StringBuilder bottom = new StringBuilder();
        footer(bottom);
        return html.render(d.publicText(), "\n/* site */\n" + SITE_CSS, "", top.toString(), bottom.toString());
    }

    private static void head(StringBuilder out, String title, String extraCss) {
        out.append("<!DOCTYPE html>\n<html lang=\"ja\" xml:lang=\"ja\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(x(title)).append("</title>\n")
                .append("<meta name=\"generator\" content=\"policygen\" />\n")
                .append("<style>\n").append(HtmlWriter.styleSheet()).append("\n/* site */\n").append(SITE_CSS)
                .append(extraCss).append("</style>\n</head>\n<body class=\"site\">\n")
                .append("<a class=\"skip\" href=\"#main\">本文へ移動</a>\n");
    }

    /** トップ [› body [› document]]; the last step is the current page. */
    private static void breadcrumb(StringBuilder out, String home, String bodyName, String documentTitle) {
        out.append("<nav class=\"breadcrumb\" aria-label=\"現在位置\">\n<ol>\n");
        if (bodyName == null) {
            out.append("<li aria-current=\"page\">トップ</li>\n</ol>\n</nav>\n");
            return;
        }
        out.append("<li><a href=\"").append(home).append("\">トップ</a></li>\n");
        if (documentTitle == null) {
            out.append("<li aria-current=\"page\">").append(x(bodyName)).append("</li>\n");
        } else {
            out.append("<li><a href=\"index.html\">").append(x(bodyName)).append("</a></li>\n")
                    .append("<li aria-current=\"page\">").append(x(documentTitle)).append("</li>\n");
        }
        out.append("</ol>\n</nav>\n");
    }

    private static void footer(StringBuilder out) {
        out.append("<footer class=\"site-footer\">\n<p>このサイトは policygen が生成しました。")
                .append("外部のサーバーには接続しないため、ファイルを開くだけで閲覧できます。</p>\n</footer>\n");
    }

    /** 「令和8年3月改正」 or, never revised, 「平成15年4月策定」. */
    /**
     * The 方針 of 地方自治法, when the body adopted one: what it is (the basic policy, or texts of
     * their own listed above), the organs that adopted it and how, the date and the statute.
     */
    private static void cyberPolicy(StringBuilder out, BodyParams p) {
        BodyParams.CyberPolicy c = p.cyberPolicy();
        if (!c.basicPolicy() && !c.separate()) {
            return;
        }
        var frame = p.edition().cyberPolicy();
        String organs = jp.policygen.text.JapaneseLists.join(c.organs(), "及び");
        out.append("<section aria-labelledby=\"cyber-policy\">\n<h2 id=\"cyber-policy\">サイバーセキュリティを確保するための方針</h2>\n<p>")
                .append(x(c.basicPolicy() ? p.titles().basic() + "は、" + organs + "が" + frame.statuteShort()
                        + "に基づき" + (c.perOrgan() || c.organs().size() == 1 ? "" : "共同して") + "定めるサイバーセキュリティを確保するための方針を兼ねています。"
                        : organs + "が" + frame.statuteShort() + "に基づき" + (c.perOrgan() ? "それぞれ" : "共同して")
                        + "定めたサイバーセキュリティを確保するための方針を、上に掲載しています。"))
                .append("</p>\n<dl class=\"facts\">\n<dt>策定した機関</dt><dd>").append(x(String.join("、", c.organs())))
                .append("</dd>\n<dt>策定の方法</dt><dd>").append(c.perOrgan() ? "機関ごと" : "共同")
                .append("</dd>\n<dt>策定日</dt><dd>").append(x(c.adopted())).append("</dd>\n<dt>根拠</dt><dd>")
                .append(x(frame.statute())).append("</dd>\n</dl>\n</section>\n");
    }

    static String latestDate(DocumentInfo info) {
        return info.revisions().isEmpty() ? info.established() + "策定" : info.currentDate() + "改正";
    }

    static String kindName(BodyParams p) {
        return p.body().kind().kindName(); // 市, 政令指定都市, 特別区, 都道府県, 一部事務組合, 教育委員会 …
    }

    /** 「123KB」, rounded up, as Japanese sites state a download's size. */
    static String size(long bytes) {
        return ((bytes + 1023) / 1024) + "KB";
    }

    private static String x(String text) {
        return HtmlWriter.escapeXml(text);
    }

}
