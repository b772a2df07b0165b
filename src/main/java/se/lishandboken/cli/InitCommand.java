package se.lishandboken.cli;

import se.lishandboken.config.BuildClock;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.lishandboken.config.Contact;
import se.lishandboken.config.ThemeColour;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.scaffold.HandbookScaffold;
import se.lishandboken.scaffold.NewHandbook;

/**
 * {@code lis init MAPP --name NAMN …}: writes a new, valid, minimal handbook into a folder that does not
 * exist or is empty. At an interactive console it asks for what the flags left out; elsewhere a missing
 * name is a command-line error. Values given as flags are checked all at once, by the rules
 * {@code jbake.properties} is held to; an answer that is not accepted is asked for again.
 */
@Command(name = "init", resourceBundle = "lis.cli-init")
final class InitCommand implements Callable<Integer> {
    /** Who employees ask, when the ISAM does not say. */
    static final String DEFAULT_CONTACT = "Informationssäkerhetssamordnare (ISAM)";
    /** The zone of the new handbook's {@code lis.timezone}, for its dates. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption helpOption;

    @Parameters(index = "0", paramLabel = "MAPP", descriptionKey = "folder")
    Path folder;

    @Option(names = "--name", paramLabel = "NAMN", descriptionKey = "name")
    String name;

    @Option(names = "--short", paramLabel = "FÖRKORTNING", descriptionKey = "short")
    String shortName;

    @Option(names = "--parent", paramLabel = "NAMN", descriptionKey = "parent")
    String parent;

    @Option(names = "--contact", paramLabel = "NAMN", descriptionKey = "contact")
    String contact;

    @Option(names = "--email", paramLabel = "ADRESS", descriptionKey = "email")
    String email;

    @Option(names = "--primary", paramLabel = "#rrggbb", descriptionKey = "primary")
    String primary;

    @Option(names = "--accent", paramLabel = "#rrggbb", descriptionKey = "accent")
    String accent;

    /** Where missing values are asked for; null: the console's if it is interactive (tests set their own). */
    Prompt prompt;

    @Override
    public Integer call() {
        Prompt asking = prompt != null ? prompt : Prompt.ofConsole();
        List<Problem> problems = new ArrayList<>();
        String organisation = value(name, new Field("--name", "init.ask.name", null, true, text("--name")), asking, problems);
        if (organisation == null) {
            throw new ParameterException(spec.commandLine(), Messages.get("init.name.missing"));
        }
        NewHandbook handbook = new NewHandbook(organisation,
                value(shortName, new Field("--short", "init.ask.short", null, false, text("--short")), asking, problems),
                value(parent, new Field("--parent", "init.ask.parent", null, false, text("--parent")), asking, problems),
                value(contact, new Field("--contact", "init.ask.contact", DEFAULT_CONTACT, false, text("--contact")), asking, problems),
                value(email, new Field("--email", "init.ask.email", null, false, InitCommand::emailProblem), asking, problems),
                value(primary, colour(ThemeColour.PRIMARY, "--primary", "init.ask.primary"), asking, problems),
                value(accent, colour(ThemeColour.ACCENT, "--accent", "init.ask.accent"), asking, problems),
                BuildClock.now().atZone(ZONE).toLocalDate());
        if (!problems.isEmpty()) {
            throw new BuildFailedException(problems);
        }
        List<Path> written = HandbookScaffold.write(folder, handbook);
        spec.commandLine().getOut().println(Messages.get("init.done", folder, written.size()));
        return ExitCodes.OK;
    }

    /**
     * One value a new handbook needs.
     *
     * @param flag the flag that gives it, as messages name it
     * @param question the key of the question that asks for it
     * @param fallback what it is when neither the flag nor an answer gives it; null if it is optional or required
     * @param required whether there is no handbook without it
     * @param check what is wrong with a value; empty if nothing
     */
    private record Field(String flag, String question, String fallback, boolean required, Function<String, Optional<Problem>> check) {
    }

    /**
     * The value the flag gave, checked; if it gave none, the answer at an interactive console, asked for
     * again until it is accepted (and, for a required value, given); otherwise the field's fallback.
     *
     * @param given the flag's value; null if the flag was left out
     * @param problems where a flag's bad value is reported
     * @return the value; the fallback (null if it has none) when none was given
     */
    private static String value(String given, Field field, Prompt asking, List<Problem> problems) {
        if (given != null && !given.isBlank()) {
            String value = given.strip();
            field.check().apply(value).ifPresent(problems::add);
            return value;
        }
        if (given != null || asking == null) {
            return field.fallback();
        }
        while (true) {
            String answer = asking.ask(Messages.get(field.question(), field.fallback() == null ? "" : field.fallback()));
            if (answer == null) {
                return field.fallback(); // the input has ended
            }
            if (answer.isEmpty()) {
                if (field.required()) {
                    continue;
                }
                return field.fallback();
            }
            Optional<Problem> problem = field.check().apply(answer);
            if (problem.isEmpty()) {
                return answer;
            }
            asking.tell(problem.get().message() + " " + problem.get().hint());
        }
    }

    /** A name, which must fit on one line. */
    private static Function<String, Optional<Problem>> text(String flag) {
        return value -> value.chars().anyMatch(Character::isISOControl)
                ? Optional.of(ProblemText.error(null, 0, "init.value.control", flag))
                : Optional.empty();
    }

    private static Optional<Problem> emailProblem(String value) {
        return Contact.isEmail(value) ? Optional.empty() : Optional.of(ProblemText.error(null, 0, "config.email.invalid", "--email", value));
    }

    private static Field colour(ThemeColour colour, String flag, String question) {
        return new Field(flag, question, colour.fallback(), false, value -> colour.problem(null, 0, flag, value));
    }
}
