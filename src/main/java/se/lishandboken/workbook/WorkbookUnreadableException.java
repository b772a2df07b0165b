package se.lishandboken.workbook;

import java.util.Objects;

/** A file that {@link WorkbookReader} cannot read as an .xlsx workbook, and why. */
public final class WorkbookUnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the file cannot be read. */
    public enum Reason {
        /** Not a zip-based Office Open XML spreadsheet: a text file, a Word document, an OpenDocument file. */
        NOT_XLSX,
        /** The binary Excel 97-2003 format (.xls). */
        OLD_XLS,
        /** Saved with a password. */
        ENCRYPTED,
        /** Tripped POI's zip-bomb protection: a part expands too much or the package has too many entries. */
        TOO_LARGE,
        /** Anything else: the file cannot be read, or its content is corrupt. */
        UNREADABLE
    }

    private final Reason reason;

    WorkbookUnreadableException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    WorkbookUnreadableException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
