package se.lishandboken.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that reads a handbook project shares. */
final class SiteOptions {
    @Option(names = {"-s", "--site"}, paramLabel = "MAPP", defaultValue = ".", descriptionKey = "site")
    Path site;

    Path siteDir() {
        return site.toAbsolutePath().normalize();
    }
}
