package se.lishandboken.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import se.lishandboken.cli.Lis;

/** Runs the lis command line in this JVM, as a user would type it, and keeps what it printed. */
public final class LisCommand {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code lis ARGS…}; returns the exit code. */
    public int run(String... args) {
        return Lis.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    /** Everything printed to standard output so far. */
    public String out() {
        return out.toString();
    }

    /** Everything printed to standard error so far. */
    public String err() {
        return err.toString();
    }
}
