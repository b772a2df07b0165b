package se.lishandboken.register;

/** A record that may be marked for management only. */
public interface Visible {

    String id();

    Visibility visibility();

    default boolean isManagementOnly() {
        return visibility() == Visibility.LEDNING;
    }
}
