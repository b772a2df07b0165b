package se.lishandboken.rollup;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TimeZone;
import se.lishandboken.site.engine.StrictFreemarker;

/** Renders the roll-up's pages with its Freemarker templates ({@code lis/rollup/}), set up strictly, and copies its CSS and JS. */
final class RollupPages {
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String RESOURCES = "lis/rollup/";
    /** The theme's table sorting, reused as it is. */
    private static final String SORTING = "lis/theme/assets/js/register.js";

    private final Configuration freemarker;
    private final Path outputDir;

    RollupPages(Path outputDir) {
        this.outputDir = outputDir;
        this.freemarker = configure();
    }

    private static Configuration configure() {
        return StrictFreemarker.configuration(new ClassTemplateLoader(RollupPages.class.getClassLoader(), RESOURCES), SWEDISH,
                TimeZone.getTimeZone("Europe/Stockholm"), ResourceBundle.getBundle("lis.rollup.rollup", SWEDISH));
    }

    /** Renders {@code template} with {@code model} to {@code uri} in the output folder. */
    Path write(String template, Map<String, Object> model, String uri) {
        Path file = outputDir.resolve(uri);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                freemarker.getTemplate(template).process(model, out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("The roll-up template " + template + " failed: " + e.getMessage(), e);
        }
    }

    /** Copies the stylesheets and the sorting script into the output folder. */
    void writeAssets() {
        copy(RESOURCES + "rollup.css", "css/rollup.css");
        copy(RESOURCES + "rollup-print.css", "css/rollup-print.css");
        copy(SORTING, "js/register.js");
    }

    private void copy(String resource, String uri) {
        try (InputStream in = RollupPages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            Path file = outputDir.resolve(uri);
            Files.createDirectories(file.getParent());
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
