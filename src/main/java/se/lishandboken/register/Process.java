package se.lishandboken.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A business process, with its owner and classification history.
 *
 * @param id e.g. "P-EVENEMANG"
 * @param name e.g. "Evenemang"
 * @param description or null
 * @param owner the process owner's role
 * @param assets the assets it uses
 * @param classifications its classification history, oldest first
 * @param recorded when the process entered the register, or null if it always was there
 * @param visibility who may see it
 */
public record Process(
        String id, String name, String description, String owner, List<String> assets,
        List<Classification> classifications, LocalDate recorded, Visibility visibility) implements Visible {

    public Process {
        assets = Lists.of(assets);
        classifications = Lists.of(classifications);
        visibility = visibility == null ? Visibility.INTRANET : visibility;
    }

    @Override
    public LocalDate enteredRegister() {
        return recorded;
    }

    /** The process as it stood on {@code date}: only the classifications made by then. */
    Process asOf(LocalDate date) {
        return new Process(id, name, description, owner, assets, History.until(classifications, Classification::date, date),
                recorded, visibility);
    }

    Process referringOnlyTo(java.util.function.Predicate<String> exists) {
        return new Process(id, name, description, owner, assets.stream().filter(exists).toList(), classifications, recorded,
                visibility);
    }

    public Optional<Classification> classificationOn(LocalDate date) {
        return History.latestOn(classifications, Classification::date, date);
    }
}
