package se.lishandboken.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The site's configuration, read once per build from {@code jbake.properties}.
 *
 * @param siteDir the site project folder (holds jbake.properties, content/, templates/, assets/, data/)
 * @param siteTitle the handbook's name, e.g. "LIS-handboken"
 * @param organisation the organisation's full name
 * @param organisationShort the short name used in running text, e.g. "NMF"; the full name if not set
 * @param parentOrganisation the group it belongs to, or null
 * @param locale the language of content and UI
 * @param timeZone the zone in which dates (review dates, build date) are read
 * @param contact whom employees ask about the handbook
 * @param theme the organisation's colours
 * @param classification the information classification scale
 * @param riskLevels the highest likelihood and consequence on the risk scale, which runs from 1 ({@code lis.risk.levels})
 * @param contentDir AsciiDoc sources
 * @param templatesDir Freemarker templates
 * @param assetsDir css, js, images and fonts copied as they are
 * @param dataDir the ISMS register (JSON)
 * @param siteUrl where the site is published, ending in "/", for links that must be absolute (calendar files); null if not set
 * @param registerExample how pages that show register figures say the register is example data ({@code lis.register.example});
 *     null if it is the organisation's own
 * @param logo the organisation's logo, a file in the site's assets, as a path from the site root (e.g. {@code img/logo.svg},
 *     from {@code lis.organisation.logo}); null if none
 * @param properties every key of {@code jbake.properties} as read, JBake's own among them: the file is read once
 */
public record SiteConfig(
        Path siteDir,
        String siteTitle,
        String organisation,
        String organisationShort,
        String parentOrganisation,
        Locale locale,
        ZoneId timeZone,
        Contact contact,
        Theme theme,
        ClassificationScale classification,
        int riskLevels,
        Path contentDir,
        Path templatesDir,
        Path assetsDir,
        Path dataDir,
        java.net.URI siteUrl,
        RegisterExample registerExample,
        String logo,
        java.util.Map<String, String> properties) {

    public SiteConfig {
        properties = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(properties));
    }

    /** The key of how many months a control's justification holds. */
    static final String SOA_REVIEW_MONTHS = "lis.soa.review-months";

    /** How many months a control's justification holds before it is to be reviewed ({@code lis.soa.review-months}, default 12). */
    public int soaReviewMonths() {
        return months(properties.getOrDefault(SOA_REVIEW_MONTHS, "12")).orElse(12);
    }

    /** A positive whole number of months, as {@code value} gives it; empty if it gives none. */
    static java.util.OptionalInt months(String value) {
        String digits = value.strip();
        return digits.matches("[1-9][0-9]{0,5}") ? java.util.OptionalInt.of(Integer.parseInt(digits)) : java.util.OptionalInt.empty();
    }

    /** The file this configuration was read from. */
    public Path propertiesFile() {
        return siteDir.resolve(ConfigLoader.PROPERTIES_FILE);
    }

    /** A path relative to the site folder, for messages. */
    public Path relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = siteDir.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute) : file;
    }
}
