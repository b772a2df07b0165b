package se.lishandboken.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;

class ConfigLoaderTest {
    @TempDir
    Path site;

    private SiteConfig load(String properties) throws IOException {
        Files.writeString(site.resolve("jbake.properties"), properties);
        return ConfigLoader.load(site);
    }

    @Test
    void readsTheOrganisationLocaleContactAndColours() throws IOException {
        SiteConfig config = load("""
                lis.organisation.name=Exempelbolaget AB
                lis.organisation.parent=Exempelkommunen
                lis.locale=sv-SE
                lis.contact.name=Säkerhetsfunktionen
                lis.contact.email=sakerhet@example.se
                lis.theme.primary=#1d3b6b
                """);

        assertThat(config.organisation()).isEqualTo("Exempelbolaget AB");
        assertThat(config.parentOrganisation()).isEqualTo("Exempelkommunen");
        assertThat(config.locale()).isEqualTo(Locale.forLanguageTag("sv-SE"));
        assertThat(config.contact()).isEqualTo(new Contact("Säkerhetsfunktionen", "sakerhet@example.se"));
        assertThat(config.theme().primary()).isEqualTo("#1d3b6b");
        assertThat(config.contentDir()).isEqualTo(site.resolve("content"));
    }

    @Test
    void aSiteWithoutColoursGetsTheDefaultsOfThemeColourNotTheExampleOrganisationsBlue() throws IOException {
        SiteConfig config = load("lis.organisation.name=Exempelbolaget AB\nlis.contact.name=ISAM\n");

        assertThat(config.theme().primary()).isEqualTo(ThemeColour.PRIMARY.fallback()).isEqualTo("#2f5379").isNotEqualTo("#00558c");
        assertThat(config.theme().accent()).isEqualTo(ThemeColour.ACCENT.fallback()).isEqualTo("#ffbf47");
    }

    @Test
    void reportsEveryBadKeyAtOnceWithItsLine() throws IOException {
        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, () -> load("""
                lis.contact.name=ISAM
                lis.contact.email=javascript:alert(1)
                lis.theme.primary=#ffff00
                lis.theme.accent=red
                """));

        assertThat(failure.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "jbake.properties: Nyckeln lis.organisation.name saknas eller är tom. Lägg till organisationens namn, t.ex. lis.organisation.name=Exempelbolaget AB.",
                "jbake.properties:2: lis.contact.email: 'javascript:alert(1)' är ingen e-postadress. Skriv en funktionsadress, t.ex. informationssakerhet@example.se.",
                "jbake.properties:3: lis.theme.primary: #ffff00 har kontrasten 1.1:1 mot #ffffff; minst 4,5:1 krävs (WCAG 2.1 AA). Välj en färg med högre kontrast mot #ffffff.",
                "jbake.properties:4: lis.theme.accent: 'red' är ingen färg. Skriv den som #rrggbb, t.ex. #ffbf47.");
    }

    @Test
    void aReviewIntervalOfTheSoaThatIsNoPositiveWholeNumberIsAnErrorAtItsLine() throws IOException {
        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, () -> load("""
                lis.organisation.name=Exempelbolaget AB
                lis.contact.name=ISAM
                lis.soa.review-months=0
                """));

        assertThat(failure.problems()).extracting(Problem::toString).containsExactly(
                "jbake.properties:3: lis.soa.review-months: '0' är inget positivt antal månader. "
                        + "Skriv ett heltal större än 0, t.ex. 12 för att motiveringarna ska ses över varje år.");
        assertThat(catchThrowableOfType(BuildFailedException.class, () -> load("""
                lis.organisation.name=Exempelbolaget AB
                lis.contact.name=ISAM
                lis.soa.review-months=ett år
                """)).problems()).extracting(Problem::line).containsExactly(3);
        assertThat(load("""
                lis.organisation.name=Exempelbolaget AB
                lis.contact.name=ISAM
                lis.soa.review-months=24
                """).soaReviewMonths()).isEqualTo(24);
    }
}
