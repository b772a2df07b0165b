/**
 * Stage 3: the management review model. {@link se.lishandboken.review.Reviews#of} is a pure function
 * of the register, the year and the review date: every figure as of that date, with the trend
 * against the year before. No I/O, so it is tested with small hand-made registers.
 */
package se.lishandboken.review;
