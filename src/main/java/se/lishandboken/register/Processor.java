package se.lishandboken.register;

/**
 * A processor (personuppgiftsbiträde) of a processing activity.
 *
 * @param name the supplier
 * @param agreement its PUB-avtal
 */
public record Processor(String name, Agreement agreement) {
}
