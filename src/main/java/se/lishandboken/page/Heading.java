package se.lishandboken.page;

import java.util.List;
import se.lishandboken.review.IsoInput;

/**
 * A section heading of a page, for the page's table of contents and, on a management review, the
 * appendix that shows which section answers each input of ISO/IEC 27001:2022 9.3.
 *
 * @param id the anchor
 * @param title plain text, as written (with any number the author gave it, e.g. "2.1 Budget")
 * @param level 1 for {@code ==}, 2 for {@code ===}
 * @param iso the inputs the section says it answers ({@code [#budget,iso=9.3.2-c]}), on a review page; empty otherwise
 * @param holdsPlan whether the review's three-year plan ({@code lis::review-plan[]}) stands in this section, not in a subsection
 * @param controls the controls the section says it implements ({@code [#behorighet,controls="5.15,5.18"]}), as
 *        {@code 5.15} or {@code framework:id}, the known ones only; empty if none
 */
public record Heading(String id, String title, int level, List<IsoInput> iso, boolean holdsPlan, List<String> controls) {

    public Heading {
        iso = List.copyOf(iso);
        controls = controls == null ? List.of() : List.copyOf(controls);
    }

    /** A heading that implements no control. */
    public Heading(String id, String title, int level, List<IsoInput> iso, boolean holdsPlan) {
        this(id, title, level, iso, holdsPlan, List.of());
    }

    /** A heading that answers no input and holds no plan. */
    public Heading(String id, String title, int level) {
        this(id, title, level, List.of(), false);
    }
}
