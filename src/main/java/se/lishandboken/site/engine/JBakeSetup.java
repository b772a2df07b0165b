package se.lishandboken.site.engine;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import se.lishandboken.config.SiteConfig;

/** JBake's configuration for one bake: the site's {@code jbake.properties} with our fixed defaults. */
public final class JBakeSetup {
    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger ASCIIDOCTOR_LOG = Logger.getLogger("asciidoctor");

    static {
        // Asciidoctor's messages reach us through AsciidoctorLogRouter and become problems of the page.
        ASCIIDOCTOR_LOG.setLevel(Level.OFF);
        // Freemarker picks whatever logging library it finds first; route it to JBake's SLF4J.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        }
    }

    private JBakeSetup() {
    }

    public static DefaultJBakeConfiguration configure(SiteConfig site, Path destination) {
        DefaultJBakeConfiguration jbake = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(site.siteDir().toFile(), destination.toFile(), true);
        jbake.setProperty("default.type", "page");
        jbake.setProperty("default.status", "published");
        return jbake;
    }
}
