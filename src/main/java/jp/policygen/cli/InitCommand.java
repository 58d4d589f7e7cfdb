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

import jp.policygen.ExitCode;
import jp.policygen.PolicygenException;
import jp.policygen.Problem;
import jp.policygen.init.InitAnswers;
import jp.policygen.init.Initializer;
import jp.policygen.init.Interview;
import jp.policygen.params.BodyKind;

@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "init", description = {
        "Start a new body: ask for its kind, name, organisations, staff, role holders, network, options,",
        "numbering and legal frame (Enter keeps the default shown), then write a commented",
        "municipalities/<id>/policy.yaml that validates. Interrupted, it writes nothing."})
final class InitCommand implements java.util.concurrent.Callable<Integer> {

    // Every message of this command, in one place.
    static final String NAME_NEEDED = "--defaults asks nothing, so the body's name must be given";
    static final String NAME_NEEDED_FIX = "add --name, e.g. --name 東浜市";
    static final String INTERRUPTED = "policygen: init interrupted; nothing was written";
    static final String WRITTEN = "wrote %s; next: ./policygen validate %s, then ./policygen generate %s";

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "ID", description = "the new body's id: its folder under municipalities/ (e.g. higashihama-city)")
    String id;

    @Option(names = "--defaults", description = "ask nothing: take the defaults for whatever no flag gives")
    boolean defaults;

    @Option(names = "--name", description = "the body's name (東浜市)")
    String name;

    @Option(names = "--kind", description = "city, designated-city, core-city, town, village, special-ward, prefecture, "
            + "partial-affairs-union, wide-area-union, council, board-of-education (default: read from the name)")
    String kind;

    @Option(names = "--organisations", paramLabel = "A,B", description = "organisations in scope")
    String organisations;

    @Option(names = "--staff", paramLabel = "A,B", description = "staff categories")
    String staff;

    @Option(names = "--staff-term", description = "their collective term (職員等)")
    String term;

    @Option(names = "--ciso", description = "holder of the CISO role (副市長)")
    String ciso;

    @Option(names = "--network-model", description = "alpha, alpha-prime, beta, beta-prime, none")
    String model;

    @Option(names = "--zones", paramLabel = "A,B", description = "my-number, lgwan, internet, juki-net")
    String zones;

    @Option(names = "--numbering", description = "plain, chapter-dotted, article")
    String numbering;

    @Option(names = "--instrument", description = "none, 訓令, 告示, 規則 (a 例規: article numbering)")
    String instrument;

    @Option(names = "--established", description = "date of establishment (2026-03, 令和8年3月)")
    String established;

    @Option(names = "--cyber-policy", description = "the 方針 of 地方自治法: none, basic-policy, separate")
    String cyberPolicy;

    @Option(names = "--adoption", description = "joint or per-organ")
    String adoption;

    @Option(names = "--organs", paramLabel = "A,B", description = "organs that adopt the 方針")
    String organs;

    @Override
    public Integer call() {
        Initializer initializer = new Initializer(main.project());
        initializer.checkId(id);
        Interview.Given given = given();
        InitAnswers answers;
        if (defaults) {
            if (name == null) {
                throw PolicygenException.badInput(new Problem(null, 0, 0, "--name", NAME_NEEDED, NAME_NEEDED_FIX));
            }
            answers = given.over(id, initializer.enacted());
        } else {
            BufferedReader in = new BufferedReader(new InputStreamReader(main.in(), StandardCharsets.UTF_8));
            try {
                answers = new Interview(in, main.out, initializer.enacted()).ask(id, given);
            } catch (Interview.Interrupted e) {
                main.out.println();
                main.err.println(INTERRUPTED);
                return ExitCode.BAD_INPUT.code();
            }
        }
        Path written = initializer.write(answers);
        main.info(String.format(WRITTEN, relative(written), id, id));
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
                throw PolicygenException.badInput(new Problem(null, 0, 0, "--kind", "'" + kind + "' is not a kind of body",
                        "choose one of: " + String.join(", ", BodyKind.keys())));
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
