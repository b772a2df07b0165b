package se.lishandboken.site;

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
    private final ThreadLocal<Target> current = new ThreadLocal<>();

    /** Where messages go while {@code file} is converted on this thread. */
    record Target(Path file, Consumer<Problem> sink) {
    }

    void route(Target target, Runnable conversion) {
        Target previous = current.get();
        current.set(target);
        try {
            conversion.run();
        } finally {
            current.set(previous);
        }
    }

    @Override
    public void log(LogRecord record) {
        Target target = current.get();
        if (target == null || record.getSeverity().compareTo(Severity.WARN) < 0) {
            return;
        }
        Cursor cursor = record.getCursor();
        int line = cursor == null ? 0 : cursor.getLineNumber();
        Path file = target.file();
        if (cursor != null && cursor.getFile() != null && !cursor.getFile().isBlank()) {
            file = Path.of(cursor.getFile());
        }
        target.sink().accept(ProblemText.error(file, line, keyFor(record.getMessage()), record.getMessage()));
    }

    private static String keyFor(String message) {
        if (message.contains("include file") || message.contains("jail")) {
            return "asciidoc.include";
        }
        if (message.contains("section title out of sequence")) {
            return "asciidoc.section";
        }
        return "asciidoc.other";
    }
}
