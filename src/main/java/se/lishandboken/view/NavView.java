package se.lishandboken.view;

import java.util.List;
import se.lishandboken.page.Page;

/**
 * The navigation as a template walks it: which nodes are on the current page's path (and so
 * shown expanded) and which one is the current page.
 */
public record NavView(NavTree tree, String currentUri) {

    public List<NavNode> items() {
        return tree.topLevel();
    }

    public boolean isCurrent(NavNode node) {
        return node.page().uri().equals(currentUri);
    }

    public boolean isExpanded(NavNode node) {
        return node.hasChildren() && tree.isOnPath(currentUri, node.page().uri());
    }

    public Page home() {
        return tree.home().orElse(null);
    }
}
