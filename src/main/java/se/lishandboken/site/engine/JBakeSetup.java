package se.lishandboken.site.engine;

import java.net.URL;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.io.FileHandler;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import se.lishandboken.config.BuiltInTheme;
import se.lishandboken.config.SiteConfig;

/**
 * JBake's configuration for one bake: the keys of {@code jbake.properties} as {@link SiteConfig} read
 * them (the file is not read a second time), over the built-in theme's page types and JBake's own
 * defaults, with our fixed defaults.
 */
public final class JBakeSetup {
    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger ASCIIDOCTOR_LOG = Logger.getLogger("asciidoctor");
    /** JBake's defaults for every key, in its jar. */
    private static final String JBAKE_DEFAULTS = "default.properties";

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
        CompositeConfiguration keys = new CompositeConfiguration();
        keys.setListDelimiterHandler(new DefaultListDelimiterHandler(ConfigUtil.LIST_DELIMITER));
        PropertiesConfiguration siteKeys = properties();
        site.properties().forEach(siteKeys::addProperty);
        keys.addConfiguration(siteKeys);
        keys.addConfiguration(themeKeys());
        keys.addConfiguration(jbakeDefaults());
        DefaultJBakeConfiguration jbake = new DefaultJBakeConfiguration(site.siteDir().toFile(), keys);
        jbake.setDestinationFolder(destination.toFile());
        jbake.setClearCache(true);
        jbake.setProperty("default.type", "page");
        jbake.setProperty("default.status", "published");
        return jbake;
    }

    /** The built-in theme's page types, under the site's own keys. */
    private static PropertiesConfiguration themeKeys() {
        PropertiesConfiguration theme = properties();
        BuiltInTheme.pageTypes().forEach(theme::addProperty);
        return theme;
    }

    private static PropertiesConfiguration jbakeDefaults() {
        URL defaults = DefaultJBakeConfiguration.class.getClassLoader().getResource(JBAKE_DEFAULTS);
        PropertiesConfiguration configuration = properties();
        try {
            new FileHandler(configuration).load(defaults);
        } catch (ConfigurationException e) {
            throw new IllegalStateException("JBake's jar lacks a readable " + JBAKE_DEFAULTS, e);
        }
        return configuration;
    }

    /** A configuration that splits lists at commas, as JBake reads its files. */
    private static PropertiesConfiguration properties() {
        PropertiesConfiguration configuration = new PropertiesConfiguration();
        configuration.setListDelimiterHandler(new DefaultListDelimiterHandler(ConfigUtil.LIST_DELIMITER));
        return configuration;
    }
}
