package se.lishandboken.site;

import java.util.ResourceBundle;
import se.lishandboken.config.SiteConfig;

/** The site's UI strings (header, footer, labels) in the configured locale, from {@code lis/ui*.properties}. */
public final class UiBundle {
    static final String BASE_NAME = "lis.ui";

    private UiBundle() {
    }

    public static ResourceBundle load(SiteConfig config) {
        return ResourceBundle.getBundle(BASE_NAME, config.locale());
    }
}
