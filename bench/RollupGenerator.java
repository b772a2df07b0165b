import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates the input of a city roll-up for the benchmark (issue 17): ORGS organisations, each a folder
 * of YEARS published reviews (YEAR.data.json, format 1), and a rollup.properties naming them all.
 * Seeded, so every run gets the same files. Clearly fictional: "Testorganisation 0001" …
 *
 * Usage: java bench/RollupGenerator.java ORGS YEARS TARGET
 */
public final class RollupGenerator {

    public static void main(String[] args) throws IOException {
        int orgs = Integer.parseInt(args[0]);
        int years = Integer.parseInt(args[1]);
        Path target = Path.of(args[2]);
        Random random = new Random(17);
        StringBuilder config = new StringBuilder("rollup.title=Informationssäkerhet i en påhittad stad (" + orgs + " organisationer)\n");
        for (int o = 1; o <= orgs; o++) {
            String key = String.format("org%05d", o);
            Path folder = Files.createDirectories(target.resolve("orgs").resolve(key));
            config.append("rollup.org.").append(key).append("=orgs/").append(key).append('\n');
            int assets = 20 + random.nextInt(200);
            int classified = random.nextInt(assets / 2);
            for (int y = 0; y < years; y++) {
                int year = 2021 + y;
                classified = Math.min(assets, classified + random.nextInt(assets / 4 + 1));
                int processors = 3 + random.nextInt(30);
                int staff = 30 + random.nextInt(3000);
                Files.writeString(folder.resolve(year + ".data.json"), review(o, key, year, assets, classified, processors,
                        random.nextInt(processors + 1), staff, random.nextInt(staff + 1), random), StandardCharsets.UTF_8);
            }
        }
        Files.writeString(target.resolve("rollup.properties"), config.toString(), StandardCharsets.UTF_8);
    }

    private static String review(int o, String key, int year, int assets, int classified, int processors, int signed, int staff,
            int trained, Random random) {
        String access = random.nextInt(4) == 0 ? "null" : share(random.nextInt(assets / 2 + 1), assets / 2 + 1);
        int planned = random.nextInt(8);
        int started = random.nextInt(6);
        int done = random.nextInt(10);
        return """
                {
                  "format": 1,
                  "tool": "LIS-handboken bench",
                  "version": "%d.1",
                  "organisation": { "name": "Testorganisation %04d", "short": "T%04d", "parent": "Påhittade staden" },
                  "siteUrl": "https://%s.example.invalid/lis/",
                  "page": "granskning/%d.html",
                  "pdf": "granskning/%d.pdf",
                  "year": %d,
                  "date": "%d-03-01",
                  "status": "fastställd",
                  "sealed": true,
                  "period": { "start": "%d-03-02", "end": "%d-03-01" },
                  "figures": {
                    "assetsClassified": %s,
                    "processesClassified": null,
                    "personalDataRecorded": null,
                    "agreementsSigned": %s,
                    "accessReviewed": %s,
                    "elearning": %s,
                    "incidents": { "total": %d, "reportedInIncidentSystem": 0, "followedUp": 0 }
                  },
                  "plan": { "planned": %d, "in-progress": %d, "done": %d },
                  "decisions": [ { "id": "B%d-01", "date": "%d-03-01", "text": "Handlingsplanen fastställs.", "actions": %d, "actionsDone": %d } ],
                  "soa": null
                }
                """.formatted(year, o, o, key, year, year, year, year, year - 1, year, share(classified, assets), share(signed, processors),
                access, share(trained, staff), random.nextInt(30), planned, started, done, year, year, planned + started + done, done);
    }

    private static String share(int part, int total) {
        return "{ \"part\": " + part + ", \"total\": " + total + " }";
    }
}
