package se.lishandboken.cli;

/** The exit codes of {@code lis}, in one place. */
public final class ExitCodes {
    /** Success, possibly with warnings. */
    public static final int OK = 0;
    /** Something unexpected went wrong in lis itself. */
    public static final int INTERNAL_ERROR = 1;
    /** The input (configuration, content, data, templates) has errors; nothing was written. */
    public static final int INVALID_INPUT = 2;
    /** The command line itself was wrong. */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
