package se.lishandboken.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.register.Status;
import se.lishandboken.review.Review;

/** Writes a review as published data ({@link ExportedReview}) and names its file. */
public final class ReviewExports {
    /** The ending of a published review's file: {@code granskning/2024.html} has {@code granskning/2024.data.json}. */
    public static final String SUFFIX = ".data.json";
    /** Where the schema is published in the format's {@code $schema}. */
    public static final String SCHEMA_ID = "https://lis-handboken.example/schema/review-export.schema.json";

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // The schema decides what may be in the file; a review serialises what it derives too.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReviewExports() {
    }

    /** The published data file of the review page {@code pageUri}: {@code granskning/2024.data.json}. */
    public static String uriOf(String pageUri) {
        return pageUri.substring(0, pageUri.length() - ".html".length()) + SUFFIX;
    }

    /** The tool's name and version, as the data records it. */
    public static String tool() {
        String version = ReviewExports.class.getPackage().getImplementationVersion();
        return "LIS-handboken " + (version == null ? "dev" : version);
    }

    /**
     * The review shown on a page of the intranet edition, as published data.
     *
     * @param config the site's configuration, for the organisation
     * @param version the handbook's version
     * @param pageUri the review page, from the site root
     * @param status the page's {@code :review-status:}
     * @param review the figures the intranet edition shows
     * @param sealed whether they come from the seal
     */
    public static ExportedReview of(SiteConfig config, String version, String pageUri, String status, Review review, boolean sealed) {
        return new ExportedReview(SCHEMA_ID, ExportedReview.FORMAT, tool(), version,
                new ExportedOrganisation(config.organisation(), config.organisationShort(), config.parentOrganisation()),
                config.siteUrl() == null ? null : config.siteUrl().toString(),
                pageUri, pageUri.substring(0, pageUri.length() - ".html".length()) + ".pdf",
                review.year(), review.date(), status, sealed, review.dates().period(),
                new ExportedFigures(review.assetsClassified(), review.processesClassified(), review.personalDataRecorded(),
                        review.agreementsSigned(), review.accessReviewed(), review.elearning(), review.incidents()),
                planStatus(review),
                review.decisions().stream().map(decision -> new ExportedDecision(decision.id(), decision.date(), decision.text(),
                        decision.actions().size(), decision.actionsDone())).toList(),
                review.soa() == null ? null : MAPPER.valueToTree(review.soa()));
    }

    /** The three-year plan's actions per status, in the order of {@link Status}; a status without actions is left out. */
    static Map<String, Integer> planStatus(Review review) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            int count = (int) review.plan().stream().flatMap(year -> year.actions().stream())
                    .filter(action -> action.status() == status).count();
            if (count > 0) {
                counts.put(statusName(status), count);
            }
        }
        return counts;
    }

    /** A status as the data names it: {@code in-progress}. */
    public static String statusName(Status status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Writes {@code review} to {@code file}. */
    public static void write(Path file, ExportedReview review) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, MAPPER.writeValueAsBytes(review));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
