package se.lishandboken.seal;

import se.lishandboken.review.Review;

/**
 * One edition of a sealed review.
 *
 * @param registerChecksum {@code sha256:} and the hex digest of the register as it was on the review date, in this edition
 * @param review the review's figures
 */
public record SealedEdition(String registerChecksum, Review review) {
}
