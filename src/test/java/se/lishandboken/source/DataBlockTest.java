package se.lishandboken.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import se.lishandboken.problem.Problem;

class DataBlockTest {
    private static final Path PAGE = Path.of("content/rutin.adoc");
    private static final Predicate<String> ROLES = role -> role.equals("isam");

    private static List<String> problems(String line) {
        return DataBlock.on(line).orElseThrow().problems(PAGE, 7, ROLES, null, null).stream().map(Problem::message).toList();
    }

    @Test
    void theAttributesAreReadAsAsciidoctorSplitsThem() {
        DataBlock block = DataBlock.on("lis::actions[year=2025, responsible=\"isam\", open]").orElseThrow();

        assertThat(block.name()).isEqualTo("actions");
        assertThat(block.named()).isEqualTo(Map.of("year", "2025", "responsible", "isam"));
        assertThat(block.flags()).containsExactly("open");
        assertThat(block.macro()).isEqualTo("lis::actions[year=2025, responsible=\"isam\", open]");
    }

    @Test
    void onlyAWholeLineIsABlock() {
        assertThat(DataBlock.on("Se lis::actions[] nedan.")).isEmpty();
        assertThat(DataBlock.on("lis::assets[overdue]  ")).isPresent();
    }

    @Test
    void aRightBlockHasNoProblem() {
        assertThat(problems("lis::assets[owner=isam,unclassified]")).isEmpty();
        assertThat(problems("lis::actions[]")).isEmpty();
    }

    @Test
    void everyWrongPartIsReportedAtTheBlocksLine() {
        assertThat(problems("lis::atgarder[]")).containsExactly("Okänt datablock 'lis::atgarder[]'.");
        assertThat(problems("lis::actions[yaer=2025,oppen]"))
                .containsExactly("lis::actions[] känner inte till 'yaer'.", "lis::actions[] känner inte till 'oppen'.");
        assertThat(problems("lis::actions[year=20x5,responsible=vd]"))
                .containsExactly("Året '20x5' i lis::actions[] är inget årtal.", "Okänd roll 'vd' i datablocket.");
        assertThat(DataBlock.on("lis::actions[]").orElseThrow().problems(PAGE, 7, ROLES, null, null)).isEmpty();
    }

    @Test
    void aReviewPlanNeedsTheReviewsYearAndDate() {
        DataBlock plan = DataBlock.on("lis::review-plan[]").orElseThrow();

        assertThat(plan.problems(PAGE, 9, ROLES, "2025", "2025-02-26")).isEmpty();
        assertThat(plan.problems(PAGE, 9, ROLES, "2025", null)).singleElement()
                .satisfies(problem -> assertThat(problem.location()).isEqualTo("content/rutin.adoc:9"));
    }

    @Test
    void rolesAreLeftUncheckedWhenTheRegisterIsNotKnown() {
        assertThat(DataBlock.on("lis::assets[owner=vem-som-helst]").orElseThrow().problems(PAGE, 3, null, null, null)).isEmpty();
    }
}
