package jp.policygen.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Local wording for synthetic bodies, in four variants that between them replace a clause
 * (basic.purpose), add clauses after a sibling and under a parent in the basic policy and after
 * a sibling in the standards (one with a sub-section of its own), drop clauses of either
 * document and keep a model clause and a local one private. The clause files are the project's
 * own short texts, written with the template variables (${body.self}, ${staff.term} …) so that
 * they read right in every kind of body.
 */
final class SyntheticClauses {

    /** How many different sets of changes there are. */
    static final int VARIANTS = 4;

    private SyntheticClauses() {
    }

    /** Writes the {@code clauses:} block of a variant; returns the clause files it names (path → text). */
    static Map<String, String> write(YamlText y, int variant) {
        Map<String, String> clauseFiles = new LinkedHashMap<>();
        y.open(0, "clauses");
        if (variant == 0 || variant == 3) {
            clauseFiles.put("clauses/purpose.md", """
                    ${body.self}の事務は、${body.residents}の個人情報をはじめとする多くの情報資産によって支えられている。

                    この基本方針は、${body.self}の情報資産を脅威から守り、${body.residents}の信頼に応えるため、${body.self}が講じる情報セキュリティ対策の基本的な事項を定める。
                    """);
            y.open(2, "replace").flow(4, "basic.purpose", "file", "clauses/purpose.md");
        }
        List<String[]> added = new ArrayList<>();
        if (variant != 2) {
            clauseFiles.put("clauses/training.md", """
                    ${staff.term}は、採用の際及び毎年度、情報セキュリティに関する研修を受けなければならない。

                    1. 研修の内容は、情報セキュリティポリシーの概要及び最近の事例とする。
                    1. 研修を受けることができなかった者には、別の日に研修を行う。
                    """);
            added.add(new String[] {"local.training", "after", "basic.duties", "研修", "clauses/training.md"});
        }
        if (variant == 1 || variant == 2) {
            clauseFiles.put("clauses/contacts.md", """
                    情報セキュリティインシデントの連絡先は、一覧にして${staff.term}に周知する。

                    # 夜間及び休日 {#off-hours}

                    夜間及び休日の連絡は、当直の職員が受け、直ちに関係する者に伝える。
                    """);
            added.add(new String[] {"local.contacts", "under", "basic.measures", "連絡体制", "clauses/contacts.md"});
        }
        if (variant == 2 || variant == 3) {
            clauseFiles.put("clauses/backup.md", """
                    ${roles.systemManager.title}は、情報システムの重要度に応じて、次のとおりバックアップを取得する。

                    1. 取得の頻度及び保存の期間を定め、記録する。
                    1. バックアップの媒体は、本番の機器と異なる場所に保管する。
                    1. 年に一度以上、バックアップからの復元を試験する。
                    """);
            added.add(new String[] {"local.backup", "after", "standards.physical.network", "バックアップ", "clauses/backup.md"});
        }
        if (!added.isEmpty()) {
            y.open(2, "add");
            for (String[] a : added) {
                y.flowItem(4, "id", a[0], a[1], a[2], "title", a[3], "file", a[4]);
            }
        }
        List<String> drop = new ArrayList<>();
        if (variant != 1) {
            drop.add(variant == 0 ? "basic.publication" : "standards.physical.server.offsite");
        }
        if (variant == 3) {
            drop.add("basic.procedures");
        }
        if (!drop.isEmpty()) {
            y.list(2, "drop", drop, true);
        }
        List<String> kept = new ArrayList<>();
        if (variant == 1 || variant == 2) {
            kept.add("local.contacts");
        }
        if (variant == 0) {
            kept.add("basic.procedures");
        }
        if (!kept.isEmpty()) {
            y.list(2, "private", kept, true);
        }
        return clauseFiles;
    }
}
