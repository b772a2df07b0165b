package se.lishandboken.config;

import java.util.ResourceBundle;
import se.lishandboken.config.SiteConfig;

/** The site's UI strings (header, footer, labels) in the configured locale, from {@code lis/ui*.properties}. */
public final class UiBundle {
    static final String BASE_NAME = "lis.ui";

    private UiBundle() {
    }

    public static ResourceBundle load(SiteConfig config) {
        return load(config.locale());
    }

    /** The UI strings for {@code locale}; the publish step uses the locale a release was built with. */
    public static ResourceBundle load(java.util.Locale locale) {
        return ResourceBundle.getBundle(BASE_NAME, locale);
    }
}
