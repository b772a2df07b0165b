/**
 * File mechanics every stage needs the same way: writing a file so that a reader never sees half of
 * it ({@link se.lishandboken.files.AtomicWrite}), and SHA-256 digests ({@link se.lishandboken.files.Sha256}).
 */
package se.lishandboken.files;
