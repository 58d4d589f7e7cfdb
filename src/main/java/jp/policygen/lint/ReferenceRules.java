package jp.policygen.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.importing.ImportResult;
import jp.policygen.importing.Label;
import jp.policygen.importing.LabelKind;
import jp.policygen.i18n.Texts;

/**
 * Cross references as printed — 「上記3の脅威」「上記6、7及び8」「下記4(2)」「第5条第2項」「前条」「前項」 —
 * checked against the numbers the text actually carries: the section must exist, lie on the
 * side 上記/下記 says, and be about what the sentence says it is about.
 */
final class ReferenceRules {

    private ReferenceRules() {
    }

    private static final String DIGITS = "[0-9０-９]+";
    private static final String PATH = DIGITS + "(?:[.．]" + DIGITS + ")*(?:[(（]" + DIGITS + "[)）]|[\u2460-\u2473]|[ア-ン](?![ァ-ヺー]))*";
    /** 「上記2点」「上記3つ」「上記2名」: a count, not a section. */
    private static final String NOT_A_COUNT = "(?![0-9０-９つ点件名人個回年月日時種項か])";
    private static final Pattern ABOVE_BELOW = Pattern.compile(
            "(上記|下記)(" + PATH + ")" + NOT_A_COUNT + "((?:[、，,]" + PATH + ")*)(?:(及び|並びに|又は|若しくは|から)(" + PATH + "))?");
    private static final Pattern ONE_PATH = Pattern.compile(PATH);
    private static final Pattern PATH_PARTS = Pattern.compile("(" + DIGITS + "(?:[.．]" + DIGITS + ")*)|([(（]" + DIGITS
            + "[)）]|[\u2460-\u2473]|[ア-ン])");
    private static final Pattern ARTICLE = Pattern.compile(
            "第([0-9０-９]+|[一二三四五六七八九十百]+)条(?:の([0-9０-９]+))?(?:第([0-9０-９]+)項)?(?:第([0-9０-９]+)号)?");
    private static final Pattern RELATIVE = Pattern.compile("前条|次条|前項");
    private static final Pattern LAW_BEFORE = Pattern.compile(
            "(法|法律|条例|規則|規程|規約|要綱|要領|政令|省令|府令|訓令|告示|基準|憲法|細則|施行令|施行規則|同法|同条例|同令)$");
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:の|に掲げる|に掲げた|に記載する|に記載した|に記載の|に規定する|に規定した|に規定の|に定める|に定めた|で定める|に示す|に示した)"
                    + "(?:「([^」]{1,30})」|([\u4E00-\u9FFF\u3005\u30A1-\u30FAー]{2,20}))");
    private static final Set<String> GENERIC = Set.of("規定", "事項", "場合", "内容", "趣旨", "定め", "各号", "規定等", "ところ");

    enum Kind { MISSING, DIRECTION, SUBJECT }

    record Issue(Kind kind, Passage passage, int offset, int length, String message, String fix, String replacement) {
    }

    /** A place a reference can point at: a section, or a numbered item inside one. */
    private record Target(Outline.Node node, ImportResult.SourceLine item, int line, String shown) {
        String title() {
            return item != null ? item.text() : node.title;
        }
    }

    static List<Issue> analyse(LintContext context) {
        List<Issue> out = new ArrayList<>();
        for (SourceFile f : context.files()) {
            Outline.Node article = null;
            int paragraph = 0;
            for (Passage p : f.passages()) {
                SourceFile.Place place = p.place();
                if (p.toc() || place.doc() == null || place.node() == null) {
                    continue;
                }
                Outline.Doc doc = place.doc();
                Outline.Node enclosingArticle = enclosingArticle(place.node());
                if (enclosingArticle != article) {
                    article = enclosingArticle;
                    paragraph = 0;
                }
                if (article != null && !p.heading()) {
                    if (p.label() != null && p.label().kind() == LabelKind.PLAIN) {
                        paragraph = p.label().value();
                    } else if (paragraph == 0 || (p.label() != null && p.label().kind() == LabelKind.ARTICLE)) {
                        paragraph = 1;
                    }
                } else if (article != null && p.label() != null && p.label().kind() == LabelKind.ARTICLE) {
                    paragraph = 0;
                }
                aboveBelow(context, f, doc, p, out);
                if (doc.articleStyle()) {
                    articles(context, doc, p, out);
                    relative(context, doc, p, article, paragraph, out);
                }
            }
        }
        return out;
    }

    private static Outline.Node enclosingArticle(Outline.Node node) {
        for (Outline.Node n = node; n != null; n = n.parent) {
            if (n.label != null && n.label.kind() == LabelKind.ARTICLE) {
                return n;
            }
        }
        return null;
    }

    // ---- 上記N / 下記N ------------------------------------------------------------------------

    private static void aboveBelow(LintContext context, SourceFile f, Outline.Doc doc, Passage p, List<Issue> out) {
        String text = p.text();
        Matcher m = ABOVE_BELOW.matcher(text);
        while (m.find()) {
            boolean above = m.group(1).equals("上記");
            List<int[]> spans = new ArrayList<>();
            Matcher each = ONE_PATH.matcher(text);
            each.region(m.start(2), m.end());
            while (each.find()) {
                spans.add(new int[] {each.start(), each.end()});
            }
            List<Target> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            StringBuilder fixed = new StringBuilder(text.substring(m.start(), m.end()));
            boolean fixable = true;
            List<Target> suggested = new ArrayList<>();
            for (int k = spans.size() - 1; k >= 0; k--) {
                int[] s = spans.get(k);
                String path = text.substring(s[0], s[1]);
                Target t = resolve(doc, path);
                if (t != null) {
                    found.add(0, t);
                    suggested.add(0, t);
                    continue;
                }
                missing.add(0, path);
                Target guess = chapterGuess(doc, path);
                if (guess == null) {
                    fixable = false;
                } else {
                    suggested.add(0, guess);
                    fixed.replace(s[0] - m.start(), s[1] - m.start(), guess.shown);
                }
            }
            String ref = m.group();
            String noun = subject(text, m.end());
            if (!missing.isEmpty()) {
                String message = (missing.size() == 1 ? Texts.get("lint.reference.missing.one", ref, missing.get(0))
                        : Texts.get("lint.reference.missing.many", ref, String.join("、", missing)))
                        + numberedAs(doc);
                String fix = null;
                String replacement = null;
                if (fixable) {
                    replacement = fixed.toString();
                    fix = Texts.get("lint.reference.missing.fix", replacement, describe(suggested));
                    message += Texts.get("lint.reference.missing.probably", replacement);
                }
                out.add(new Issue(Kind.MISSING, p, m.start(), m.end() - m.start(), message, fix, replacement));
                continue;
            }
            for (Target t : found) {
                boolean before = t.line < p.lineAt(m.start());
                if (t.line > 0 && before != above) {
                    out.add(new Issue(Kind.DIRECTION, p, m.start(), m.end() - m.start(), Texts.get(above ? "lint.reference.direction.above" : "lint.reference.direction.below", ref, t.shown, t.title(), t.line),
                            Texts.get("lint.write", (above ? "下記" : "上記") + ref.substring(2)), (above ? "下記" : "上記") + ref.substring(2)));
                    break;
                }
            }
            subjectCheck(context, doc, p, m.start(), m.end(), ref, noun, found, out);
        }
    }

    /** What the text calls its top sections: 「1.1–1.10」. */
    private static String numberedAs(Outline.Doc doc) {
        List<Outline.Node> top = doc.top.stream().filter(n -> n.label != null && n.label.kind() != LabelKind.PREFACE).toList();
        if (top.isEmpty()) {
            return "";
        }
        return Texts.get("lint.reference.numberedAs", top.get(0).label.printed(), top.get(top.size() - 1).label.printed());
    }

    private static String describe(List<Target> targets) {
        List<String> parts = new ArrayList<>();
        for (Target t : targets) {
            parts.add(t.shown + " " + t.title());
        }
        return String.join("、", parts);
    }

    /** Finds 「4(2)①」 in the printed structure: a top section, then sections or items below it. */
    private static Target resolve(Outline.Doc doc, String path) {
        Matcher parts = PATH_PARTS.matcher(path);
        if (!parts.find() || parts.group(1) == null) {
            return null;
        }
        String first = JapaneseText.fold(parts.group(1)).replace('．', '.');
        Outline.Node node = null;
        for (Outline.Node n : doc.top) {
            if (n.label != null && JapaneseText.fold(n.label.printed()).equals(first)) {
                node = n;
            }
        }
        if (node == null && first.contains(".")) {
            for (Outline.Node n : doc.all()) {
                if (n.label != null && n.label.kind() == LabelKind.DOTTED && JapaneseText.fold(n.label.printed()).equals(first)) {
                    node = n;
                }
            }
        }
        if (node == null) {
            return null;
        }
        Target target = new Target(node, null, node.line, path);
        while (parts.find()) {
            String label = JapaneseText.fold(parts.group(2) != null ? parts.group(2) : parts.group(1));
            Outline.Node child = null;
            for (Outline.Node c : target.node.children) {
                if (c.label != null && JapaneseText.fold(c.label.printed()).equals(label)) {
                    child = c;
                }
            }
            if (child != null) {
                target = new Target(child, null, child.line, path);
                continue;
            }
            for (ImportResult.SourceLine item : target.node.items) {
                if (JapaneseText.fold(item.label().printed()).equals(label)) {
                    return new Target(target.node, item, item.line(), path);
                }
            }
            return null;
        }
        return target;
    }

    /** 「上記3」 in a text numbered 1.1 … 1.10 under 第1章: 「1.3」, when that exists. */
    private static Target chapterGuess(Outline.Doc doc, String path) {
        Matcher parts = PATH_PARTS.matcher(path);
        if (!parts.find() || parts.group(1) == null || parts.group(1).contains(".")) {
            return null;
        }
        for (Outline.Node n : doc.top) {
            if (n.label != null && n.label.kind() == LabelKind.DOTTED) {
                String printed = JapaneseText.fold(n.label.printed());
                String prefix = printed.substring(0, printed.lastIndexOf('.') + 1);
                String guess = prefix + JapaneseText.fold(path);
                Target t = resolve(doc, guess);
                if (t != null) {
                    return new Target(t.node, t.item, t.line, guess);
                }
                return null;
            }
        }
        return null;
    }

    // ---- 第N条 and 前条・次条・前項 (article form) ---------------------------------------------

    /**
     * Whether the document's articles run from 第1条 without a gap: only then is a reference to
     * an article it lacks a wrong reference, not a reference into a part the text leaves out.
     */
    private static boolean completeArticles(Outline.Doc doc) {
        int expected = 1;
        for (Outline.Node n : doc.all()) {
            if (n.label == null || n.label.kind() != LabelKind.ARTICLE || LabelForms.branch(n.label)) {
                continue;
            }
            if (n.label.value() != expected) {
                return false;
            }
            expected++;
        }
        return expected > 1;
    }

    private static void articles(LintContext context, Outline.Doc doc, Passage p, List<Issue> out) {
        boolean complete = completeArticles(doc);
        String text = p.text();
        Matcher m = ARTICLE.matcher(text);
        while (m.find()) {
            if (external(text, m.start())) {
                continue;
            }
            Label.Found lf = Label.parse("第" + m.group(1) + "条 x");
            int number = lf == null ? -1 : lf.label().value();
            String branch = m.group(2) == null ? "" : "の" + JapaneseText.fold(m.group(2));
            Outline.Node target = null;
            for (Outline.Node n : doc.all()) {
                if (n.label != null && n.label.kind() == LabelKind.ARTICLE && n.label.value() == number
                        && JapaneseText.fold(n.label.printed()).endsWith("条" + branch)) {
                    target = n;
                }
            }
            String ref = m.group();
            if (target == null && !complete) {
                continue; // an excerpt, or numbering that is itself wrong (numbering.sequence says so)
            }
            if (target == null) {
                out.add(new Issue(Kind.MISSING, p, m.start(), m.end() - m.start(), Texts.get("lint.reference.missing.article", ref, "第" + number + "条" + branch) + articleRange(doc), null, null));
                continue;
            }
            if (m.group(3) != null) {
                int paragraphs = 1 + (int) target.items.stream().filter(l -> l.label().kind() == LabelKind.PLAIN).count();
                int wanted = Integer.parseInt(JapaneseText.fold(m.group(3)));
                if (wanted > paragraphs) {
                    out.add(new Issue(Kind.MISSING, p, m.start(), m.end() - m.start(), Texts.get("lint.reference.missing.paragraph", ref, target.label.printed(), paragraphs, wanted), null, null));
                    continue;
                }
            }
            if (m.group(4) != null) {
                int wanted = Integer.parseInt(JapaneseText.fold(m.group(4)));
                boolean has = target.items.stream().anyMatch(l -> l.label().kind() == LabelKind.PAREN_NUMBER && l.label().value() == wanted)
                        || target.children.stream().anyMatch(c -> c.label != null && c.label.kind() == LabelKind.PAREN_NUMBER
                        && c.label.value() == wanted);
                if (!has) {
                    out.add(new Issue(Kind.MISSING, p, m.start(), m.end() - m.start(), Texts.get("lint.reference.missing.item", ref, target.label.printed(), wanted), null, null));
                    continue;
                }
            }
            Target t = new Target(target, null, target.line, target.label.printed());
            subjectCheck(context, doc, p, m.start(), m.end(), ref, subject(text, m.end()), List.of(t), out);
        }
    }

    private static String articleRange(Outline.Doc doc) {
        List<Outline.Node> articles = doc.all().stream().filter(n -> n.label != null && n.label.kind() == LabelKind.ARTICLE).toList();
        return articles.isEmpty() ? "" : Texts.get("lint.reference.articlesRun", articles.get(0).label.printed(),
                articles.get(articles.size() - 1).label.printed());
    }

    /** 第1条 of another law: 「地方公務員法第3条」「条例（昭和30年条例第3号）第1条」. */
    static boolean external(String text, int at) {
        int i = at;
        while (i > 0 && JapaneseText.isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && (text.charAt(i - 1) == '）' || text.charAt(i - 1) == ')')) {
            int depth = 0;
            int j = i - 1;
            for (; j >= 0; j--) {
                char c = text.charAt(j);
                if (c == '）' || c == ')') {
                    depth++;
                } else if (c == '（' || c == '(') {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                }
            }
            i = Math.max(0, j);
        }
        String before = text.substring(Math.max(0, i - 6), i);
        return LAW_BEFORE.matcher(before).find() || before.endsWith("号") || before.endsWith("条");
    }

    private static void relative(LintContext context, Outline.Doc doc, Passage p, Outline.Node article, int paragraph,
                                 List<Issue> out) {
        if (article == null) {
            return;
        }
        List<Outline.Node> articles = doc.all().stream().filter(n -> n.label != null && n.label.kind() == LabelKind.ARTICLE).toList();
        int index = articles.indexOf(article);
        Matcher m = RELATIVE.matcher(p.text());
        while (m.find()) {
            String word = m.group();
            if (word.equals("前項") && paragraph <= 1) {
                out.add(new Issue(Kind.MISSING, p, m.start(), 2, Texts.get("lint.reference.missing.previousParagraph", article.label.printed()),
                        Texts.get("lint.reference.missing.provision.fix"), null));
            } else if (word.equals("前条") && index == 0) {
                out.add(new Issue(Kind.MISSING, p, m.start(), 2, Texts.get("lint.reference.missing.previousArticle", article.label.printed()),
                        Texts.get("lint.reference.missing.article.fix"), null));
            } else if (word.equals("次条") && index == articles.size() - 1) {
                out.add(new Issue(Kind.MISSING, p, m.start(), 2, Texts.get("lint.reference.missing.nextArticle", article.label.printed()),
                        Texts.get("lint.reference.missing.article.fix"), null));
            } else if (!word.equals("前項") && index >= 0) {
                Outline.Node target = articles.get(word.equals("前条") ? index - 1 : index + 1);
                subjectCheck(context, doc, p, m.start(), m.end(), word, subject(p.text(), m.end()),
                        List.of(new Target(target, null, target.line, target.label.printed())), out);
            }
        }
    }

    // ---- what the reference is about ----------------------------------------------------------

    /** The noun the sentence says the reference is about: 「上記3の脅威」 → 脅威. */
    static String subject(String text, int end) {
        Matcher m = SUBJECT.matcher(text.substring(end));
        if (!m.find()) {
            return null;
        }
        String noun = m.group(1) != null ? m.group(1) : m.group(2);
        noun = noun.replaceAll("等$", "");
        return noun.length() < 2 || GENERIC.contains(noun) ? null : noun;
    }

    /**
     * 「上記3の脅威」 when section 3 is not about threats. Reported only when another section's title
     * does carry the word, so that a loose paraphrase is not taken for a wrong number.
     */
    private static void subjectCheck(LintContext context, Outline.Doc doc, Passage p, int start, int end, String ref, String noun,
                                     List<Target> targets, List<Issue> out) {
        if (noun == null || targets.isEmpty()) {
            return;
        }
        String folded = JapaneseText.fold(noun);
        for (Target t : targets) {
            if (about(context, t, folded)) {
                return;
            }
        }
        List<Outline.Node> candidates = doc.all().stream()
                .filter(n -> n.label != null && JapaneseText.fold(n.title).contains(folded)).toList();
        if (candidates.isEmpty()) {
            return;
        }
        Outline.Node best = candidates.get(0);
        Target first = targets.get(0);
        out.add(new Issue(Kind.SUBJECT, p, start, end - start, Texts.get("lint.reference.subject.message", ref, noun, first.shown, first.title(), best.heading()),
                Texts.get("lint.reference.subject.fix", fullLabel(best)), null));
    }

    private static boolean about(LintContext context, Target t, String noun) {
        if (JapaneseText.fold(t.title()).contains(noun)) {
            return true;
        }
        for (Passage q : context.textPassages()) {
            Outline.Node n = q.place().node();
            if (n != null && n.isWithin(t.node) && JapaneseText.fold(q.text()).contains(noun)) {
                return true;
            }
        }
        return false;
    }

    private static String fullLabel(Outline.Node n) {
        StringBuilder out = new StringBuilder();
        for (Outline.Node a = n; a != null; a = a.parent) {
            if (a.label == null) {
                continue;
            }
            out.insert(0, a.label.printed());
            if (a.label.kind() == LabelKind.DOTTED || a.label.kind() == LabelKind.ARTICLE) {
                break;
            }
        }
        return out.toString();
    }

    // ---- the rules ----------------------------------------------------------------------------

    private abstract static class Base implements Rule {
        abstract Kind kind();

        @Override
        public void check(LintContext context, Findings out) {
            for (Issue i : analyse(context)) {
                if (i.kind() == kind()) {
                    out.at(i.passage(), i.offset(), i.length(), i.message(), i.fix(), i.replacement());
                }
            }
        }
    }

    static final class Missing extends Base {
        @Override
        Kind kind() {
            return Kind.MISSING;
        }

        @Override
        public String id() {
            return "reference.missing";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }
    }

    static final class Direction extends Base {
        @Override
        Kind kind() {
            return Kind.DIRECTION;
        }

        @Override
        public String id() {
            return "reference.direction";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }
    }

    static final class Subject extends Base {
        @Override
        Kind kind() {
            return Kind.SUBJECT;
        }

        @Override
        public String id() {
            return "reference.subject";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }
    }
}
