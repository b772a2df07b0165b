/**
 * Stage 2: the ISMS register. {@link se.lishandboken.register.RegisterLoader#load} reads
 * {@code data/*.json} into immutable records, after JSON Schema validation and cross-reference checks
 * that report every problem with file, line, column and JSON pointer.
 */
package se.lishandboken.register;
