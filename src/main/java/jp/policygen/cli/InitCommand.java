package jp.policygen.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import jp.policygen.i18n.Texts;
import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.init.InitAnswers;
import jp.policygen.init.Initializer;
import jp.policygen.init.Interview;
import jp.policygen.params.BodyKind;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "init")
final class InitCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--defaults")
    boolean defaults;

    @Option(names = "--name")
    String name;

    @Option(names = "--kind")
    String kind;

    @Option(names = "--organisations", paramLabel = "A,B")
    String organisations;

    @Option(names = "--staff", paramLabel = "A,B")
    String staff;

    @Option(names = "--staff-term")
    String term;

    @Option(names = "--ciso")
    String ciso;

    @Option(names = "--network-model")
    String model;

    @Option(names = "--zones", paramLabel = "A,B")
    String zones;

    @Option(names = "--numbering")
    String numbering;

    @Option(names = "--instrument")
    String instrument;

    @Option(names = "--established")
    String established;

    @Option(names = "--cyber-policy")
    String cyberPolicy;

    @Option(names = "--adoption")
    String adoption;

    @Option(names = "--organs", paramLabel = "A,B")
    String organs;

    @Override
    public Integer call() {
        Initializer initializer = new Initializer(main.project());
        initializer.checkId(id);
        Interview.Given given = given();
        InitAnswers answers;
        if (defaults) {
            if (name == null) {
                throw PolicygenException.badInput(new Problem(null, 0, 0, "--name", Texts.get("cli.init.nameNeeded"),
                        Texts.get("cli.init.nameNeeded.fix")));
            }
            answers = given.over(id, initializer.enacted());
        } else {
            BufferedReader in = new BufferedReader(new InputStreamReader(main.in(), StandardCharsets.UTF_8));
            try {
                answers = new Interview(in, main.out, initializer.enacted()).ask(id, given);
            } catch (Interview.Interrupted e) {
                main.out.println();
                main.err.println(Texts.get("cli.init.interrupted"));
                return ExitCode.BAD_INPUT.code();
            }
        }
        Path written = initializer.write(answers);
        main.info(Texts.get("cli.init.written", relative(written), id));
        return ExitCode.OK.code();
    }

    private Path relative(Path file) {
        Path base = main.projectDir.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(base) ? base.relativize(f) : f;
    }

    private Interview.Given given() {
        Interview.Given g = new Interview.Given();
        g.name = name;
        if (kind != null) {
            if (!BodyKind.keys().contains(kind)) {
                throw PolicygenException.badInput(new Problem(null, 0, 0, "--kind", Texts.get("cli.init.notKind", kind),
                        Texts.get("cli.init.notKind.fix", String.join(", ", BodyKind.keys()))));
            }
            g.kind = BodyKind.fromKey(kind);
        }
        g.organisations = list(organisations);
        g.staff = list(staff);
        g.term = term;
        g.ciso = ciso;
        g.model = model;
        g.zones = list(zones);
        g.numbering = numbering;
        g.instrument = instrument;
        g.established = established;
        g.cyberPolicy = cyberPolicy;
        g.adoption = adoption;
        g.organs = list(organs);
        return g;
    }

    private static List<String> list(String text) {
        return text == null ? null : Interview.split(text);
    }
}
