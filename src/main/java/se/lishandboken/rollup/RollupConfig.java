package se.lishandboken.rollup;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.ProblemText;

/**
 * A roll-up's configuration, {@code rollup.properties}:
 * <pre>
 * rollup.title=Informationssäkerhet i kommunen 2024
 * rollup.org.sbr=../sbr/output
 * rollup.org.kulturnamnden=reviews/kultur
 * </pre>
 * Paths resolve from the file's folder. Organisations are in key order.
 *
 * @param title the roll-up's title
 * @param organisations where each organisation's reviews are read from
 */
public record RollupConfig(String title, List<OrgSource> organisations) {
    private static final String ORG = "rollup.org.";
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public RollupConfig {
        organisations = List.copyOf(organisations);
    }

    /**
     * Reads {@code file}.
     *
     * @throws BuildFailedException if it is missing, has no title or no organisation, or a key is not a simple name
     */
    public static RollupConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BuildFailedException(List.of(ProblemText.error(file, 0, "rollup.config.missing", file)));
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new BuildFailedException(List.of(ProblemText.error(file, 0, "rollup.data.unreadable", e.getMessage())));
        }
        String title = properties.getProperty("rollup.title", "").strip();
        if (title.isEmpty()) {
            throw new BuildFailedException(List.of(ProblemText.error(file, 0, "rollup.config.title")));
        }
        Path folder = file.toAbsolutePath().getParent();
        List<OrgSource> organisations = new ArrayList<>();
        for (String name : properties.stringPropertyNames().stream().filter(n -> n.startsWith(ORG)).sorted().toList()) {
            String key = name.substring(ORG.length());
            if (!KEY.matcher(key).matches()) {
                throw new BuildFailedException(List.of(ProblemText.error(file, 0, "rollup.config.key", key)));
            }
            String path = properties.getProperty(name).strip();
            organisations.add(new OrgSource(key, folder.resolve(path).normalize(), path));
        }
        if (organisations.isEmpty()) {
            throw new BuildFailedException(List.of(ProblemText.error(file, 0, "rollup.config.none")));
        }
        return new RollupConfig(title, organisations);
    }
}
