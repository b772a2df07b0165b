/**
 * File mechanics every stage needs the same way: writing a file so that a reader never sees half of
 * it ({@link se.lishandboken.files.AtomicWrite}), SHA-256 digests ({@link se.lishandboken.files.Sha256}),
 * and the rule that a text file is UTF-8 ({@link se.lishandboken.files.TextEncoding}).
 */
package se.lishandboken.files;
