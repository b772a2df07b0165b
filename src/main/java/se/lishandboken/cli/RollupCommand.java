package se.lishandboken.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.lishandboken.config.BuildClock;
import se.lishandboken.rollup.Rollup;
import se.lishandboken.rollup.RollupResult;

/**
 * {@code lis rollup [-c rollup.properties] [-o sammanstallning]}: the city roll-up of many organisations'
 * published reviews. Exit status 2 if any organisation's input had errors (the others are still shown).
 */
@Command(name = "rollup", resourceBundle = "lis.cli-rollup")
final class RollupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption helpOption;

    @Option(names = {"-c", "--config"}, paramLabel = "FIL", defaultValue = "rollup.properties", descriptionKey = "config")
    Path config;

    @Option(names = {"-o", "--output"}, paramLabel = "MAPP", descriptionKey = "output")
    Path output;

    @Override
    public Integer call() {
        Path configFile = config.toAbsolutePath().normalize();
        Path outputDir = output != null ? output.toAbsolutePath().normalize() : configFile.getParent().resolve("sammanstallning");
        RollupResult result = Rollup.run(configFile, outputDir, BuildClock.now().atZone(ZoneId.of("Europe/Stockholm")));
        ProblemPrinter.print(result.problems(), spec.commandLine().getErr());
        spec.commandLine().getOut().println(Messages.get("rollup.summary", result.organisations(), result.reviews(),
                result.failed().size(), outputDir));
        return result.anyFailed() ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }
}
