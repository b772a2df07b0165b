package se.lishandboken.view;

import java.util.List;
import se.lishandboken.page.Page;

/**
 * A page in the navigation tree with its children in the order the ISAM chose.
 *
 * @param page the page
 * @param children its sub-pages, sorted by {@code :nav-order:} then title
 */
public record NavNode(Page page, List<NavNode> children) {

    public NavNode {
        children = List.copyOf(children);
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
