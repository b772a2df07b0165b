package se.lishandboken.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.view.CycleView;

/**
 * Assets the generator adds to every site: the search library from its Maven Central webjar, and the
 * theme stylesheet with the organisation's colours (a file, because the CSP forbids inline styles).
 */
final class SiteAssets {
    static final String FUSE_TARGET = "vendor/fuse.min.js";
    static final String THEME_TARGET = "css/theme.css";
    private static final String FUSE_WEBJAR = "META-INF/resources/webjars/fuse.js/";
    private static final String FUSE_POM = "META-INF/maven/org.webjars.npm/fuse.js/pom.properties";

    private SiteAssets() {
    }

    static void write(SiteConfig config, Path destination) {
        try {
            copyFuse(destination.resolve(FUSE_TARGET));
            writeTheme(config, destination.resolve(THEME_TARGET));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFuse(Path target) throws IOException {
        ClassLoader loader = SiteAssets.class.getClassLoader();
        Properties pom = new Properties();
        try (InputStream in = loader.getResourceAsStream(FUSE_POM)) {
            if (in == null) {
                throw new IllegalStateException("The fuse.js webjar is not on the classpath");
            }
            pom.load(in);
        }
        String resource = FUSE_WEBJAR + pom.getProperty("version") + "/dist/fuse.min.js";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " in the fuse.js webjar");
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeTheme(SiteConfig config, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        StringBuilder css = new StringBuilder(":root {\n"
                + "  --lis-primary: " + config.theme().primary() + ";\n"
                + "  --lis-accent: " + config.theme().accent() + ";\n"
                + "}\n");
        for (int i = 0; i < config.theme().palette().size(); i++) {
            css.append('.').append(CycleView.SWATCH).append(i).append(" { --lis-swatch: ").append(config.theme().palette().get(i)).append("; }\n");
        }
        Files.writeString(target, css.toString(), StandardCharsets.UTF_8);
    }
}
