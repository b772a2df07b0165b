package se.lishandboken.problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with the input, with where it is and what to do about it.
 *
 * @param severity whether it fails the build
 * @param file the file at fault, relative to the site folder where possible; null if none
 * @param line 1-based line, or 0 if unknown
 * @param column 1-based column, or 0 if unknown
 * @param pointer JSON pointer into a data file, or null
 * @param message what is wrong, quoting the bad value
 * @param hint what the ISAM can do to fix it, or null
 */
public record Problem(
        Severity severity, Path file, int line, int column, String pointer, String message, String hint) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(Path file, int line, String message, String hint) {
        return new Problem(Severity.ERROR, file, line, 0, null, message, hint);
    }

    public static Problem warning(Path file, int line, String message, String hint) {
        return new Problem(Severity.WARNING, file, line, 0, null, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The location as an editor understands it: {@code file:line:column} or {@code file#/pointer}. */
    public String location() {
        StringBuilder where = new StringBuilder(file == null ? "" : file.toString().replace('\\', '/'));
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        if (pointer != null) {
            where.append('#').append(pointer);
        }
        return where.toString();
    }

    @Override
    public String toString() {
        String where = location();
        return (where.isEmpty() ? "" : where + ": ") + message + (hint == null ? "" : " " + hint);
    }
}
