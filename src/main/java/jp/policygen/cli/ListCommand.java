package jp.policygen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import jp.policygen.ExitCode;
import jp.policygen.params.BodyParams;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "list", description = "List the bodies in municipalities/.")
final class ListCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        for (String id : main.project().bodyIds()) {
            BodyParams p = main.project().params().read(id);
            main.out.printf("%-22s %s（%s）%n", id, p.body().name(), p.body().kind().key());
        }
        return ExitCode.OK.code();
    }
}
