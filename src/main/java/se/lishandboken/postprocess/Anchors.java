package se.lishandboken.postprocess;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The places in a page that a link's fragment can name: every element's {@code id}, and every
 * {@code <a name>}, which matches regardless of case (as jsoup's {@code a[name=…]} selector does).
 *
 * @param ids the ids, as written
 * @param names the names of {@code <a name>} elements, in lower case
 */
record Anchors(Set<String> ids, Set<String> names) {

    Anchors {
        ids = Set.copyOf(ids);
        names = Set.copyOf(names);
    }

    /** The anchors of a parsed page. */
    static Anchors of(Document document) {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Element element : document.getAllElements()) {
            String id = element.id();
            if (!id.isEmpty()) {
                ids.add(id);
            }
            if (element.normalName().equals("a") && element.hasAttr("name")) {
                names.add(lowerCase(element.attr("name")));
            }
        }
        return new Anchors(ids, names);
    }

    /** Whether {@code fragment} (not empty) names a place in the page. */
    boolean contains(String fragment) {
        return ids.contains(fragment) || names.contains(lowerCase(fragment));
    }

    private static String lowerCase(String text) {
        return text.toLowerCase(Locale.ENGLISH);
    }
}
