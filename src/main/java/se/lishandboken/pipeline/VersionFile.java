package se.lishandboken.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.history.Change;
import se.lishandboken.history.SiteHistory;
import se.lishandboken.history.SourceVersion;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.page.Page;

/**
 * Writes {@code version.json} at the site root: which version this is, built from which commit and
 * when, the state of the content and the data, and the reviews it holds. The publish step and the
 * releases index read it.
 */
public final class VersionFile {
    public static final String NAME = "version.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What {@code version.json} holds.
     *
     * @param siteTitle the handbook's title
     * @param organisation the organisation's name
     * @param locale the site's language, e.g. sv-SE
     * @param version the release version
     * @param commit the full commit id; null outside git
     * @param dirty whether tracked files had uncommitted changes
     * @param builtAt the build time, ISO 8601 with offset
     * @param content the state of content/
     * @param data the state of data/
     * @param reviews the management reviews in this release
     */
    public record Manifest(String siteTitle, String organisation, String locale, String version, String commit, boolean dirty, String builtAt, SourceState content,
            SourceState data, List<ReviewEntry> reviews, java.util.Map<String, String> releaseTexts) {

        /** The UI texts of the releases page as this release's site worded them; null in releases built before they were kept. */
        public java.util.Map<String, String> releaseTexts() {
            return releaseTexts;
        }
    }

    /** The prefix of the UI texts the releases page, written at publish time, takes from the live release. */
    public static final String RELEASE_TEXTS = "releases.";

    /**
     * The state of a source folder.
     *
     * @param digest {@code sha256:} of every file's path and bytes, so two builds can be compared without git
     * @param lastCommit the abbreviated id of the last commit that touched it; null outside git
     * @param lastChanged that commit's date
     */
    public record SourceState(String digest, String lastCommit, String lastChanged) {
    }

    /**
     * One management review in the release.
     *
     * @param year the review year
     * @param date the review date
     * @param status e.g. fastställd, utkast
     * @param page the review's page, from the site root
     * @param pdf its PDF, from the site root
     */
    public record ReviewEntry(int year, String date, String status, String page, String pdf) {
    }

    private VersionFile() {
    }

    /** Writes the site's {@code version.json} to {@code file}. */
    static void write(Path file, SiteConfig config, BuildInfo build, List<Page> pages, SiteHistory history) {
        Manifest manifest = new Manifest(
                config.siteTitle(),
                config.organisation(),
                config.locale().toLanguageTag(),
                build.version(),
                history.sourceVersion().map(SourceVersion::commit).orElse(null),
                history.sourceVersion().map(SourceVersion::dirty).orElse(false),
                build.builtAt().toOffsetDateTime().toString(),
                state(config, config.contentDir(), history),
                state(config, config.dataDir(), history),
                pages.stream()
                        .filter(page -> page.review() != null)
                        .sorted(Comparator.comparing((se.lishandboken.page.Page page) -> page.review().year()).reversed())
                        .map(page -> new ReviewEntry(page.review().year(), page.review().date().toString(),
                                page.review().status(), page.uri(), page.pdfUri()))
                        .toList(),
                releaseTexts(config));
        try {
            Files.write(file, JSON.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Map<String, String> releaseTexts(SiteConfig config) {
        java.util.ResourceBundle ui = se.lishandboken.config.UiBundle.load(config);
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        ui.keySet().stream().filter(key -> key.startsWith(RELEASE_TEXTS)).forEach(key -> texts.put(key, ui.getString(key)));
        return texts;
    }

    /** Reads a release's {@code version.json}. */
    public static Manifest read(Path siteRoot) throws IOException {
        return JSON.readValue(siteRoot.resolve(NAME).toFile(), Manifest.class);
    }

    /** The state of {@code folder}: its digest, and the last commit that changed a file in it (history keys are site paths). */
    private static SourceState state(SiteConfig config, Path folder, SiteHistory history) {
        String prefix = config.relative(folder).toString().replace('\\', '/') + "/";
        Change last = history.changes().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(prefix))
                .flatMap(entry -> entry.getValue().stream().limit(1))
                .max(Comparator.comparing(Change::date).thenComparing(Change::commit))
                .orElse(null);
        return new SourceState(digest(folder), last == null ? null : last.commit(), last == null ? null : last.date().toString());
    }

    private static String digest(Path folder) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest sha = se.lishandboken.files.Sha256.digest();
            for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> folder.relativize(p).toString())).toList()) {
                sha.update(folder.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
