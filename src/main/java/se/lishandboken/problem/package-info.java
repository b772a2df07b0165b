/**
 * Problems found in the ISAM's input, kept as data so that every stage can report all of them at
 * once and only the command line decides how to print them.
 */
package se.lishandboken.problem;
