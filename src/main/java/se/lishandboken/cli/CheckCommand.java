package se.lishandboken.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.register.LoadedRegister;
import se.lishandboken.register.Register;
import se.lishandboken.register.RegisterLoader;

/** {@code lis check}: validates the configuration and the register without writing anything. */
@Command(name = "check", resourceBundle = "lis.cli-check")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions siteOptions;

    @Mixin
    HelpOption helpOption;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        SiteConfig config = ConfigLoader.load(siteOptions.siteDir());
        LoadedRegister loaded = RegisterLoader.load(config, BuildClock.now().atZone(config.timeZone()).toLocalDate());
        ProblemPrinter.print(loaded.warnings(), spec.commandLine().getErr());
        Register register = loaded.register();
        spec.commandLine().getOut().println(Messages.get("check.summary", register.assets().size(), register.processes().size(),
                register.records().size(), register.actions().size(), loaded.warnings().size(),
                Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0));
        return ExitCodes.OK;
    }
}
