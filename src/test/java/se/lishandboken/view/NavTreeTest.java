package se.lishandboken.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lishandboken.page.DocumentControl;
import se.lishandboken.page.Page;

class NavTreeTest {

    private static Page page(String uri, String title, int order) {
        return new Page(Path.of("content", uri.replace(".html", ".adoc")), uri, "page", title, "", order, true,
                DocumentControl.NONE, List.of(), null);
    }

    private static final NavTree TREE = NavTree.of(List.of(
            page("index.html", "Start", 0),
            page("rutiner/index.html", "Rutiner", 30),
            page("rutiner/b.html", "B-rutin", 10),
            page("rutiner/a.html", "A-rutin", 20),
            page("rutiner/c.html", "C-rutin", 20),
            page("roller/index.html", "Roller", 20),
            page("roller/djup/x.html", "X", 1),
            page("lost.html", "Fristående", 5)));

    @Test
    void topLevelFollowsNavOrderThenTitle() {
        assertThat(TREE.topLevel()).extracting(n -> n.page().title()).containsExactly("Fristående", "Roller", "Rutiner");
    }

    @Test
    void childrenFollowNavOrderThenTitle() {
        NavNode rutiner = TREE.topLevel().get(2);
        assertThat(rutiner.children()).extracting(n -> n.page().title()).containsExactly("B-rutin", "A-rutin", "C-rutin");
    }

    @Test
    void aPageInAFolderWithoutIndexHangsUnderTheNearestAncestorIndex() {
        assertThat(TREE.breadcrumbs("roller/djup/x.html")).extracting(Page::title).containsExactly("Start", "Roller", "X");
    }

    @Test
    void onlyTheBranchOfTheCurrentPageIsOnItsPath() {
        assertThat(TREE.isOnPath("rutiner/a.html", "rutiner/index.html")).isTrue();
        assertThat(TREE.isOnPath("rutiner/a.html", "roller/index.html")).isFalse();
    }

    @Test
    void pagesThatAskToBeLeftOutAreNotInTheNavigationButHaveBreadcrumbs() {
        Page hidden = new Page(Path.of("content/sok.adoc"), "sok.html", "search", "Sök", "", 0, false, DocumentControl.NONE, List.of(), null);
        NavTree tree = NavTree.of(List.of(page("index.html", "Start", 0), hidden));
        assertThat(tree.topLevel()).isEmpty();
        assertThat(tree.breadcrumbs("sok.html")).extracting(Page::title).containsExactly("Start", "Sök");
    }
}
