package se.lishandboken.register;

import java.time.LocalDate;

/**
 * A processor (personuppgiftsbiträde) of a processing activity.
 *
 * @param name the supplier
 * @param agreement its PUB-avtal
 * @param recorded when the processor was added to the activity, or null if it always was there
 */
public record Processor(String name, Agreement agreement, LocalDate recorded) {

    public Processor(String name, Agreement agreement) {
        this(name, agreement, null);
    }

    /** Whether the processor was part of the activity on {@code date}. */
    boolean existedOn(LocalDate date) {
        return recorded == null || !recorded.isAfter(date);
    }

    /** The processor on {@code date}: an agreement signed after it counts as missing then. */
    Processor asOf(LocalDate date) {
        return agreement.date() != null && agreement.date().isAfter(date)
                ? new Processor(name, new Agreement(Agreement.Status.MISSING, null), recorded) : this;
    }
}
