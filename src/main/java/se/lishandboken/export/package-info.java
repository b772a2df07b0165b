/**
 * A management review as published data: the {@code granskning/2024.data.json} each build writes beside
 * a review page, in the format of {@code data/schema/review-export.schema.json}. {@link
 * se.lishandboken.export.ReviewExports} writes one from the review's figures (intranet edition only) and
 * reads one back, validated, for the city roll-up.
 */
package se.lishandboken.export;
