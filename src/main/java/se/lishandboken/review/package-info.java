/**
 * Stage 3: the management review model. {@link se.lishandboken.review.Reviews#of} is a pure function
 * of the register, the year and the review date: every figure as of that date, with the trend
 * against the year before. No I/O, so it is tested with small hand-made registers. What a review must
 * answer under ISO/IEC 27001:2022 9.3 ({@link se.lishandboken.review.IsoInput}) and the sections the review
 * template writes itself ({@link se.lishandboken.review.ReviewSection}) are listed here too, once.
 */
package se.lishandboken.review;
