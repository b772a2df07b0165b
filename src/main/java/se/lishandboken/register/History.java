package se.lishandboken.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reading dated lists (classifications, reviews, statuses), which the register keeps oldest first. */
final class History {

    private History() {
    }

    /** The last entry dated on or before {@code date}, if any. */
    static <T> Optional<T> latestOn(List<T> entries, Function<T, LocalDate> dateOf, LocalDate date) {
        return entries.stream().filter(entry -> !dateOf.apply(entry).isAfter(date)).reduce((first, second) -> second);
    }

    /** The entries dated on or before {@code date}, in their order. */
    static <T> List<T> until(List<T> entries, Function<T, LocalDate> dateOf, LocalDate date) {
        return entries.stream().filter(entry -> !dateOf.apply(entry).isAfter(date)).toList();
    }
}
