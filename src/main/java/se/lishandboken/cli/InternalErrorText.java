package se.lishandboken.cli;

import java.io.PrintWriter;
import se.lishandboken.problem.WorkingOn;

/**
 * How an unexpected failure (a defect in lis) is reported: in two lines, what lis was working on and what
 * went wrong, and what to do; the stack trace only with {@code --debug}.
 */
final class InternalErrorText {
    private InternalErrorText() {
    }

    static void print(Exception exception, boolean debug, PrintWriter err) {
        WorkingOn context = workingOn(exception);
        Throwable cause = context == null ? exception : context.getCause();
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()));
        err.println(context == null ? Messages.get("internal.error", what)
                : Messages.get("internal.error.on", String.join(", ", context.inputs()), what));
        err.println(Messages.get("internal.error.hint"));
        if (debug) {
            exception.printStackTrace(err);
        }
    }

    private static WorkingOn workingOn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof WorkingOn context) {
                return context;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + " …" : line;
    }
}
