package se.lishandboken.review;

import java.time.LocalDate;

/**
 * A handbook page as the review sees it: its title, where it is, and when it must be reviewed.
 *
 * @param title the page title
 * @param uri its path from the site root
 * @param nextReview its next review date, or null
 */
public record HandbookPage(String title, String uri, LocalDate nextReview) {
}
