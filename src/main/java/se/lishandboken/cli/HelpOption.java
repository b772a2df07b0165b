package se.lishandboken.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h}/{@code --help} for subcommands whose own {@code --version} rules out picocli's standard mixin,
 * and {@code --debug}, which prints an internal error's whole stack trace.
 */
final class HelpOption {
    /** The flag that shows an internal error's stack trace. */
    static final String DEBUG = "--debug";

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Option(names = DEBUG, descriptionKey = "debug")
    boolean debug;
}
