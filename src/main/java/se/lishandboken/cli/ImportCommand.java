package se.lishandboken.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.lishandboken.config.BuildClock;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.pipeline.RegisterImport;

/** {@code lis import register.xlsx [--dry-run] [--force]}: reads the register workbook back into {@code data/}. */
@Command(name = "import", resourceBundle = "lis.cli-import")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions siteOptions;

    @Mixin
    HelpOption helpOption;

    @Parameters(index = "0", paramLabel = "FIL", descriptionKey = "file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "dry-run")
    boolean dryRun;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Override
    public Integer call() {
        Path site = siteOptions.siteDir();
        RegisterImport.Outcome outcome = RegisterImport.run(new BuildRequest(site, site.resolve("output"), null, BuildClock.now()),
                file, dryRun, force);
        var out = spec.commandLine().getOut();
        ProblemPrinter.print(outcome.warnings(), out);
        outcome.summary().forEach(out::println);
        if (outcome.written().isEmpty()) {
            out.println(Messages.get("import.unchanged"));
        } else {
            outcome.written().forEach(path -> out.println(Messages.get(dryRun ? "import.would-write" : "import.wrote",
                    path.toString().replace('\\', '/'))));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
