import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates a large register: N assets with owners, processes (which list their assets back), classification
 * history and access reviews, valid against the schemas and without warnings, into TARGET_DIR/data (a site made by CorpusGenerator or a copy
 * of the example site).
 *
 * <p>Run with {@code java bench/RegisterGenerator.java ASSETS TARGET_DIR} from the repository root.
 */
public final class RegisterGenerator {

    public static void main(String[] args) throws IOException {
        int assets = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]).resolve("data");
        Files.createDirectories(data);
        Random random = new Random(7);
        int owners = Math.max(5, assets / 50);
        int processes = Math.max(5, assets / 20);

        StringBuilder organisation = new StringBuilder("{\n  \"$schema\": \"./schema/organisation.schema.json\",\n  \"roles\": [\n");
        organisation.append("    {\"id\": \"isam\", \"name\": \"ISAM\"}");
        for (int o = 0; o < owners; o++) {
            organisation.append(",\n    {\"id\": \"agare-").append(o).append("\", \"name\": \"Objektägare ").append(o).append("\", \"unit\": \"enhet-").append(o % 10).append("\"}");
        }
        organisation.append("\n  ],\n  \"units\": [\n");
        for (int u = 0; u < 10; u++) {
            organisation.append(u == 0 ? "" : ",\n").append("    {\"id\": \"enhet-").append(u).append("\", \"name\": \"Enhet ").append(u).append("\", \"employees\": 20}");
        }
        organisation.append("\n  ]\n}\n");
        write(data.resolve("organisation.json"), organisation);

        StringBuilder processList = new StringBuilder("{\n  \"$schema\": \"./schema/processes.schema.json\",\n  \"processes\": [\n");
        for (int p = 0; p < processes; p++) {
            processList.append(p == 0 ? "" : ",\n").append("    {\"id\": \"P-").append(p).append("\", \"name\": \"Process ").append(p)
                    .append("\", \"owner\": \"agare-").append(p % owners).append("\", \"assets\": [");
            // Each asset names one process (a % processes); the process lists it back, so the register has no one-way links.
            for (int a = p; a < assets; a += processes) {
                processList.append(a == p ? "" : ", ").append("\"T-").append(a).append('"');
            }
            processList.append("]}");
        }
        processList.append("\n  ]\n}\n");
        write(data.resolve("processes.json"), processList);

        StringBuilder assetList = new StringBuilder("{\n  \"$schema\": \"./schema/assets.schema.json\",\n  \"assets\": [\n");
        for (int a = 0; a < assets; a++) {
            assetList.append(a == 0 ? "" : ",\n").append("    {\n")
                    .append("      \"id\": \"T-").append(a).append("\",\n")
                    .append("      \"name\": \"Informationstillgång ").append(a).append("\",\n")
                    .append("      \"description\": \"Register över kontakter och ärenden i verksamhet ").append(a % 37).append(".\",\n")
                    .append("      \"owner\": \"agare-").append(a % owners).append("\",\n")
                    .append("      \"administrator\": \"isam\",\n")
                    .append("      \"unit\": \"enhet-").append(a % 10).append("\",\n")
                    .append("      \"processes\": [\"P-").append(a % processes).append("\"],\n")
                    .append("      \"personalData\": ").append(a % 3 == 0).append(",\n")
                    .append("      \"classifications\": [");
            if (a % 5 != 0) {
                int year = 2021 + random.nextInt(5);
                assetList.append("\n        {\"date\": \"").append(year).append("-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(9))
                        .append("\", \"levels\": {\"K\": ").append(1 + random.nextInt(3)).append(", \"R\": ").append(1 + random.nextInt(3))
                        .append(", \"T\": ").append(1 + random.nextInt(3)).append("}, \"method\": \"KLASSA\", \"classifiedBy\": \"isam\"}\n      ");
            }
            assetList.append("],\n")
                    .append("      \"accessReviews\": [{\"date\": \"2025-11-1").append(random.nextInt(9)).append("\", \"result\": \"utan-avvikelse\"}]\n")
                    .append("    }");
        }
        assetList.append("\n  ]\n}\n");
        write(data.resolve("assets.json"), assetList);
    }

    private static void write(Path file, CharSequence text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
