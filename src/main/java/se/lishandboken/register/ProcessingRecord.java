package se.lishandboken.register;

import java.time.LocalDate;
import java.util.List;

/**
 * A processing activity of the registerförteckning, with the fields of GDPR Art. 30(1) a–g.
 *
 * @param id e.g. "R-NYHETSBREV"
 * @param name the activity
 * @param purpose (b) the purposes of the processing
 * @param legalBasis the legal basis (Art. 6)
 * @param dataSubjects (c) categories of data subjects
 * @param dataCategories (c) categories of personal data
 * @param recipients (d) categories of recipients
 * @param thirdCountryTransfers (e) transfers to third countries, or "Nej"
 * @param erasure (f) time limits for erasure
 * @param securityMeasures (g) technical and organisational security measures
 * @param process the process it belongs to, or null
 * @param processors its processors and their agreements
 * @param updated when the entry was last reviewed, or null
 * @param recorded when the activity entered the register, or null if it always was there
 * @param visibility who may see it
 */
public record ProcessingRecord(
        String id, String name, String purpose, String legalBasis, List<String> dataSubjects,
        List<String> dataCategories, List<String> recipients, String thirdCountryTransfers, String erasure,
        String securityMeasures, String process, List<Processor> processors, LocalDate updated,
        LocalDate recorded, Visibility visibility) implements Visible {

    public ProcessingRecord {
        dataSubjects = Lists.of(dataSubjects);
        dataCategories = Lists.of(dataCategories);
        recipients = Lists.of(recipients);
        processors = Lists.of(processors);
        visibility = visibility == null ? Visibility.INTRANET : visibility;
    }

    @Override
    public LocalDate enteredRegister() {
        return recorded;
    }

    /**
     * The activity as it stood on {@code date}: a review of the entry made later is not yet made (and, as
     * only the last review is kept, when it was reviewed before is not known), a processor added later is
     * not there, and an agreement signed later is not yet signed. The other fields have no history and are
     * shown as they are now.
     */
    ProcessingRecord asOf(LocalDate date) {
        return new ProcessingRecord(id, name, purpose, legalBasis, dataSubjects, dataCategories, recipients, thirdCountryTransfers,
                erasure, securityMeasures, process, processors.stream().filter(processor -> processor.existedOn(date)).map(processor -> processor.asOf(date)).toList(),
                updated != null && updated.isAfter(date) ? null : updated, recorded, visibility);
    }

    ProcessingRecord referringOnlyTo(java.util.function.Predicate<String> exists) {
        return new ProcessingRecord(id, name, purpose, legalBasis, dataSubjects, dataCategories, recipients, thirdCountryTransfers,
                erasure, securityMeasures, process == null || exists.test(process) ? process : null, processors, updated, recorded,
                visibility);
    }
}
