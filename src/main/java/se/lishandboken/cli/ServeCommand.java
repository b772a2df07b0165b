package se.lishandboken.cli;

import se.lishandboken.config.BuildClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.lishandboken.serve.PreviewSession;

/** {@code lis serve}: live preview on 127.0.0.1, rebuilt after every save. */
@Command(name = "serve", resourceBundle = "lis.cli-serve")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions siteOptions;

    @Mixin
    HelpOption helpOption;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "4000", descriptionKey = "port")
    int port;

    @Override
    public Integer call() {
        // The preview converts the same pages again and again for as long as it runs: there, JRuby's compiler
        // pays back, unlike in a build (see AsciidoctorRuntime).
        System.getProperties().putIfAbsent("jruby.compile.mode", "JIT");
        Path site = siteOptions.siteDir();
        try (PreviewSession session = PreviewSession.start(site, site.resolve("output"), port, spec.commandLine().getOut(),
                BuildClock::now)) {
            spec.commandLine().getOut().println(Messages.get("serve.started", session.port()));
            spec.commandLine().getOut().flush();
            session.watch();
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
