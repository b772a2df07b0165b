package se.lishandboken.history;

/**
 * The version of the sources, as {@code git describe --tags --always --dirty} would give it.
 *
 * @param describe e.g. {@code v1.2-3-g1a2b3c4-dirty}: nearest tag, commits since, abbreviated id, dirty flag
 * @param commit the full id of the commit built
 * @param dirty whether tracked files had uncommitted changes
 */
public record SourceVersion(String describe, String commit, boolean dirty) {
}
