package se.lishandboken.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lishandboken.page.Heading;
import se.lishandboken.page.ReviewHeader;
import se.lishandboken.problem.Problem;
import se.lishandboken.review.IsoInput;

/** The rules a review page's sections are held to, in lis build and lis check alike. */
class PageSectionsTest {
    private static final Path PAGE = Path.of("content/granskning/2025.adoc");
    private static final ReviewHeader DRAFT = new ReviewHeader(2025, LocalDate.of(2025, 2, 26), null, null, ReviewHeader.DRAFT, null);
    private static final ReviewHeader APPROVED = new ReviewHeader(2025, LocalDate.of(2025, 2, 26), null, null, ReviewHeader.APPROVED, null);

    private final List<Problem> problems = new ArrayList<>();

    private static SectionSource section(int line, String id, String iso) {
        return new SectionSource(PAGE, line, id, id, 1, iso, false);
    }

    private List<Heading> read(ReviewHeader review, SectionSource... sections) {
        return PageSections.read(PAGE, ReviewHeader.PAGE_TYPE, review, 1, List.of(sections), problems::add);
    }

    private List<String> reported() {
        return problems.stream().map(p -> p.severity() + " " + p.location() + " " + p.message()).toList();
    }

    @Test
    void aSectionsIsoCodesSeparatedBySpacesOrCommasAreTheInputsItAnswers() {
        List<Heading> headings = read(DRAFT, section(5, "omvarld", "9.3.2-b 9.3.2-c"), section(9, "plan", null),
                section(12, "beslut", "9.3.3, 9.3.2-g"));

        assertThat(headings.get(0).iso()).containsExactly(IsoInput.B, IsoInput.C);
        assertThat(headings.get(2).iso()).containsExactly(IsoInput.RESULTS, IsoInput.G);
    }

    @Test
    void anUnknownCodeIsAnErrorAtTheSectionsLineWhoseHintListsTheValidCodes() {
        read(DRAFT, section(5, "omvarld", "9.3.2-b 9.3.2-x"));

        assertThat(problems).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("content/granskning/2025.adoc:5");
            assertThat(problem.message()).isEqualTo("Okänd punkt '9.3.2-x' i iso=.");
            assertThat(problem.hint()).contains("9.3.2-a, 9.3.2-b, 9.3.2-c, 9.3.2-d1, 9.3.2-d2, 9.3.2-d3, 9.3.2-d4, 9.3.2-e, "
                    + "9.3.2-f, 9.3.2-g, 9.3.3", "[#omvarld,iso=9.3.2-b]");
        });
    }

    @Test
    void aNarrativeSectionWithAnIdTheTemplateUsesIsAnErrorAtItsLine() {
        read(DRAFT, section(5, "omvarld", "9.3.2-b 9.3.2-c"), section(9, "risker", null), section(12, "plan-2026", null));

        assertThat(reported()).filteredOn(line -> line.startsWith("ERROR")).containsExactly(
                "ERROR content/granskning/2025.adoc:9 Avsnittet 'risker' har id:t 'risker', som genomgångens mall ger ett eget avsnitt.",
                "ERROR content/granskning/2025.adoc:12 Avsnittet 'plan-2026' har id:t 'plan-2026', som genomgångens mall ger ett eget avsnitt.");
    }

    @Test
    void anInputNoSectionAnswersIsAWarningOnADraftAndAnErrorOnAnApprovedReview() {
        read(DRAFT, section(5, "omvarld", "9.3.2-b"));
        assertThat(reported()).containsExactly(
                "WARNING content/granskning/2025.adoc:1 Inget avsnitt besvarar ISO/IEC 27001:2022 9.3.2 c) (iso=9.3.2-c).",
                "WARNING content/granskning/2025.adoc:1 Inget avsnitt besvarar ISO/IEC 27001:2022 9.3.2 g) (iso=9.3.2-g).");
        // 9.3.3 needs no section: the template writes the review's decisions from data/decisions.json.

        problems.clear();
        read(APPROVED, section(5, "omvarld", "9.3.2-b"));
        assertThat(problems).hasSize(2).allSatisfy(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.hint()).contains("iso=");
        });
    }

    @Test
    void theSectionThatHoldsThePlanAnswersImprovementAndResultsByDefault() {
        PageSections.read(PAGE, ReviewHeader.PAGE_TYPE, APPROVED, 1, List.of(section(5, "omvarld", "9.3.2-b 9.3.2-c"),
                new SectionSource(PAGE, 9, "atgarder", "4 Åtgärder", 1, null, true)), problems::add);

        assertThat(problems).isEmpty();
    }

    @Test
    void onOtherPagesTheIsoAttributeAndTheTemplatesIdsMeanNothing() {
        List<Heading> headings = PageSections.read(Path.of("content/rutiner/a.adoc"), "page", null, 1,
                List.of(section(3, "risker", "inte-en-punkt")), problems::add);

        assertThat(problems).isEmpty();
        assertThat(headings.get(0).iso()).isEmpty();
    }
}
