package se.lishandboken.page;

import java.time.LocalDate;

/**
 * Document control (ISO/IEC 27001 7.5) from a page's AsciiDoc header.
 *
 * @param owner the dokumentägare, {@code :owner:}
 * @param approvedBy who fastställde the page, {@code :approved-by:}
 * @param approvedDate when, {@code :approved-date:}; null if not given
 * @param version the document version, {@code :doc-version:}
 * @param nextReview when the page must be reviewed next, {@code :next-review:}; null if not given
 */
public record DocumentControl(
        String owner, String approvedBy, LocalDate approvedDate, String version, LocalDate nextReview) {

    public static final DocumentControl NONE = new DocumentControl(null, null, null, null, null);

    /** Whether any document-control attribute is present. */
    public boolean isPresent() {
        return owner != null || approvedBy != null || approvedDate != null || version != null || nextReview != null;
    }

    /** The header attributes of the box that the page does not give, e.g. {@code [":doc-version:"]}, in the box's order. */
    public java.util.List<String> missing() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        Object[] values = {owner, approvedBy, approvedDate, version, nextReview};
        String[] names = {":owner:", ":approved-by:", ":approved-date:", ":doc-version:", ":next-review:"};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                missing.add(names[i]);
            }
        }
        return missing;
    }

    /** Whether the review date has passed on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return nextReview != null && nextReview.isBefore(today);
    }
}
