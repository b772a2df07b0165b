package se.lishandboken.register;

/** A record of the register: it has an id, may be marked for management only, and has a date it entered the register. */
public interface Visible {

    String id();

    Visibility visibility();

    /**
     * When the record entered the register, which the dated view ({@link Register#asOf}) compares with
     * its date; null for a record with no date, which counts as always having been there.
     */
    java.time.LocalDate enteredRegister();

    default boolean isManagementOnly() {
        return visibility() == Visibility.LEDNING;
    }
}
