package se.lishandboken.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An information asset (informationstillgång, objekt).
 *
 * @param id e.g. "T-CRM"
 * @param name e.g. "CRM-systemet"
 * @param description what information it holds, or null
 * @param owner the objektägare's role
 * @param administrator the förvaltare's role, or null
 * @param unit the unit, or null
 * @param processes the processes it serves
 * @param system the system it lives in, or null
 * @param supplier the supplier, or null
 * @param personalData whether it holds personal data
 * @param processingRecords the registerförteckning entries that cover it
 * @param classifications its classification history, oldest first
 * @param reclassificationMonths how often it must be reclassified, or null for the site default
 * @param accessReviews its access reviews, oldest first
 * @param measures its handlingsplan
 * @param recorded when the asset entered the register, or null if it always was there
 * @param visibility who may see it
 */
public record Asset(
        String id,
        String name,
        String description,
        String owner,
        String administrator,
        String unit,
        List<String> processes,
        String system,
        String supplier,
        boolean personalData,
        List<String> processingRecords,
        List<Classification> classifications,
        Integer reclassificationMonths,
        List<AccessReview> accessReviews,
        List<Measure> measures,
        LocalDate recorded,
        Visibility visibility) implements Visible {

    public Asset {
        processes = Lists.of(processes);
        processingRecords = Lists.of(processingRecords);
        classifications = Lists.of(classifications);
        accessReviews = Lists.of(accessReviews);
        measures = Lists.of(measures);
        visibility = visibility == null ? Visibility.INTRANET : visibility;
    }

    @Override
    public LocalDate enteredRegister() {
        return recorded;
    }

    /** The asset as it stood on {@code date}: only the classifications and access reviews made by then. */
    Asset asOf(LocalDate date) {
        return new Asset(id, name, description, owner, administrator, unit, processes, system, supplier, personalData,
                processingRecords, History.until(classifications, Classification::date, date), reclassificationMonths,
                History.until(accessReviews, AccessReview::date, date), measures, recorded, visibility);
    }

    /** The asset without its links to processes and processing activities for which {@code exists} is false. */
    Asset referringOnlyTo(java.util.function.Predicate<String> exists) {
        return new Asset(id, name, description, owner, administrator, unit, processes.stream().filter(exists).toList(), system,
                supplier, personalData, processingRecords.stream().filter(exists).toList(), classifications, reclassificationMonths,
                accessReviews, measures, recorded, visibility);
    }

    /** The classification in force on {@code date}, if any. */
    public Optional<Classification> classificationOn(LocalDate date) {
        return History.latestOn(classifications, Classification::date, date);
    }

    /** The latest access review on or before {@code date}, if any. */
    public Optional<AccessReview> accessReviewOn(LocalDate date) {
        return History.latestOn(accessReviews, AccessReview::date, date);
    }
}
