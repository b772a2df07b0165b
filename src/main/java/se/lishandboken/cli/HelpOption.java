package se.lishandboken.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} for subcommands whose own {@code --version} rules out picocli's standard mixin. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;
}
