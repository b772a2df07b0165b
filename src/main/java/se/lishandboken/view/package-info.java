/**
 * What templates read, as plain values computed from the register, the reviews and the page catalog:
 * the register ({@link se.lishandboken.view.RegisterView}), the annual cycle
 * ({@link se.lishandboken.view.CycleView}), a management review ({@link se.lishandboken.view.ReviewView}),
 * the changes since the last release and the navigation. No I/O beyond reading a review's seal.
 */
package se.lishandboken.view;
