package se.lishandboken.workbook;

/** A cell whose value its column cannot take; the key names the message in {@code lis/problems}. */
final class CellValueException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Object[] arguments;

    CellValueException(String key, Object... arguments) {
        super(key, null, false, false);
        this.arguments = arguments.clone();
    }

    String key() {
        return getMessage();
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
