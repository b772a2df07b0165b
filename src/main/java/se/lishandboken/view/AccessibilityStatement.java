package se.lishandboken.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.lishandboken.config.SiteConfig;

/**
 * The accessibility statement (tillgänglighetsredogörelse, lag 2018:1937) as the {@code tillganglighet}
 * template shows it: what the configuration declares and what the latest evaluation measured, never more.
 *
 * @param organisation the public actor ({@code lis.organisation.name})
 * @param service the service the statement covers (the handbook's name)
 * @param compliance how far the site complies
 * @param feedback where a reader reports inaccessible content: an e-mail address or a URL; null if the
 *     site names neither {@code lis.accessibility.feedback} nor a contact e-mail
 * @param feedbackIsEmail whether {@code feedback} is an e-mail address
 * @param evaluation the latest evaluation if it is recent enough to count, else null
 * @param lastEvaluated the day of the latest evaluation, recent or not; null if none is recorded
 * @param inaccessible what is known not to be accessible: the configuration's, then the evaluation's open violations
 * @param burden content exempted as a disproportionate burden ({@code lis.accessibility.burden.N})
 * @param outsideLaw content outside the law ({@code lis.accessibility.outside.N})
 * @param updated the day the statement was last updated: the build's
 */
public record AccessibilityStatement(
        String organisation,
        String service,
        Compliance compliance,
        String feedback,
        boolean feedbackIsEmail,
        AccessibilityResults evaluation,
        LocalDate lastEvaluated,
        List<String> inaccessible,
        List<String> burden,
        List<String> outsideLaw,
        LocalDate updated) {

    /** The page type that renders the statement, and that every page's footer links to. */
    public static final String PAGE_TYPE = "tillganglighet";
    /** How many months an evaluation counts in the statement. */
    public static final int FRESH_MONTHS = 12;

    /** DIGG's three levels of compliance. */
    public enum Compliance {
        /** helt förenlig */
        FULL,
        /** delvis förenlig */
        PARTIAL,
        /** inte förenlig */
        NONE
    }

    public AccessibilityStatement {
        inaccessible = List.copyOf(inaccessible);
        burden = List.copyOf(burden);
        outsideLaw = List.copyOf(outsideLaw);
    }

    /** How many months an evaluation counts, for the template. */
    public int freshMonths() {
        return FRESH_MONTHS;
    }

    /**
     * The statement for {@code config} on {@code today}. It says "helt förenlig" only when an evaluation
     * younger than {@link #FRESH_MONTHS} months ran every tool and found nothing open, a person has checked
     * what tools cannot within the same months ({@code lis.accessibility.manual-evaluation}, a date), and the
     * configuration lists nothing inaccessible; otherwise "delvis förenlig", or "inte förenlig" if the configuration says
     * so ({@code lis.accessibility.compliance=inte}).
     */
    public static AccessibilityStatement of(SiteConfig config, Optional<AccessibilityResults> results, LocalDate today) {
        Map<String, String> keys = config.properties();
        AccessibilityResults fresh = results
                .filter(r -> r.date() != null && !r.date().isBefore(today.minusMonths(FRESH_MONTHS)))
                .orElse(null);
        List<String> inaccessible = new ArrayList<>(numbered(keys, "lis.accessibility.inaccessible."));
        boolean declaredNone = inaccessible.isEmpty();
        if (fresh != null) {
            inaccessible.addAll(fresh.openViolations());
        }
        Compliance compliance = "inte".equals(keys.getOrDefault("lis.accessibility.compliance", "").strip())
                ? Compliance.NONE
                : declaredNone && fresh != null && fresh.complete() && fresh.openViolations().isEmpty()
                        && manuallyEvaluatedSince(keys, today.minusMonths(FRESH_MONTHS))
                        ? Compliance.FULL : Compliance.PARTIAL;
        String feedback = keys.getOrDefault("lis.accessibility.feedback", "").strip();
        if (feedback.isEmpty()) {
            feedback = config.contact().email();
        }
        return new AccessibilityStatement(config.organisation(), config.siteTitle(), compliance, feedback,
                feedback != null && !feedback.contains("://"), fresh,
                results.map(AccessibilityResults::date).orElse(null), inaccessible,
                numbered(keys, "lis.accessibility.burden."), numbered(keys, "lis.accessibility.outside."), today);
    }

    /**
     * Whether a manual evaluation is recorded on or after {@code since}: automated tools test only part of
     * WCAG, so their clean result alone never makes the site "helt förenlig".
     */
    private static boolean manuallyEvaluatedSince(Map<String, String> keys, LocalDate since) {
        String value = keys.getOrDefault("lis.accessibility.manual-evaluation", "").strip();
        try {
            return !value.isEmpty() && !LocalDate.parse(value).isBefore(since);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The values of {@code prefix1}, {@code prefix2} … in number order, up to the first gap. */
    private static List<String> numbered(Map<String, String> keys, String prefix) {
        List<String> values = new ArrayList<>();
        for (int n = 1; keys.containsKey(prefix + n); n++) {
            String value = keys.get(prefix + n).strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }
}
