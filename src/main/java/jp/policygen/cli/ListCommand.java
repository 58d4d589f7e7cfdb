package jp.policygen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.params.BodyParams;
import jp.policygen.i18n.Texts;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "list")
final class ListCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        for (String id : main.project().bodyIds()) {
            BodyParams p = main.project().params().read(id);
            main.out.println(String.format("%-22s ", id) + Texts.get("cli.list.body", p.body().name(), p.body().kind().key()));
        }
        return ExitCode.OK.code();
    }
}
