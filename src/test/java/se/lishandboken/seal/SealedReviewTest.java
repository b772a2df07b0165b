package se.lishandboken.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.FixtureSite;
import se.lishandboken.testsupport.LisCommand;

/** An approved review is sealed once and renders from its seal ever after; build and check apply the same rules. */
class SealedReviewTest {
    private static final int OK = 0;
    private static final int INVALID_INPUT = 2;

    @TempDir
    Path temp;

    private final LisCommand command = new LisCommand();

    private FixtureSite approvedReview() {
        FixtureSite site = FixtureSite.create(temp).withRegister();
        site.file("jbake.properties", FixtureSite.PROPERTIES + "template.review.file=review.ftlh\n");
        site.page("granskning/2025.adoc", """
                = Ledningens genomgång 2025
                :jbake-type: review
                :review-year: 2025
                :review-date: 2025-02-26
                :review-status: fastställd

                [iso="9.3.2-b 9.3.2-c"]
                == 1 Sammanfattning

                Text.

                [#atgarder]
                == 4 Åtgärder kommande 3 år

                lis::review-plan[]
                """);
        return site;
    }

    private int lis(FixtureSite site, String... args) {
        String[] withSite = java.util.Arrays.copyOf(args, args.length + 2);
        withSite[args.length] = "--site";
        withSite[args.length + 1] = site.dir().toString();
        return command.run(withSite);
    }

    @Test
    void anApprovedReviewWithoutASealStopsTheBuildAndTheCheckWithTheCommandThatSealsIt() {
        FixtureSite site = approvedReview();

        assertThat(lis(site, "build")).isEqualTo(INVALID_INPUT);
        assertThat(command.err()).contains("content/granskning/2025.adoc", "saknar sigill", "lis review 2025 --seal");
        assertThat(site.output()).doesNotExist();

        assertThat(lis(site, "check")).isEqualTo(INVALID_INPUT);
        assertThat(command.err()).contains("saknar sigill", "lis review 2025 --seal");
    }

    @Test
    void aSealedReviewRendersFromItsSealAndIsNeverPublishedAsAFile() throws Exception {
        FixtureSite site = approvedReview();

        assertThat(lis(site, "review", "2025", "--seal")).isEqualTo(OK);
        Path seal = site.dir().resolve("content/granskning/2025.review.json");
        assertThat(seal).exists();
        String json = Files.readString(seal);
        assertThat(json).contains("\"sealVersion\" : 1", "\"intranet\"", "\"ledning\"", "\"registerChecksum\" : \"sha256:",
                "\"$schema\" : \"../../data/schema/review-seal.schema.json\"");

        assertThat(lis(site, "build")).isEqualTo(OK);
        assertThat(site.read("granskning/2025.html")).contains("Siffrorna visas som de var när den fastställdes");
        assertThat(site.output().resolve("granskning/2025.review.json")).doesNotExist();
        assertThat(lis(site, "check")).isEqualTo(OK);

        assertThat(lis(site, "review", "2025", "--seal")).isEqualTo(INVALID_INPUT);
        assertThat(command.err()).contains("redan förseglad");
        assertThat(Files.readString(seal)).isEqualTo(json);
    }

    @Test
    void aCorrectionToOldDataLeavesTheSealedReviewAsItWasAndIsNamedInAWarning() {
        FixtureSite site = approvedReview();
        assertThat(lis(site, "review", "2025", "--seal")).isEqualTo(OK);
        assertThat(lis(site, "build")).isEqualTo(OK);
        String sealed = site.read("granskning/2025.html");

        // Someone finds that T-WEBB's first classification was made after the review, not in 2023.
        site.replaceInData("assets.json", "\"2023-03-01\"", "\"2025-03-01\"");

        assertThat(lis(site, "build")).isEqualTo(OK);
        assertThat(command.err()).contains("2025.review.json", "visas ur sitt sigill", "/assetsClassified/part: 2 → 1");
        assertThat(site.read("granskning/2025.html")).isEqualTo(sealed);
        assertThat(lis(site, "check")).isEqualTo(OK);
        assertThat(command.err()).contains("/assetsClassified/part: 2 → 1");
    }

    @Test
    void aDraftIsNotSealed() {
        FixtureSite site = approvedReview();
        site.page("granskning/2025.adoc", """
                = Ledningens genomgång 2025
                :jbake-type: review
                :review-year: 2025
                :review-date: 2025-02-26
                :review-status: utkast
                """);
        assertThat(lis(site, "review", "2025", "--seal")).isEqualTo(INVALID_INPUT);
        assertThat(command.err()).contains("inte fastställd");
        assertThat(site.dir().resolve("content/granskning/2025.review.json")).doesNotExist();
    }
}
