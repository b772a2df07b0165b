package se.lishandboken.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.lishandboken.problem.Problem;

class ExampleTextsTest {
    private static final PageTypes TYPES = new PageTypes(Set.of("page", "review"), "page");
    private static final String BLOCK = "[.exempeltext]\n.Exempeltext – anpassa till verksamheten\n====\nText.\n====\n";

    private static Optional<Problem> warning(String asciidoc) {
        PageText text = PageText.of(asciidoc.lines().toList());
        PageHeader header = PageHeader.read(Path.of("content/a.adoc"), text, text::value, TYPES, problem -> { });
        return ExampleTexts.problem(Path.of("content/a.adoc"), text, header);
    }

    @Test
    void aPageWithExampleTextsIsWarnedAboutOnceAtTheFirstWithHowManyItHolds() {
        Optional<Problem> warning = warning("= Rutin\n\n== Mål\n\n" + BLOCK + "\n[example.exempeltext]\n====\nMer.\n====\n\n"
                + "[role=exempeltext]\n====\nOch mer.\n====\n");

        assertThat(warning).hasValueSatisfying(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.location()).isEqualTo("content/a.adoc:5");
            assertThat(problem.message()).isEqualTo("Sidan har 3 exempeltexter som ska ersättas eller tas bort.");
            assertThat(problem.hint()).contains("[.exempeltext]");
        });
    }

    @Test
    void oneExampleTextIsCountedInTheSingular() {
        assertThat(warning("= Rutin\n\n" + BLOCK)).map(Problem::message)
                .contains("Sidan har 1 exempeltext som ska ersättas eller tas bort.");
    }

    @Test
    void aPageWithoutExampleTextsAndBlocksInCommentsOrListingsAreNotWarnedAbout() {
        assertThat(warning("= Rutin\n\nText om [.exempeltext] i löptext.\n\n[.exempeltexter]\n====\nAnnat.\n====\n")).isEmpty();
        assertThat(warning("= Rutin\n\n////\n" + BLOCK + "////\n\n----\n[.exempeltext]\n----\n\n// [.exempeltext]\n")).isEmpty();
    }

    @Test
    void aDraftReviewIsWarnedAboutButAnApprovedOneIsAnErrorAtTheBlockSinceItWouldBeArchivedAsTheOrganisationsOwnWords() {
        String review = "= Genomgång 2025\n:jbake-type: review\n:review-year: 2025\n:review-date: 2025-02-26\n:review-status: %s\n\n" + BLOCK;

        assertThat(warning(review.formatted("utkast"))).hasValueSatisfying(problem -> assertThat(problem.isError()).isFalse());
        assertThat(warning(review.formatted("fastställd"))).hasValueSatisfying(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.location()).isEqualTo("content/a.adoc:7");
            assertThat(problem.message()).isEqualTo("Genomgången är fastställd men har 1 exempeltext kvar, som skulle arkiveras som "
                    + "organisationens egen text.");
        });
    }
}
