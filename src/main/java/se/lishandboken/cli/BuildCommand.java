package se.lishandboken.cli;

import se.lishandboken.config.BuildClock;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.pipeline.BuildResult;
import se.lishandboken.pipeline.SiteBuild;

/** {@code lis build}: builds the whole site into the output folder. */
@Command(name = "build", resourceBundle = "lis.cli-build")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions siteOptions;

    @Mixin
    HelpOption helpOption;

    @Option(names = {"-o", "--output"}, paramLabel = "MAPP", descriptionKey = "output")
    Path output;

    @Option(names = "--version", paramLabel = "VERSION", descriptionKey = "version")
    String version;

    @Option(names = "--timings", descriptionKey = "timings")
    boolean timings;

    @Override
    public Integer call() {
        Path site = siteOptions.siteDir();
        Path outputDir = output != null ? output.toAbsolutePath().normalize() : site.resolve("output");
        BuildResult result = SiteBuild.run(new BuildRequest(site, outputDir, version, BuildClock.now()));
        ProblemPrinter.print(result.warnings(), spec.commandLine().getErr());
        spec.commandLine().getOut().println(Messages.get("build.summary",
                result.pages(), result.warnings().size(), displayPath(outputDir), result.elapsed().toMillis() / 1000.0));
        if (timings) {
            result.times().stages().forEach((stage, time) ->
                    spec.commandLine().getOut().println(Messages.get("build.timing", stage, time.toMillis() / 1000.0)));
            spec.commandLine().getOut().println(Messages.get("build.conversions", result.conversions().reused(),
                    result.conversions().converted()));
        }
        return ExitCodes.OK;
    }

    private static String displayPath(Path outputDir) {
        Path cwd = Path.of("").toAbsolutePath();
        return outputDir.startsWith(cwd) ? cwd.relativize(outputDir).toString() : outputDir.toString();
    }
}
