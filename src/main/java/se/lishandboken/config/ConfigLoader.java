package se.lishandboken.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Properties;
import se.lishandboken.files.ProjectBoundary;
import se.lishandboken.files.TextEncoding;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.problem.ProblemLog;

/** Reads {@code jbake.properties} into a {@link SiteConfig}, reporting every missing or bad key at once. */
public final class ConfigLoader {
    public static final String PROPERTIES_FILE = "jbake.properties";
    /** The palette's colours are drawn on white. */
    private static final String WHITE = "#ffffff";

    private ConfigLoader() {
    }

    /**
     * Loads the configuration of the site in {@code siteDir}.
     *
     * @throws se.lishandboken.problem.BuildFailedException if the file is missing or a key is invalid
     */
    public static SiteConfig load(Path siteDir) {
        Path file = siteDir.resolve(PROPERTIES_FILE);
        ProblemLog problems = new ProblemLog();
        if (Files.isDirectory(siteDir)) {
            ProjectBoundary project = ProjectBoundary.of(siteDir);
            for (String name : List.of(PROPERTIES_FILE, UiBundle.SITE_FILE)) {
                project.check(siteDir.resolve(name), Path.of(name)).ifPresent(problems::add);
            }
            problems.throwIfErrors();
        }
        if (!Files.isRegularFile(file)) {
            problems.add(ProblemText.error(Path.of(PROPERTIES_FILE), 0, "config.missing", siteDir.toAbsolutePath()));
            problems.throwIfErrors();
        }
        for (String name : List.of(PROPERTIES_FILE, UiBundle.SITE_FILE)) {
            if (Files.isRegularFile(siteDir.resolve(name))) {
                TextEncoding.problem(siteDir.resolve(name), Path.of(name)).ifPresent(problems::add);
            }
        }
        problems.throwIfErrors();
        Properties properties = read(file);
        PropertyReader reader = new PropertyReader(file, properties, lines(file), problems);
        Path assetsDir = siteDir.resolve(reader.optional("asset.folder", "assets"));
        SiteConfig config = new SiteConfig(
                siteDir.toAbsolutePath().normalize(),
                reader.optional("lis.site.title", "LIS-handboken"),
                reader.required("lis.organisation.name"),
                reader.optional("lis.organisation.short", reader.optional("lis.organisation.name", "")),
                reader.optional("lis.organisation.parent", null),
                Locale.forLanguageTag(reader.optional("lis.locale", "sv-SE")),
                zone(reader),
                new Contact(reader.required("lis.contact.name"), email(reader)),
                new Theme(colour(reader, ThemeColour.PRIMARY), colour(reader, ThemeColour.ACCENT), palette(reader)),
                classificationScale(reader),
                riskLevels(reader),
                siteDir.resolve(reader.optional("content.folder", "content")),
                siteDir.resolve(reader.optional("template.folder", "templates")),
                assetsDir,
                siteDir.resolve(reader.optional("data.folder", "data")),
                siteUrl(reader),
                registerExample(reader),
                logo(reader, siteDir, assetsDir),
                properties.stringPropertyNames().stream().collect(java.util.stream.Collectors.toMap(key -> key, properties::getProperty)));
        soaReviewMonths(reader);
        UiBundle.unknownTerms(siteDir).forEach(problems::add);
        problems.throwIfErrors();
        return config;
    }

    /** The highest value of likelihood and consequence; 4 by default, as in the City's RSA method. */
    private static int riskLevels(PropertyReader reader) {
        String value = reader.optional("lis.risk.levels", "4");
        try {
            int levels = Integer.parseInt(value.strip());
            if (levels >= 2 && levels <= MAX_RISK_LEVELS) {
                return levels;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reader.invalid("lis.risk.levels", "config.risk.levels.invalid", value, MAX_RISK_LEVELS);
        return 4;
    }

    /** The schema's upper bound for likelihood and consequence. */
    private static final int MAX_RISK_LEVELS = 10;

    /** Colour-blind-safe defaults, each at least 3:1 against white. */
    private static final String DEFAULT_PALETTE = "#0072b2,#d55e00,#007a5a,#8e3b9e,#8a6d00,#b0245c,#4d4d4d";

    private static List<String> palette(PropertyReader reader) {
        List<String> colours = new java.util.ArrayList<>();
        for (String value : reader.optional("lis.theme.palette", DEFAULT_PALETTE).split(",")) {
            String colour = value.strip();
            if (!ThemeColour.isColour(colour)) {
                reader.invalid("lis.theme.palette", "config.colour.invalid", colour, "#0072b2");
            } else if (ContrastRatio.of(colour, WHITE) < ContrastRatio.AA_GRAPHICS) {
                reader.invalid("lis.theme.palette", "config.palette.contrast", colour,
                        String.format(java.util.Locale.ROOT, "%.1f:1", ContrastRatio.of(colour, WHITE)));
            } else {
                colours.add(colour);
            }
        }
        return colours;
    }

    /** The address the site is published at, for links that must be absolute (calendar files); null if not set. */
    private static java.net.URI siteUrl(PropertyReader reader) {
        String value = reader.optional("lis.site.url", null);
        if (value == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(value.endsWith("/") ? value : value + "/");
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new java.net.URISyntaxException(value, "not an http(s) address");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            reader.invalid("lis.site.url", "config.url.invalid", value);
            return null;
        }
    }

    /** Whether the register is example data ({@code lis.register.example}), with the site's own note if it has one. */
    private static RegisterExample registerExample(PropertyReader reader) {
        String value = reader.optional("lis.register.example", "false");
        if (!value.equals("true") && !value.equals("false")) {
            reader.invalid("lis.register.example", "config.boolean.invalid", value);
        }
        return value.equals("true") ? new RegisterExample(reader.optional("lis.register.example-note", null)) : null;
    }

    /** The logo ({@code lis.organisation.logo}): an image among the site's assets, as the path the built site has it at. */
    private static String logo(PropertyReader reader, Path siteDir, Path assetsDir) {
        String value = reader.optional("lis.organisation.logo", null);
        if (value == null) {
            return null;
        }
        Path assets = siteDir.resolve(assetsDir).toAbsolutePath().normalize();
        Path file = siteDir.resolve(value).toAbsolutePath().normalize();
        if (!value.toLowerCase(Locale.ROOT).matches(".*\\.(svg|png|jpe?g)")) {
            reader.invalid("lis.organisation.logo", "config.logo.type", value);
        } else if (!file.startsWith(assets) || file.equals(assets)) {
            reader.invalid("lis.organisation.logo", "config.logo.outside", value, siteDir.relativize(assetsDir));
        } else if (!Files.isRegularFile(file)) {
            reader.invalid("lis.organisation.logo", "config.logo.missing", value);
        } else {
            return assets.relativize(file).toString().replace('\\', '/');
        }
        return null;
    }

    private static ZoneId zone(PropertyReader reader) {
        String value = reader.optional("lis.timezone", "Europe/Stockholm");
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            reader.invalid("lis.timezone", "config.timezone.invalid", value);
            return ZoneId.of("Europe/Stockholm");
        }
    }

    private static String colour(PropertyReader reader, ThemeColour colour) {
        String value = reader.optional(colour.key(), colour.fallback());
        colour.problem(Path.of(PROPERTIES_FILE), reader.lineOf(colour.key()), colour.key(), value).ifPresent(reader.problems()::add);
        return ThemeColour.isColour(value) ? value : colour.fallback();
    }

    /** {@code K:Konfidentialitet,R:Riktighet} and {@code 1:Måttlig skada,2:Betydande skada}; empty if not configured. */
    private static ClassificationScale classificationScale(PropertyReader reader) {
        Map<String, String> aspects = new LinkedHashMap<>();
        for (String[] pair : pairs(reader, "lis.classification.aspects")) {
            if (!pair[0].matches("[A-Z]")) {
                reader.invalid("lis.classification.aspects", "config.aspect.invalid", pair[0]);
            }
            aspects.put(pair[0], pair[1]);
        }
        Map<Integer, String> levels = new TreeMap<>();
        for (String[] pair : pairs(reader, "lis.classification.levels")) {
            try {
                levels.put(Integer.parseInt(pair[0]), pair[1]);
            } catch (NumberFormatException e) {
                reader.invalid("lis.classification.levels", "config.level.invalid", pair[0]);
            }
        }
        String months = reader.optional("lis.classification.reclassification-months", "36");
        int interval = 36;
        try {
            interval = Integer.parseInt(months);
        } catch (NumberFormatException e) {
            reader.invalid("lis.classification.reclassification-months", "config.months.invalid", months);
        }
        return new ClassificationScale(aspects, levels, interval);
    }

    /** Checks {@code lis.soa.review-months}, which {@link SiteConfig#soaReviewMonths()} reads: a positive whole number. */
    private static void soaReviewMonths(PropertyReader reader) {
        String value = reader.optional(SiteConfig.SOA_REVIEW_MONTHS, "12");
        if (SiteConfig.months(value).isEmpty()) {
            reader.invalid(SiteConfig.SOA_REVIEW_MONTHS, "config.soa.months.invalid", value);
        }
    }

    private static List<String[]> pairs(PropertyReader reader, String key) {
        String value = reader.optional(key, "");
        List<String[]> pairs = new java.util.ArrayList<>();
        for (String item : value.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon <= 0 || colon == item.length() - 1) {
                reader.invalid(key, "config.pair.invalid", item.strip());
                continue;
            }
            pairs.add(new String[] {item.substring(0, colon).strip(), item.substring(colon + 1).strip()});
        }
        return pairs;
    }

    private static String email(PropertyReader reader) {
        String value = reader.optional("lis.contact.email", null);
        if (value != null && !Contact.isEmail(value)) {
            reader.invalid("lis.contact.email", "config.email.invalid", value);
            return null;
        }
        return value;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads keys and reports problems at the key's line. */
    private record PropertyReader(Path file, Properties properties, List<String> lines, ProblemLog problems) {

        String required(String key) {
            String value = properties.getProperty(key, "").strip();
            if (value.isEmpty()) {
                problems.add(ProblemText.error(Path.of(PROPERTIES_FILE), 0, "config.key.missing." + key, key));
            }
            return value;
        }

        String optional(String key, String fallback) {
            String value = properties.getProperty(key);
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        void invalid(String key, String problemKey, Object... arguments) {
            Object[] all = new Object[arguments.length + 1];
            all[0] = key;
            System.arraycopy(arguments, 0, all, 1, arguments.length);
            problems.add(ProblemText.error(Path.of(PROPERTIES_FILE), lineOf(key), problemKey, all));
        }

        int lineOf(String key) {
            return se.lishandboken.problem.SourceLine.first(lines, line -> line.stripLeading().startsWith(key));
        }
    }
}
