package se.lishandboken.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.lishandboken.problem.Problem;

class PageHeaderTest {
    private static final PageTypes TYPES = new PageTypes(Set.of("page", "assets", "review"), "page");

    private final List<Problem> problems = new ArrayList<>();

    private PageHeader read(String asciidoc) {
        PageText text = PageText.of(asciidoc.lines().toList());
        return PageHeader.read(Path.of("content/a.adoc"), text, text::value, TYPES, problems::add);
    }

    private List<String> reported() {
        return problems.stream().map(problem -> problem.location() + " " + problem.message()).toList();
    }

    @Test
    void aSecondJbakeTypeIsAnErrorAtItsLine() {
        PageHeader header = read("= Tillgångar\n:jbake-type: assets\n:jbake-type: page\n");

        assertThat(header.type()).isEqualTo("page");
        assertThat(reported()).containsExactly("content/a.adoc:3 Sidan anger :jbake-type: 2 gånger (assets, page).");
    }

    @Test
    void aReviewWithoutADateIsReportedAtItsTypeAndIsNotRendered() {
        PageHeader header = read("= Genomgång\n:review-year: 2025\n:jbake-type: review\n");

        assertThat(header.isUsable()).isFalse();
        assertThat(reported()).containsExactly("content/a.adoc:3 Genomgången saknar :review-date:.");
    }

    @Test
    void aReviewDateThatIsNoDateIsReportedOnce() {
        read("= Genomgång\n:jbake-type: review\n:review-year: 2025\n:review-date: 2025-02-30\n");

        assertThat(reported()).containsExactly("content/a.adoc:4 :review-date: '2025-02-30' är inget giltigt datum.");
    }

    @Test
    void aReviewStatusIsDraftOrApproved() {
        PageHeader header = read("= Genomgång\n:jbake-type: review\n:review-year: 2025\n:review-date: 2025-02-26\n:review-status: klar\n");

        assertThat(header.review()).isNull();
        assertThat(reported()).containsExactly("content/a.adoc:5 :review-status: 'klar' är varken utkast eller fastställd.");
        problems.clear();
        assertThat(read("= G\n:jbake-type: review\n:review-year: 2025\n:review-date: 2025-02-26\n").review().isDraft()).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void aPageWithoutTitleLineIsReportedAtLineOne() {
        read("== Avsnitt\n");

        assertThat(reported()).containsExactly("content/a.adoc:1 Sidan saknar titel.");
    }
}
