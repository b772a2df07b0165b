package se.lishandboken.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.lishandboken.config.BuildClock;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.pipeline.RegisterExport;
import se.lishandboken.register.Visibility;

/** {@code lis export register.xlsx [--edition ledning]}: writes the register to one Excel workbook. */
@Command(name = "export", resourceBundle = "lis.cli-export")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions siteOptions;

    @Mixin
    HelpOption helpOption;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FIL", descriptionKey = "file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FIL", descriptionKey = "output")
    Path output;

    @Option(names = "--edition", paramLabel = "UTGÅVA", defaultValue = Visibility.INTRANET_NAME, descriptionKey = "edition",
            converter = EditionConverter.class)
    Visibility edition;

    @Override
    public Integer call() {
        if (file != null && output != null && !file.equals(output)) {
            throw new ParameterException(spec.commandLine(), Messages.get("export.two-files", file, output));
        }
        Path target = file != null ? file : output != null ? output
                : Path.of("register" + (edition == Visibility.LEDNING ? "-ledning" : "") + ".xlsx");
        Path site = siteOptions.siteDir();
        Path written = RegisterExport.run(new BuildRequest(site, site.resolve("output"), null, BuildClock.now()), edition, target);
        spec.commandLine().getOut().println(Messages.get("export.written", written));
        return ExitCodes.OK;
    }

    /** {@code intranet} or {@code ledning}. */
    static final class EditionConverter implements picocli.CommandLine.ITypeConverter<Visibility> {
        @Override
        public Visibility convert(String value) {
            return switch (value) {
                case Visibility.INTRANET_NAME -> Visibility.INTRANET;
                case Visibility.LEDNING_NAME -> Visibility.LEDNING;
                default -> throw new picocli.CommandLine.TypeConversionException(Messages.get("review.edition.invalid", value));
            };
        }
    }
}
