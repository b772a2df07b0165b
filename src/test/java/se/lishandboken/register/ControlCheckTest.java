package se.lishandboken.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.testsupport.FixtureSite;

/** What the ISAM is told about data/controls.json, the Statement of Applicability. */
class ControlCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String SCHEMA = "{\"$schema\": \"./schema/controls.schema.json\", \"controls\": [";

    @TempDir
    Path temp;

    private FixtureSite site(String controls) {
        return FixtureSite.create(temp).withRegister().file("data/controls.json", SCHEMA + controls + "]}\n");
    }

    private static LoadedRegister load(FixtureSite site) {
        return RegisterLoader.load(ConfigLoader.load(site.dir()), TODAY);
    }

    private static List<String> errors(FixtureSite site) {
        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, () -> load(site));
        assertThat(failure).as("the register should have been refused").isNotNull();
        return failure.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    @Test
    void readsTheControlsWithTheirStatusesAndTheShippedCatalogue() {
        Register register = load(site("""
                {"id": "5.15", "applicable": true, "justification": {"text": "Krav", "date": "2026-10-01"},
                 "statuses": [{"date": "2024-01-10", "status": "planned"}, {"date": "2025-06-01", "status": "implemented"}],
                 "responsible": "isam"}""")).register();

        Control control = register.control("5.15").orElseThrow();
        assertThat(control.status().orElseThrow().status()).isEqualTo(Implementation.IMPLEMENTED);
        assertThat(register.asOf(LocalDate.of(2024, 12, 31)).control("5.15").orElseThrow().status().orElseThrow().status())
                .isEqualTo(Implementation.PLANNED);
        assertThat(register.frameworks().control("5.15").orElseThrow().title()).isEqualTo("Access control");
        assertThat(register.frameworks().framework("iso27001-2022").orElseThrow().controls()).hasSize(93);
    }

    @Test
    void anUnknownControlAMissingJustificationAndUnknownReferencesAreErrorsAtTheirLines() {
        List<String> errors = errors(site("""
                {"id": "5.99", "applicable": true},
                {"id": "5.1", "applicable": false},
                {"id": "5.2", "applicable": true, "responsible": "nobody", "actions": ["A-NONE"]}"""));

        assertThat(errors).anySatisfy(error -> assertThat(error).contains("data/controls.json:1", "Kontrollen '5.99' finns inte"))
                .anySatisfy(error -> assertThat(error).contains("/controls/1", "5.1 är inte tillämplig men saknar motivering"))
                .anySatisfy(error -> assertThat(error).contains("/controls/2/responsible", "Okänd roll 'nobody'"))
                .anySatisfy(error -> assertThat(error).contains("/controls/2/actions/0", "Okänd åtgärd 'A-NONE'"));
    }

    @Test
    void anOldJustificationAndControlsLeftOutOfTheStatementAreWarnings() {
        List<String> warnings = load(site("""
                {"id": "5.1", "applicable": false, "justification": {"text": "Ej relevant", "date": "2024-01-10"}}"""))
                .warnings().stream().map(Problem::toString).toList();

        assertThat(warnings).anySatisfy(warning -> assertThat(warning).contains("/controls/0/justification/date",
                        "granskades senast 2024-01-10, för mer än 12 månader sedan"))
                .anySatisfy(warning -> assertThat(warning).contains("92 kontroller saknas", "5.2"));
    }

    @Test
    void aSiteCatalogueInDataFrameworksAddsAFrameworkWithoutCode() {
        FixtureSite site = site("""
                {"framework": "klassa", "id": "K1", "applicable": true, "justification": {"text": "Stadens krav", "date": "2026-10-01"}}""")
                .file("data/frameworks/klassa.json", """
                        {"$schema": "../schema/framework.schema.json", "framework": "klassa", "title": "KLASSA",
                         "controls": [{"id": "K1", "title": "Grundläggande skydd"}]}
                        """);

        Register register = load(site).register();

        assertThat(register.control("klassa:K1")).isPresent();
        assertThat(register.frameworks().control("klassa:K1").orElseThrow().title()).isEqualTo("Grundläggande skydd");
    }
}
