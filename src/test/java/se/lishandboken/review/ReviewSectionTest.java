package se.lishandboken.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.lishandboken.testsupport.RepositoryPaths;

/** The one list of what the review template writes, and of the 9.3 inputs, is the one the template and the README follow. */
class ReviewSectionTest {
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    @Test
    void everyIdTheReviewTemplateWritesIsReserved() throws IOException {
        String template = Files.readString(RepositoryPaths.root().resolve("src/main/resources/lis/theme/templates/review.ftlh"),
                StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();
        Matcher id = ID.matcher(template);
        while (id.find()) {
            ids.add(id.group(1).replaceAll("\\$\\{[^}]*}", "2025")); // plan-${planYear.year()?c} is plan-2025
        }

        assertThat(ids).contains("nyckeltal", "risker", "iso-27001", "plan-2025")
                .allSatisfy(written -> assertThat(ReviewSection.withId(written)).as(written).isPresent());
    }

    @Test
    void aNarrativeMayUseIdsCloseToTheReservedOnes() {
        assertThat(ReviewSection.withId("risker-i-texten")).isEmpty();
        assertThat(ReviewSection.withId("planen")).isEmpty();
        assertThat(ReviewSection.withId("plan-2025")).contains(ReviewSection.PLAN_YEAR);
    }

    @Test
    void theReadmeListsEveryReservedIdAndEveryInputCode() throws IOException {
        String readme = Files.readString(RepositoryPaths.root().resolve("README.md"), StandardCharsets.UTF_8);

        assertThat(ReviewSection.reservedIds()).allSatisfy(reserved -> assertThat(readme).contains("`" + reserved + "`"));
        assertThat(Arrays.stream(IsoInput.values()))
                .allSatisfy(input -> assertThat(readme).contains("| `" + input.code() + "` | " + input.clause() + " |"));
    }
}
