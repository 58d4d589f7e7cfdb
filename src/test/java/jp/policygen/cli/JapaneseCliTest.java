package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.TestProjects;

/**
 * What a Japanese officer does, read in Japanese: help, generate, a bad parameter fixed, lint,
 * compare and publish under {@code LANG=ja_JP.UTF-8}; {@code --lang en} speaks English there, and
 * machine fields (rule ids, severities, JSON keys) stay the same in both.
 */
class JapaneseCliTest {

    private static final Map<String, String> JAPANESE = Map.of("LANG", "ja_JP.UTF-8");

    /** Words only an English sentence has, between spaces: a message left untranslated. */
    private static final Pattern ENGLISH = Pattern.compile(
            " (the|is|are|was|not|has|does|which|nothing|written|found|of|to|and|with|no) ");

    @TempDir
    Path dir;

    private CliRun ja(String... args) {
        CliRun r = CliRun.in(JAPANESE, prepend(args));
        assertJapanese(r.out());
        assertJapanese(r.err());
        return r;
    }

    private String[] prepend(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--project";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private static void assertJapanese(String printed) {
        Matcher m = ENGLISH.matcher(printed);
        assertFalse(m.find(), () -> "English in the Japanese output at 「" + printed.substring(Math.max(0, m.start() - 60),
                Math.min(printed.length(), m.end() + 60)) + "」:\n" + printed);
    }

    @Test
    void helpOfEveryCommandIsJapanese() {
        CliRun top = ja("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().startsWith("使い方： policygen"), top.out());
        assertTrue(top.out().contains("コマンド：") && top.out().contains("終了コード："), top.out());
        assertTrue(top.out().contains("地方公共団体の情報セキュリティポリシー"), top.out());
        for (String command : new String[] {"generate", "validate", "list", "import", "compare", "lint", "publish", "bench"}) {
            CliRun r = ja(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().contains("この説明を表示して終了します。"), command + ":\n" + r.out());
            assertTrue(r.out().contains("メッセージと説明の言語"), command + ": --lang is on every command");
        }
        // --lang en wins over the locale, on the top command and on a subcommand
        assertTrue(CliRun.in(JAPANESE, "--lang", "en", "--help").out().startsWith("Usage: policygen"));
        assertTrue(CliRun.in(JAPANESE, "lint", "--help", "--lang=en").out().contains("text (default), json or sarif"));
        // and --lang ja without a Japanese locale
        assertTrue(CliRun.in(Map.of("LANG", "C.UTF-8"), "--lang", "ja", "generate", "--help").out()
                .contains("団体の文書（基本方針・対策基準）を output/<id>/ に作成します。"));
        CliRun unknown = CliRun.in(JAPANESE, "--lang", "fr", "list");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--lang の値「fr」は使えません"), unknown.err());
    }

    @Test
    void generateFixABadParameterLintCompareAndPublishInJapanese() throws Exception {
        TestProjects.copy(dir, "komoro-city", "model");
        Path params = dir.resolve("municipalities/komoro-city/policy.yaml");
        String good = Files.readString(params);

        // a body named as a town but of kind city: the message a 法規担当 reads, at its line
        TestProjects.replaceOnce(params, "  name: 小諸市", "  name: 小諸町");
        CliRun bad = ja("validate", "komoro-city");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("municipalities/komoro-city/policy.yaml:11:"), bad.err());
        assertTrue(bad.err().contains("body.name「小諸町」は body.kind「city」の団体の名称として読めません（名称の末尾は「市」です）"),
                bad.err());
        assertTrue(bad.err().contains("（body.kind 又は body.name を直してください。"), bad.err());
        assertTrue(bad.err().contains("何も書き出していません"), bad.err());
        // the same run in English, for an English user on the same machine
        CliRun en = CliRun.in(JAPANESE, prepend("--lang", "en", "validate", "komoro-city"));
        assertTrue(en.err().contains("'小諸町' does not read as a body of kind city (its name would end with 市)"), en.err());
        assertTrue(en.err().contains("nothing was written"), en.err());
        Files.writeString(params, good);

        CliRun validated = ja("validate", "komoro-city");
        assertEquals(0, validated.code(), validated.err());
        assertTrue(validated.out().contains("komoro-city：問題ありません"), validated.out());

        CliRun generated = ja("generate", "komoro-city", "--format", "md");
        assertEquals(0, generated.code(), generated.err());
        assertTrue(generated.out().contains("1 団体：作成 1"), generated.out());
        assertTrue(Files.isRegularFile(dir.resolve("output/komoro-city/basic-policy.md")));

        // lint a text with a gap in its numbers and a reference to nothing
        Path text = dir.resolve("old-policy.txt");
        Files.writeString(text, "小諸市情報セキュリティ基本方針\n\n1 目的\n\nこの基本方針は、情報資産を守るために定める。\n\n"
                + "2 定義\n\n用語の意味は、上記5に定めるところによる。\n\n4 対象範囲\n\n本市の全ての機関とする。"
                + "災害時には、職員が円滑に非難できるようにする。\n");
        CliRun lint = ja("lint", text.toString());
        assertEquals(1, lint.code(), lint.err());
        assertTrue(lint.out().contains("エラー［numbering.sequence］"), lint.out());
        assertTrue(lint.out().contains("「4」は") && lint.out().contains("「3」が抜けています"), lint.out());
        assertTrue(lint.out().contains("エラー［reference.missing］「上記5」が指す「5」は、この文書の節にありません"), lint.out());
        assertTrue(lint.out().contains("（直し方：番号を「3」とするか、抜けている項目を戻してください）"), lint.out());
        assertTrue(lint.out().matches("(?s).*エラー \\d+ 件、警告 \\d+ 件、情報 \\d+ 件\\n"), lint.out());
        // the dictionary's own explanation, in Japanese too (lint/terms.yaml message_ja)
        assertTrue(lint.out().contains("「非難」は「避難」の誤りです（非難は責めることです。逃れることは「避難」と書きます）"), lint.out());

        CliRun imported = ja("import", text.toString(), "--outline");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("文書 1 件") && imported.out().contains("書出し先："), imported.out());

        JsonNode json = new ObjectMapper().readTree(ja("lint", "--format", "json", text.toString()).out());
        JsonNode first = null;
        for (JsonNode f : json.path("findings")) {
            if (f.path("rule").asText().equals("numbering.sequence")) {
                first = f;
            }
        }
        assertTrue(first != null, json.toString());
        assertEquals("error", first.path("severity").asText(), "machine fields stay English");
        assertTrue(first.path("message").asText().contains("抜けています"), first.toString());
        JsonNode sarif = new ObjectMapper().readTree(ja("lint", "--format", "sarif", text.toString()).out());
        JsonNode run = sarif.path("runs").get(0);
        assertTrue(run.path("results").findValuesAsText("ruleId").contains("numbering.sequence"), run.toString());
        assertEquals("error", run.path("results").get(0).path("level").asText());
        assertTrue(run.path("tool").path("driver").path("rules").get(0).path("shortDescription").path("text").asText()
                .matches(".*[\\p{IsHiragana}].*"), run.path("tool").toString());
        CliRun lintEn = CliRun.in(JAPANESE, prepend("--lang", "en", "lint", text.toString()));
        assertTrue(lintEn.out().contains("error [numbering.sequence]") && lintEn.out().contains("「3」 is missing"), lintEn.out());

        CliRun compared = ja("compare", "komoro-city", "--document", "basic-policy", "--format", "md");
        assertEquals(0, compared.code(), compared.err());
        assertTrue(compared.out().contains("行：") && compared.out().contains("。同一の文章 "), compared.out());
        assertTrue(compared.out().contains("書出し先："), compared.out());

        CliRun published = ja("publish", "komoro-city");
        assertEquals(0, published.code(), published.err());
        assertTrue(published.out().contains("非公開の文章の混入の確認：") && published.out().contains("混入はありません"),
                published.out());
        assertTrue(published.out().contains("サイト：") && published.out().contains("非公開："), published.out());
    }
}
