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
import se.lishandboken.release.Checkpoint;
import se.lishandboken.release.PublishRequest;
import se.lishandboken.release.Publication;
import se.lishandboken.release.Publisher;

/** {@code lis publish --to DIR [--rollback]}: publishes a versioned release, or switches back to the one before. */
@Command(name = "publish", resourceBundle = "lis.cli-publish")
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions siteOptions;

    @Mixin
    HelpOption helpOption;

    @Option(names = "--to", paramLabel = "MAPP", required = true, descriptionKey = "to")
    Path to;

    @Option(names = "--keep", paramLabel = "ANTAL", defaultValue = "10", descriptionKey = "keep")
    int keep;

    @Option(names = "--version", paramLabel = "VERSION", descriptionKey = "version")
    String version;

    @Option(names = "--rollback", descriptionKey = "rollback")
    boolean rollback;

    @Override
    public Integer call() {
        if (keep < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("publish.keep.invalid", keep));
        }
        if (rollback) {
            Publication rolledBack = Publisher.rollback(to);
            printDiscarded(rolledBack);
            spec.commandLine().getOut().println(Messages.get("publish.rolled.back", rolledBack.release().name(), to.resolve("current")));
            return ExitCodes.OK;
        }
        Path site = siteOptions.siteDir();
        Publication published = Publisher.publish(
                new PublishRequest(new BuildRequest(site, site.resolve("output"), version, BuildClock.now()), to, keep), Checkpoint.NONE);
        printDiscarded(published);
        spec.commandLine().getOut().println(Messages.get("publish.done", published.release().name(), to.resolve("current")));
        return ExitCodes.OK;
    }

    private void printDiscarded(Publication publication) {
        for (String release : publication.discarded()) {
            spec.commandLine().getOut().println(Messages.get("publish.discarded", release));
        }
    }
}
