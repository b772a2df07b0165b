package se.lishandboken.site.engine;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.source.IncludeDirectives;

/**
 * Converted pages kept between builds in {@code .lis/cache/conversions/}, so a build in which no
 * page changed never starts Asciidoctor (and JRuby). An entry is used only if the page's bytes, the
 * bytes of every file it includes, the configuration and this program are all unchanged; a page
 * with a {@code lis::} data block also needs the same data and the same build date.
 */
public final class ConversionCache {
    /** Bump when what a page converts to changes for the same input. */
    private static final String FORMAT = "3";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            // Paths are kept as written, relative to the site folder; Jackson's default makes them absolute URIs.
            .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                    .addSerializer(Path.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializer(Path.class))
                    .addDeserializer(Path.class, new com.fasterxml.jackson.databind.deser.std.FromStringDeserializer<Path>(Path.class) {
                        @Override
                        protected Path _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext context) {
                            return Path.of(value);
                        }
                    }))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    /**
     * One converted page.
     *
     * @param type the JBake type
     * @param status the JBake status
     * @param title the document title
     * @param html the converted body
     * @param page the page as the catalog holds it
     * @param problems what converting it reported (warnings only: a page with errors is not kept)
     */
    record Entry(String type, String status, String title, String html, Page page, List<Problem> problems) {
    }

    private final Path dir;
    private final Path siteDir;
    private final String buildKey;
    private final String dataKey;

    private ConversionCache(Path siteDir, String buildKey, String dataKey) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.dir = this.siteDir.resolve(".lis").resolve("cache").resolve("conversions");
        this.buildKey = buildKey;
        this.dataKey = dataKey;
    }

    /**
     * The cache of the site in {@code siteDir}.
     *
     * @param programKey identifies this program and its configuration (the jar and jbake.properties)
     * @param dataKey identifies the data and the build date, for pages with data blocks
     */
    static ConversionCache open(Path siteDir, String programKey, String dataKey) {
        return new ConversionCache(siteDir, FORMAT + programKey, dataKey);
    }

    /**
     * The place of {@code file}'s entry, keyed by the file as it is now; the same slot stores the new
     * entry after a conversion, so a file saved meanwhile is not kept under its new key with old HTML.
     */
    public Slot slot(Path file) {
        try {
            return new Slot(dir.resolve(key(file) + ".json"));
        } catch (IOException | RuntimeException unreadable) {
            return new Slot(null); // the converter reports the unreadable page
        }
    }

    /** One page's place in the cache; {@code entry} is null if the page cannot be keyed. */
    public final class Slot {
        private final Path entry;

        private Slot(Path entry) {
            this.entry = entry;
        }

        /** Whether an entry is stored here (it may still turn out unreadable). */
        public boolean isFilled() {
            return entry != null && Files.isRegularFile(entry);
        }

        Optional<Entry> entry() {
            if (entry == null || !Files.isRegularFile(entry)) {
                return Optional.empty();
            }
            try {
                return Optional.of(JSON.readValue(entry.toFile(), Entry.class));
            } catch (IOException | RuntimeException damaged) {
                return Optional.empty(); // a damaged entry is only a miss
            }
        }

        void store(Entry converted) {
            if (entry == null) {
                return;
            }
            try {
                Files.createDirectories(dir);
                se.lishandboken.files.AtomicWrite.write(entry, JSON.writeValueAsBytes(converted));
            } catch (IOException | RuntimeException e) {
                // A cache that cannot be written only makes the next build slower.
            }
        }
    }

    /** The digest of everything the page's conversion depends on. */
    private String key(Path file) throws IOException {
        MessageDigest sha = sha256();
        sha.update(buildKey.getBytes(StandardCharsets.UTF_8));
        sha.update(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        String text = addFile(sha, file, true, 0);
        if (text.contains("lis::")) {
            sha.update(dataKey.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Adds a file and, recursively, the files it includes; returns its text. */
    private String addFile(MessageDigest sha, Path file, boolean page, int depth) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        sha.update(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (depth < IncludeDirectives.MAX_DEPTH) {
            for (String include : IncludeDirectives.targets(text)) {
                Path target = page ? IncludeDirectives.fromPage(siteDir, include) : IncludeDirectives.fromIncludedFile(file, include);
                sha.update(include.getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(target)) {
                    addFile(sha, target, false, depth + 1);
                }
            }
        }
        return text;
    }

    /** The cache for a bake of {@code config}'s site on {@code date}. */
    public static ConversionCache forSite(SiteConfig config, java.time.LocalDate date) {
        return open(config.siteDir(), programKey(config), dataKey(config, date));
    }

    /** This program (the jar, or the compiled classes) and the site's configuration. */
    private static String programKey(SiteConfig config) {
        MessageDigest sha = sha256();
        try {
            addProgram(sha);
            // The UI texts name the captions Asciidoctor writes into the page (Observera, Tabell, …).
            for (String name : new String[] {"jbake.properties", se.lishandboken.config.UiBundle.SITE_FILE}) {
                Path file = config.siteDir().resolve(name);
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(file)) {
                    sha.update(Files.readAllBytes(file));
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            sha.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8)); // unknown: never reuse
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A digest of this program: of the jar, or of the compiled classes' names, sizes and times. Other
     * caches of what the program makes from a page (post-processing's) are keyed on it too.
     *
     * @return a digest in hex; one that no later run repeats if the program cannot be read
     */
    public static String programDigest() {
        MessageDigest sha = sha256();
        try {
            addProgram(sha);
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            sha.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8)); // unknown: never reuse
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void addProgram(MessageDigest sha) throws IOException, java.net.URISyntaxException {
        Path code = Path.of(ConversionCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(code)) {
            sha.update(Files.readAllBytes(code));
        } else {
            try (java.util.stream.Stream<Path> classes = Files.walk(code)) {
                for (Path file : classes.filter(Files::isRegularFile).sorted().toList()) {
                    sha.update((file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file)).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** The data and the date, which data blocks show (overdue reclassifications are judged against the date). */
    private static String dataKey(SiteConfig config, java.time.LocalDate date) {
        MessageDigest sha = sha256();
        sha.update(date.toString().getBytes(StandardCharsets.UTF_8));
        if (Files.isDirectory(config.dataDir())) {
            // A link out of the project is not read, not even for a digest; the register refuses it.
            se.lishandboken.files.ProjectBoundary project = se.lishandboken.files.ProjectBoundary.of(config.siteDir());
            try (java.util.stream.Stream<Path> files = Files.list(config.dataDir())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json") && project.contains(f)).sorted().toList()) {
                    sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                sha.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        return se.lishandboken.files.Sha256.digest();
    }
}
