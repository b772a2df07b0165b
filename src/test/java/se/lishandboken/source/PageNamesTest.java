package se.lishandboken.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lishandboken.problem.Problem;

class PageNamesTest {
    private static final Path CONTENT = Path.of("/handbok/content");

    private static Optional<Problem> check(String page) {
        return PageNames.check(CONTENT, CONTENT.resolve(page), Path.of("content", page));
    }

    @Test
    void lettersDigitsHyphensUnderscoresAndDotsMakeWorkingAddresses() {
        assertThat(check("rutiner/Incident_hantering-2.0.adoc")).isEmpty();
    }

    @Test
    void aSpaceOrÅÄÖIsRefusedWithANameToUseInstead() {
        assertThat(check("rutiner/Åtgärder i år.adoc")).hasValueSatisfying(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("content/rutiner/Åtgärder i år.adoc"));
            assertThat(problem.message()).contains("'Åtgärder i år.adoc'");
            assertThat(problem.hint()).contains("Atgarder-i-ar.adoc");
        });
    }

    @Test
    void aFolderNameIsCheckedToo() {
        assertThat(check("överlämning/index.adoc")).hasValueSatisfying(problem ->
                assertThat(problem.hint()).contains("overlamning"));
    }

    @Test
    void aNameLongerThanAHundredCharactersIsRefusedWithAShorterOne() {
        assertThat(check("r".repeat(101) + ".ad")).hasValueSatisfying(problem -> {
            assertThat(problem.message()).contains("101 tecken").contains("högst 100");
            assertThat(problem.hint()).contains("r".repeat(100) + ".ad").doesNotContain("r".repeat(101));
        });
        assertThat(check("r".repeat(100) + ".ad")).isEmpty();
    }
}
