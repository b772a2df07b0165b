package se.lishandboken.source;

import java.util.Set;
import java.util.TreeSet;

/**
 * The page types a site's pages may declare with {@code :jbake-type:}: those whose template exists.
 *
 * @param known the usable types
 * @param fallback the type of a page that declares none
 */
public record PageTypes(Set<String> known, String fallback) {

    public PageTypes {
        known = Set.copyOf(known);
    }

    public boolean isKnown(String type) {
        return known.contains(type);
    }

    /** The known types, sorted and comma separated, for a message. */
    public String listed() {
        return String.join(", ", new TreeSet<>(known));
    }
}
