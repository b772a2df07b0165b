package se.lishandboken.site;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import se.lishandboken.config.SiteConfig;

/** Prepares JBake for one bake: its configuration with our fixed settings, and our AsciiDoc engine. */
final class JBakeSetup {
    private static final SafeAsciidoctorEngine ASCIIDOC = new SafeAsciidoctorEngine();
    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger ORIENTDB_LOG = Logger.getLogger("com.orientechnologies");
    private static final Logger ASCIIDOCTOR_LOG = Logger.getLogger("asciidoctor");

    static {
        // JBake's content store (OrientDB) chats on java.util.logging at INFO; only failures matter.
        ORIENTDB_LOG.setLevel(Level.SEVERE);
        // Asciidoctor's messages reach us through AsciidoctorLogRouter and become problems of the page.
        ASCIIDOCTOR_LOG.setLevel(Level.OFF);
        // The content store is an in-memory database that lives for one bake and is never exposed, yet
        // OrientDB hashes its default users' passwords with 65,536 rounds of PBKDF2: a second of a cold build.
        // OrientDB reads these system properties when its configuration class loads, which is after this.
        System.setProperty("security.userPasswordSaltIterations", "1");
        // Freemarker picks whatever logging library it finds first; route it to JBake's SLF4J.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        }
    }

    private JBakeSetup() {
    }

    static DefaultJBakeConfiguration configure(SiteConfig site, Path destination) {
        registerAsciidocEngine();
        DefaultJBakeConfiguration jbake = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(site.siteDir().toFile(), destination.toFile(), true);
        // The handbook is pages only; JBake's blog renderers (index, feed, archive, tags) stay off.
        for (String renderer : new String[] {"index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404"}) {
            jbake.setProperty("render." + renderer, false);
        }
        jbake.setProperty("default.type", "page");
        jbake.setProperty("default.status", "published");
        jbake.setProperty("db.store", "memory");
        jbake.setProperty("asciidoctor.attributes.export", false);
        jbake.setProperty("img.path.update", false);
        return jbake;
    }

    /**
     * Registers our engine after JBake has loaded its descriptors (forced by touching
     * {@link Engines}), so ours is the one in force whatever the classpath order.
     */
    static void registerAsciidocEngine() {
        for (String extension : SafeAsciidoctorEngine.EXTENSIONS) {
            if (Engines.get(extension) != ASCIIDOC) {
                Engines.register(extension, ASCIIDOC);
            }
        }
    }
}
