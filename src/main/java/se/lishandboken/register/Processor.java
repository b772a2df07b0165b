package se.lishandboken.register;

/**
 * A processor (personuppgiftsbiträde) of a processing activity.
 *
 * @param name the supplier
 * @param agreement its PUB-avtal
 */
public record Processor(String name, Agreement agreement) {

    /** The processor on {@code date}: an agreement signed after it counts as missing then. */
    Processor asOf(java.time.LocalDate date) {
        return agreement.date() != null && agreement.date().isAfter(date)
                ? new Processor(name, new Agreement(Agreement.Status.MISSING, null)) : this;
    }
}
