package se.lishandboken.cli;

import se.lishandboken.config.BuildClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.lint.AsciidocLint;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.register.LoadedRegister;
import se.lishandboken.register.RegisterLoader;

/**
 * {@code lis check [--format json]}: the build without rendering. It validates the configuration, the
 * register and the AsciiDoc sources by the build's rules and reports what the build would, without
 * writing anything or starting Asciidoctor, so it takes about a second.
 */
@Command(name = "check", resourceBundle = "lis.cli-check")
final class CheckCommand implements Callable<Integer> {
    /** How the result is printed. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions siteOptions;

    @Mixin
    HelpOption helpOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "format")
    Format format;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        LoadedRegister loaded = null;
        try {
            SiteConfig config = ConfigLoader.load(siteOptions.siteDir());
            try {
                loaded = RegisterLoader.load(config, BuildClock.now().atZone(config.timeZone()).toLocalDate());
                problems.addAll(loaded.warnings());
            } catch (BuildFailedException failure) {
                problems.addAll(failure.problems());
            }
            problems.addAll(AsciidocLint.check(config, BuildClock.now().atZone(config.timeZone()).toLocalDate(),
                    loaded == null ? null : loaded.register()));
        } catch (BuildFailedException failure) {
            problems.addAll(failure.problems());
        }
        long errors = problems.stream().filter(Problem::isError).count();
        double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
        int exit = errors > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
        if (format == Format.json) {
            printJson(problems, errors, seconds);
        } else {
            ProblemPrinter.print(problems, spec.commandLine().getErr());
            if (errors > 0) {
                spec.commandLine().getErr().println(Messages.get("check.failed", errors));
            } else {
                spec.commandLine().getOut().println(Messages.get("check.summary", loaded.register().assets().size(),
                        loaded.register().processes().size(), loaded.register().records().size(),
                        loaded.register().actions().size(), problems.size(), seconds, loaded.register().cycle().activities().size()));
            }
        }
        return exit;
    }

    private void printJson(List<Problem> problems, long errors, double seconds) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", errors == 0);
        result.put("errors", errors);
        result.put("warnings", problems.size() - errors);
        result.put("seconds", seconds);
        result.put("problems", problems.stream().map(problem -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("severity", problem.isError() ? "error" : "warning");
            entry.put("file", problem.file() == null ? null : problem.file().toString().replace('\\', '/'));
            entry.put("line", problem.line() > 0 ? problem.line() : null);
            entry.put("column", problem.column() > 0 ? problem.column() : null);
            entry.put("pointer", problem.pointer());
            entry.put("message", problem.message());
            entry.put("hint", problem.hint());
            return entry;
        }).toList());
        spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        spec.commandLine().getOut().flush();
    }
}
