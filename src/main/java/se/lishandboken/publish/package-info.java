/**
 * Stage 7: makes a finished build live without ever leaving a half-written site in place of the
 * last good one.
 */
package se.lishandboken.publish;
