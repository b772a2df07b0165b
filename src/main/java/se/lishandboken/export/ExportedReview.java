package se.lishandboken.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.lishandboken.review.ReviewPeriod;

/**
 * One management review as published data, format {@value #FORMAT}: what a city roll-up reads. Only
 * what the intranet edition shows is in it, never a management-only record.
 *
 * @param schema the schema's reference
 * @param format the format's version, {@link #FORMAT}
 * @param tool the tool that wrote it, e.g. "LIS-handboken 0.1.0"
 * @param version the handbook's version the review was built with
 * @param organisation whose review it is
 * @param siteUrl where the organisation's site is published, ending in "/"; null if not configured
 * @param page the review's page, from the site root
 * @param pdf its PDF, from the site root
 * @param year the review year
 * @param date the review date
 * @param status {@code fastställd} or {@code utkast}
 * @param sealed whether the figures come from the approved review's seal
 * @param period the period the review reports on
 * @param figures the key figures
 * @param plan the three-year plan's actions per status ({@code planned}, {@code in-progress}, {@code done}, …)
 * @param decisions the review's decisions
 * @param soa the Statement of Applicability's status on the review date; null until the tool records one
 */
public record ExportedReview(
        @JsonProperty("$schema") String schema, int format, String tool, String version, ExportedOrganisation organisation,
        String siteUrl, String page, String pdf, int year, LocalDate date, String status, boolean sealed, ReviewPeriod period,
        ExportedFigures figures, Map<String, Integer> plan, List<ExportedDecision> decisions, JsonNode soa) {
    /** The version of the format this tool writes and reads. */
    public static final int FORMAT = 1;
    /** The status of an approved review. */
    public static final String APPROVED = "fastställd";

    public ExportedReview {
        plan = plan == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(plan));
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        soa = soa == null || soa.isNull() ? null : soa;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isApproved() {
        return APPROVED.equals(status);
    }

    /** How many actions the plan holds. */
    public int planTotal() {
        return plan.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many of the plan's actions had the status {@code name} ({@code done}, …); 0 if none. */
    public int planCount(String name) {
        return plan.getOrDefault(name, 0);
    }
}
