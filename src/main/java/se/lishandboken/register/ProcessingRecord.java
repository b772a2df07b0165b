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
 * @param visibility who may see it
 */
public record ProcessingRecord(
        String id, String name, String purpose, String legalBasis, List<String> dataSubjects,
        List<String> dataCategories, List<String> recipients, String thirdCountryTransfers, String erasure,
        String securityMeasures, String process, List<Processor> processors, LocalDate updated,
        Visibility visibility) implements Visible {

    public ProcessingRecord {
        dataSubjects = Lists.of(dataSubjects);
        dataCategories = Lists.of(dataCategories);
        recipients = Lists.of(recipients);
        processors = Lists.of(processors);
        visibility = visibility == null ? Visibility.INTRANET : visibility;
    }
}
