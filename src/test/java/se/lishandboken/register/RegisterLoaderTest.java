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

class RegisterLoaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path temp;

    private FixtureSite site() {
        return FixtureSite.create(temp).withRegister();
    }

    private static LoadedRegister load(FixtureSite site) {
        return RegisterLoader.load(ConfigLoader.load(site.dir()), TODAY);
    }

    /** Every error of loading the broken site. */
    private static List<Problem> errors(FixtureSite site) {
        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, () -> load(site));
        assertThat(failure).as("the register should have been refused").isNotNull();
        return failure.problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void readsEveryFileIntoRecords() {
        Register register = load(site()).register();

        assertThat(register.organisation().roleName("isam")).isEqualTo("Informationssäkerhetssamordnare (ISAM)");
        assertThat(register.assets()).extracting(Asset::id).containsExactly("T-WEBB", "T-ENKAT", "T-STYRELSE");
        assertThat(register.asset("T-WEBB").orElseThrow().classificationOn(TODAY).orElseThrow().levels()).containsExactly(java.util.Map.entry("K", 1), java.util.Map.entry("R", 2), java.util.Map.entry("T", 3));
        assertThat(register.actionsOf(2025)).extracting(Action::status).containsExactly(Status.IN_PROGRESS);
        assertThat(register.actionsFor("F-REV-2023")).extracting(Action::id).containsExactly("A2025-01");
        assertThat(register.metrics().get(0).incidents().total()).isEqualTo(6);
    }

    @Test
    void aSiteWithoutDataHasAnEmptyRegister() {
        assertThat(load(FixtureSite.create(temp)).register().assets()).isEmpty();
    }

    @Test
    void intranetEditionDropsManagementOnlyRecordsAndEveryReferenceToThem() {
        Register intranet = load(site()).register().forIntranet();

        assertThat(intranet.assets()).extracting(Asset::id).doesNotContain("T-STYRELSE");
        assertThat(intranet.risks()).extracting(Risk::id).containsExactly("RSA-01");
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        FixtureSite site = site().replaceInData("assets.json", "\"name\": \"Webbplatsen\",", "\"name\": \"Webbplatsen\" ,,");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("data/assets.json:6:30");
            assertThat(problem.message()).startsWith("Ogiltig JSON:");
        });
    }

    @Test
    void missingRequiredFieldNamesTheFieldAndTheRecord() {
        FixtureSite site = site().replaceInData("assets.json", "\"owner\": \"agare-a\",\n      \"processes\": [\"P-KOMM\"],\n      \"personalData\": false,",
                "\"processes\": [\"P-KOMM\"],\n      \"personalData\": false,");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/assets/1");
            assertThat(problem.line()).isEqualTo(24);
            assertThat(problem.message()).isEqualTo("Fältet 'owner' saknas.");
            assertThat(problem.hint()).contains("./schema/assets.schema.json");
        });
    }

    @Test
    void misspelledFieldIsASchemaError() {
        FixtureSite site = site().replaceInData("assets.json", "\"supplier\": \"Webbyrå\"", "\"suplier\": \"Webbyrå\"");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("data/assets.json:13:18#/assets/0/suplier");
            assertThat(problem.message()).isEqualTo("Okänt fält 'suplier'.");
        });
    }

    @Test
    void keyWrittenTwiceInOneObjectIsAnError() {
        FixtureSite site = site().replaceInData("assets.json", "\"supplier\": \"Webbyrå\",", "\"supplier\": \"Webbyrå\",\n      \"owner\": \"vd\",");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(14);
            assertThat(problem.message()).contains("Duplicate field 'owner'");
        });
    }

    @Test
    void impossibleDateIsASchemaErrorQuotingTheValue() {
        FixtureSite site = site().replaceInData("findings.json", "\"date\": \"2024-03-01\",\n      \"reference\"", "\"date\": \"2024-02-30\",\n      \"reference\"");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/findings/0/date");
            assertThat(problem.message()).isEqualTo("\"2024-02-30\" är inget giltigt datum.");
        });
    }

    @Test
    void emptyFileSaysSo() {
        FixtureSite site = site();
        site.file("data/risks.json", "\n");

        assertThat(errors(site)).extracting(Problem::toString).first().asString()
                .startsWith("data/risks.json: Filen är tom.");
    }

    @Test
    void schemaErrorsAreInSwedishWithTheValueAndWhatItShouldBe() {
        FixtureSite site = site().replaceInData("metrics.json", "\"year\": 2024", "\"year\": \"2024\"")
                .replaceInData("actions.json", "\"2024-01-15\"", "\"2024-02-30\"");

        assertThat(errors(site)).extracting(Problem::message).containsExactlyInAnyOrder(
                "\"2024-02-30\" är inget giltigt datum.",
                "\"2024\" är fel sorts värde: här ska det vara ett heltal.");
    }

    @Test
    void fileNotSavedAsUtf8SaysHowToSaveIt() throws Exception {
        FixtureSite site = site();
        java.nio.file.Files.write(site.dir().resolve("data/processes.json"),
                "{\"processes\": [{\"id\": \"P-KOMM\", \"name\": \"Kommunikation på webben\", \"owner\": \"agare-a\"}]}"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("data/processes.json:1");
            assertThat(problem.message()).startsWith("Filen är inte UTF-8: raden har byten 0xE5");
            assertThat(problem.hint()).contains("Save with Encoding");
        });
    }

    @Test
    void oneWayLinkBetweenAssetAndProcessIsAWarning() {
        FixtureSite site = site().replaceInData("processes.json", "\"assets\": [\"T-WEBB\", \"T-ENKAT\"]", "\"assets\": [\"T-ENKAT\"]");

        assertThat(load(site).warnings()).extracting(Problem::message)
                .containsExactly("Tillgången T-WEBB anger processen P-KOMM, men processen listar inte tillgången.");
    }

    @Test
    void duplicateRoleNamesTheFirstOne() {
        FixtureSite site = site().replaceInData("organisation.json", "{\"id\": \"vd\", \"name\": \"VD\"},", "{\"id\": \"vd\", \"name\": \"VD\"},\n    {\"id\": \"vd\", \"name\": \"Vice VD\"},");

        assertThat(errors(site)).singleElement().satisfies(problem ->
                assertThat(problem.message()).isEqualTo("Id 'vd' finns redan (data/organisation.json#/roles/0)."));
    }

    @Test
    void wrongTypeIsASchemaErrorAtTheValue() {
        FixtureSite site = site().replaceInData("assets.json", "\"personalData\": true", "\"personalData\": \"ja\"");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/assets/0/personalData");
            assertThat(problem.line()).isEqualTo(14);
        });
    }

    @Test
    void unknownStatusIsASchemaError() {
        FixtureSite site = site().replaceInData("actions.json", "\"status\": \"done\"", "\"status\": \"klar\"");

        assertThat(errors(site)).singleElement().satisfies(problem ->
                assertThat(problem.pointer()).isEqualTo("/actions/0/history/1/status"));
    }

    @Test
    void invalidDateIsASchemaError() {
        FixtureSite site = site().replaceInData("risks.json", "\"assessed\": \"2024-05-01\",\n      \"treatment\": {\"decision\": \"reduce\"",
                "\"assessed\": \"1 maj 2024\",\n      \"treatment\": {\"decision\": \"reduce\"");

        assertThat(errors(site)).singleElement().satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/risks/0/assessed"));
    }

    @Test
    void unknownOwnerRoleListsTheKnownRoles() {
        FixtureSite site = site().replaceInData("assets.json", "\"owner\": \"agare-a\",\n      \"administrator\"", "\"owner\": \"agare-x\",\n      \"administrator\"");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.toString()).startsWith("data/assets.json:8:16#/assets/0/owner: Okänd roll 'agare-x'.");
            assertThat(problem.hint()).contains("agare-a, forvaltare-a, isam, vd");
        });
    }

    @Test
    void danglingProcessReferenceIsAnError() {
        FixtureSite site = site().replaceInData("assets.json", "\"processes\": [\"P-KOMM\"]", "\"processes\": [\"P-SAKNAS\"]");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/assets/0/processes/0");
            assertThat(problem.message()).isEqualTo("Okänd process 'P-SAKNAS'.");
        });
    }

    @Test
    void danglingActionOfARiskIsAnError() {
        FixtureSite site = site().replaceInData("risks.json", "\"actions\": [\"A2025-01\"]", "\"actions\": [\"A2099-99\"]");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/risks/0/treatment/actions/0");
            assertThat(problem.message()).isEqualTo("Okänd åtgärd 'A2099-99'.");
        });
    }

    @Test
    void aDecisionThatNamesAnUnknownActionIsAnErrorAtItsPointer() {
        FixtureSite site = site().file("data/decisions.json", """
                {"$schema": "./schema/decisions.schema.json", "decisions": [
                  {"id": "B-1", "review": 2025, "date": "2025-02-26", "text": "Planen fastställs.", "actions": ["A2025-01", "A2099-99"], "decidedBy": "vd"}
                ]}
                """);

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).hasToString("data/decisions.json");
            assertThat(problem.pointer()).isEqualTo("/decisions/0/actions/1");
            assertThat(problem.message()).isEqualTo("Okänd åtgärd 'A2099-99'.");
        });
    }

    @Test
    void aDecisionDecidedByAnUnknownRoleOrDatedBeforeItsReviewYearIsAnError() {
        FixtureSite site = site().file("data/decisions.json", """
                {"$schema": "./schema/decisions.schema.json", "decisions": [
                  {"id": "B-1", "review": 2025, "date": "2024-12-31", "text": "Planen fastställs.", "decidedBy": "styrelsen"}
                ]}
                """);

        assertThat(errors(site)).extracting(Problem::pointer).containsExactlyInAnyOrder("/decisions/0/decidedBy", "/decisions/0/date");
    }

    @Test
    void duplicateIdAcrossFilesNamesTheFirstOne() {
        FixtureSite site = site().replaceInData("risks.json", "\"id\": \"RSA-01\"", "\"id\": \"T-WEBB\"")
                .replaceInData("risks.json", "\"actions\": [\"A2025-01\"]", "\"actions\": []");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/risks/0/id");
            assertThat(problem.message()).isEqualTo("Id 'T-WEBB' finns redan (data/assets.json#/assets/0).");
        });
    }

    @Test
    void historyOutOfOrderIsAnError() {
        FixtureSite site = site().replaceInData("actions.json", "{\"date\": \"2024-10-30\", \"status\": \"done\"}",
                "{\"date\": \"2023-10-30\", \"status\": \"done\"}");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/actions/0/history/1/date");
            assertThat(problem.message()).isEqualTo("Datumet 2023-10-30 kommer före föregående post (2024-01-15).");
        });
    }

    @Test
    void classificationDatedInTheFutureIsAnError() {
        FixtureSite site = site().replaceInData("assets.json", "\"date\": \"2025-03-01\"", "\"date\": \"2027-03-01\"");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/assets/0/classifications/1/date");
            assertThat(problem.message()).isEqualTo("Datumet 2027-03-01 ligger i framtiden (i dag är det 2026-11-28).");
        });
    }

    @Test
    void actionWithoutSourceIsAnError() {
        FixtureSite site = site().replaceInData("actions.json",
                "\"source\": {\"type\": \"audit\", \"reference\": \"Årsrapport 2023\"},\n", "");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/actions/1");
            assertThat(problem.message()).isEqualTo("Fältet 'source' saknas.");
        });
    }

    @Test
    void measureDoneWithoutDateIsAnError() {
        FixtureSite site = site().replaceInData("assets.json", "\"status\": \"done\", \"done\": \"2025-06-01\"", "\"status\": \"done\"");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/assets/0/measures/0/status");
            assertThat(problem.message()).isEqualTo("'Införa tvåfaktorsinloggning' är markerad som klar men saknar datum.");
        });
    }

    @Test
    void signedAgreementWithoutDateIsAnError() {
        FixtureSite site = site().replaceInData("processing.json", "{\"status\": \"signed\", \"date\": \"2024-02-01\"}", "{\"status\": \"signed\"}");

        assertThat(errors(site)).singleElement().satisfies(problem ->
                assertThat(problem.pointer()).isEqualTo("/records/0/processors/0/agreement"));
    }

    @Test
    void levelOutsideTheConfiguredScaleIsAnError() {
        FixtureSite site = site().replaceInData("assets.json", "{\"K\": 1, \"R\": 2, \"T\": 3}", "{\"K\": 1, \"R\": 2, \"T\": 5}");

        assertThat(errors(site)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/assets/0/classifications/1/levels/T");
            assertThat(problem.message()).isEqualTo("Nivån 5 för T finns inte i skalan.");
            assertThat(problem.hint()).contains("1, 2, 3, 4");
        });
    }

    @Test
    void aspectOutsideTheConfiguredScaleIsAnError() {
        FixtureSite site = site().replaceInData("assets.json", "{\"K\": 1, \"R\": 1, \"T\": 1}", "{\"K\": 1, \"R\": 1, \"X\": 1}");

        assertThat(errors(site)).singleElement().satisfies(problem -> assertThat(problem.message()).isEqualTo("Okänd aspekt 'X' i klassningen."));
    }

    @Test
    void acceptedRiskWithoutDeciderIsAnError() {
        FixtureSite site = site().replaceInData("risks.json", "\"decision\": \"accept\", \"decidedBy\": \"vd\",", "\"decision\": \"accept\",");

        assertThat(errors(site)).singleElement().satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/risks/1/treatment"));
    }

    @Test
    void moreCompletedThanEmployeesIsAnError() {
        FixtureSite site = site().replaceInData("metrics.json", "\"completed\": 10", "\"completed\": 13");

        assertThat(errors(site)).singleElement().satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/years/0/elearning/0/completed"));
    }

    @Test
    void everyErrorIsReportedInOneRun() {
        FixtureSite site = site()
                .replaceInData("assets.json", "\"processes\": [\"P-KOMM\"]", "\"processes\": [\"P-SAKNAS\"]")
                .replaceInData("actions.json", "\"responsible\": \"isam\"", "\"responsible\": \"ingen\"")
                .replaceInData("metrics.json", "\"completed\": 10", "\"completed\": 13");

        assertThat(errors(site)).extracting(Problem::file).extracting(Path::toString)
                .containsExactlyInAnyOrder("data/assets.json", "data/actions.json", "data/metrics.json");
    }

    @Test
    void unknownDataFileAndMissingSchemaReferenceAreWarnings() {
        FixtureSite site = site().replaceInData("metrics.json", "\"$schema\": \"./schema/metrics.schema.json\",", "");
        site.file("data/tillgangar.json", "{}");

        LoadedRegister loaded = load(site);

        assertThat(loaded.warnings()).extracting(Problem::message).contains(
                "Okänd datafil 'tillgangar.json'; den läses inte.", "Filen anger inte sitt schema.");
    }

    @Test
    void annualCycleReferencesAreCheckedWithTheirPointers() {
        FixtureSite site = site().file("data/cycle.json", """
                {"$schema": "./schema/cycle.schema.json", "activities": [
                  {"id": "AH-1", "title": "Okänd roll", "months": [3], "responsible": "nobody", "recurrence": "yearly"},
                  {"id": "AH-2", "title": "Okänd åtgärd", "months": [3], "responsible": "isam", "recurrence": "yearly", "actions": ["A-9"]},
                  {"id": "AH-3", "title": "Saknad rutin", "months": [3], "responsible": "isam", "recurrence": "yearly", "routine": "rutiner/saknas.adoc"},
                  {"id": "AH-4", "title": "Fel kvartal", "months": [1, 2, 7, 10], "responsible": "isam", "recurrence": "quarterly"},
                  {"id": "AH-5", "title": "Vartannat år utan start", "months": [5], "responsible": "isam", "recurrence": "biennial"}
                ]}
                """);

        List<Problem> errors = errors(site);

        assertThat(errors).extracting(Problem::pointer).containsExactlyInAnyOrder("/activities/4");
        assertThat(errors.get(0).file()).isEqualTo(Path.of("data/cycle.json"));

        site.replaceInData("cycle.json", "\"recurrence\": \"biennial\"}", "\"recurrence\": \"biennial\", \"fromYear\": 2024}");
        assertThat(errors(site)).extracting(Problem::pointer).containsExactlyInAnyOrder(
                "/activities/0/responsible", "/activities/1/actions/0", "/activities/2/routine", "/activities/3/months");
        site.replaceInData("cycle.json", "\"title\": \"Okänd roll\"", "\"fromYear\": 2025, \"title\": \"Okänd roll\"");
        assertThat(catchThrowableOfType(BuildFailedException.class, () -> load(site)).problems())
                .filteredOn(problem -> !problem.isError()).extracting(Problem::pointer).contains("/activities/0/fromYear");
        assertThat(errors(site)).extracting(Problem::message).contains(
                "Rutinsidan 'rutiner/saknas.adoc' finns inte.",
                "En kvartalsvis aktivitet ska ha en månad i varje kvartal, men har [1, 2, 7, 10].");
    }
}
