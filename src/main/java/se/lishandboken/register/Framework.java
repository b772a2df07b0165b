package se.lishandboken.register;

import java.util.List;
import java.util.Optional;

/**
 * A catalogue of controls: ISO/IEC 27001:2022 Annex A ships with the tool; a site may give its own
 * in {@code data/frameworks/}, or its own titles for a shipped one.
 *
 * @param framework its name, as {@code data/controls.json} refers to it, e.g. {@code iso27001-2022}
 * @param title its title, e.g. "ISO/IEC 27001:2022 bilaga A", or null
 * @param version e.g. "2022"
 * @param controls its controls, in the catalogue's order
 */
public record Framework(String framework, String title, String version, List<CatalogueControl> controls) {

    public Framework {
        controls = Lists.of(controls);
    }

    public Optional<CatalogueControl> control(String id) {
        return controls.stream().filter(control -> control.id().equals(id)).findFirst();
    }

    /** The name to show: its title, else its name. */
    public String shownTitle() {
        return title == null ? framework : title;
    }
}
