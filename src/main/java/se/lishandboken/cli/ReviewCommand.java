package se.lishandboken.cli;

import se.lishandboken.config.BuildClock;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.pipeline.ReviewExport;
import se.lishandboken.pipeline.ReviewSealing;

/** {@code lis review 2024 [--edition ledning]}: writes one management review as a PDF; with {@code --seal}, seals an approved review. */
@Command(name = "review", resourceBundle = "lis.cli-review")
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions siteOptions;

    @Mixin
    HelpOption helpOption;

    @Parameters(index = "0", paramLabel = "ÅR", descriptionKey = "year")
    int year;

    @Option(names = "--edition", paramLabel = "UTGÅVA", defaultValue = "intranet", descriptionKey = "edition",
            converter = EditionConverter.class)
    ReviewExport.Edition edition;

    @Option(names = {"-o", "--output"}, paramLabel = "FIL", descriptionKey = "output")
    Path output;

    @Option(names = "--version", paramLabel = "VERSION", descriptionKey = "version")
    String version;

    @Option(names = "--seal", descriptionKey = "seal")
    boolean seal;

    @Override
    public Integer call() {
        Path site = siteOptions.siteDir();
        if (seal) {
            Path file = ReviewSealing.run(new BuildRequest(site, site.resolve("output"), version, BuildClock.now()), year);
            spec.commandLine().getOut().println(Messages.get("review.sealed", file));
            return ExitCodes.OK;
        }
        Path target = output != null ? output
                : Path.of("ledningens-genomgang-" + year + (edition == ReviewExport.Edition.LEDNING ? "-ledning" : "") + ".pdf");
        Path pdf = ReviewExport.run(new BuildRequest(site, site.resolve("output"), version, BuildClock.now()), year, edition, target);
        spec.commandLine().getOut().println(Messages.get("review.written", pdf));
        return ExitCodes.OK;
    }

    /** {@code intranet} or {@code ledning}. */
    static final class EditionConverter implements picocli.CommandLine.ITypeConverter<ReviewExport.Edition> {
        @Override
        public ReviewExport.Edition convert(String value) {
            return switch (value) {
                case se.lishandboken.register.Visibility.INTRANET_NAME -> ReviewExport.Edition.INTRANET;
                case se.lishandboken.register.Visibility.LEDNING_NAME -> ReviewExport.Edition.LEDNING;
                default -> throw new picocli.CommandLine.TypeConversionException(Messages.get("review.edition.invalid", value));
            };
        }
    }
}
