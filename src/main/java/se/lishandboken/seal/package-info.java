/**
 * Sealed management reviews. When a review is approved ({@code :review-status: fastställd}), the
 * figures it showed are frozen in a file beside its page ({@code 2024.review.json}), and the review
 * renders from that file ever after. {@link se.lishandboken.seal.SealCheck} holds the rules the build
 * and {@code lis check} share: an approved review needs a seal, and a seal that no longer matches
 * what the register gives today is reported, naming the figures that differ.
 */
package se.lishandboken.seal;
