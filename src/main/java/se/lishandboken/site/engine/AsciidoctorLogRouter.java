package se.lishandboken.site.engine;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * Turns Asciidoctor's warnings and errors (a missing include, an include outside the project, a bad
 * section level) into {@link Problem}s of the file being converted.
 *
 * <p>Asciidoctor has one log handler per instance; the file being converted on this thread is held
 * in a thread-local so each message lands on the right page.
 */
final class AsciidoctorLogRouter implements LogHandler {
    private final ThreadLocal<Conversion> current = new ThreadLocal<>();

    /** Where messages go while {@code file} is converted on this thread. */
    record Target(Path file, Consumer<Problem> sink) {
    }

    /**
     * One conversion in progress. An include outside the jail logs a warning without a line, then
     * "include file not found" for the path clamped into the jail, with the line; the two become one
     * problem at that line.
     */
    private static final class Conversion {
        private final Target target;
        private boolean jailWarningPending;

        Conversion(Target target) {
            this.target = target;
        }
    }

    void route(Target target, Runnable conversion) {
        Conversion previous = current.get();
        Conversion running = new Conversion(target);
        current.set(running);
        try {
            conversion.run();
        } finally {
            if (running.jailWarningPending) {
                target.sink().accept(ProblemText.error(target.file(), 0, "asciidoc.jail"));
            }
            current.set(previous);
        }
    }

    @Override
    public void log(LogRecord record) {
        Conversion conversion = current.get();
        if (conversion == null || record.getSeverity().compareTo(Severity.WARN) < 0) {
            return;
        }
        String message = record.getMessage();
        if (message.contains("jail")) {
            conversion.jailWarningPending = true;
            return;
        }
        Cursor cursor = record.getCursor();
        int line = cursor == null ? 0 : cursor.getLineNumber();
        Path file = conversion.target.file();
        if (cursor != null && cursor.getFile() != null && !cursor.getFile().isBlank()) {
            file = Path.of(cursor.getFile());
        }
        if (conversion.jailWarningPending && message.startsWith("include file not found")) {
            conversion.jailWarningPending = false;
            conversion.target.sink().accept(ProblemText.error(file, line, "asciidoc.jail"));
            return;
        }
        conversion.target.sink().accept(ProblemText.error(file, line, keyFor(message), message));
    }

    private static String keyFor(String message) {
        if (message.contains("include file")) {
            return "asciidoc.include";
        }
        if (message.contains("section title out of sequence")) {
            return "asciidoc.section";
        }
        return "asciidoc.other";
    }
}
