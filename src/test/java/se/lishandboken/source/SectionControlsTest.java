package se.lishandboken.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lishandboken.page.Heading;
import se.lishandboken.problem.Problem;
import se.lishandboken.register.CatalogueControl;
import se.lishandboken.register.Control;
import se.lishandboken.register.ControlStatus;
import se.lishandboken.register.Framework;
import se.lishandboken.register.Frameworks;
import se.lishandboken.register.Implementation;
import se.lishandboken.register.Justification;
import se.lishandboken.register.Organisation;
import se.lishandboken.register.Register;

/** The controls a handbook section says it implements ({@code controls=}), as the build and lis check read them. */
class SectionControlsTest {
    private static final Path PAGE = Path.of("content/rutiner/behorighetsrevision.adoc");
    private static final Frameworks CATALOGUE = new Frameworks(List.of(new Framework("iso27001-2022", null, "2022", List.of(
            new CatalogueControl("5.15", "Access control", null), new CatalogueControl("5.18", "Access rights", null),
            new CatalogueControl("7.12", "Cabling security", null)))));
    private static final Register REGISTER = new Register(Organisation.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), null, List.of(), List.of(
                    new Control(null, "5.15", true, null, List.of(new ControlStatus(LocalDate.of(2025, 1, 1), Implementation.IMPLEMENTED, null)),
                            null, null, null, null),
                    new Control(null, "7.12", false, new Justification("Inga egna serverrum", LocalDate.of(2026, 1, 1)), null, null, null,
                            null, null)), CATALOGUE);

    private final List<Problem> problems = new ArrayList<>();

    private List<Heading> read(String controls) {
        return PageSections.read(PAGE, "page", null, 1,
                List.of(new SectionSource(PAGE, 12, "genomforande", "Genomförande", 1, null, false, controls)), REGISTER, problems::add);
    }

    @Test
    void aSectionsControlsSeparatedByCommasOrSpacesAreTheControlsItImplements() {
        assertThat(read("5.15, 5.18").get(0).controls()).containsExactly("5.15", "5.18");
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnknownControlIsAnErrorAtTheSectionsLine() {
        assertThat(read("5.15,5.99").get(0).controls()).containsExactly("5.15");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.location()).isEqualTo("content/rutiner/behorighetsrevision.adoc:12");
            assertThat(problem.message()).isEqualTo("Okänd kontroll '5.99' i avsnittets controls.");
        });
    }

    @Test
    void aSectionThatImplementsAControlThatDoesNotApplyIsWarnedAbout() {
        read("7.12");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.message()).contains("7.12", "inte är tillämplig");
        });
    }

    @Test
    void withoutARegisterTheControlsAreTakenAsWritten() {
        List<Heading> headings = PageSections.read(PAGE, "page", null, 1,
                List.of(new SectionSource(PAGE, 12, "genomforande", "Genomförande", 1, null, false, "5.99")), null, problems::add);
        assertThat(headings.get(0).controls()).containsExactly("5.99");
        assertThat(problems).isEmpty();
    }
}
