package se.lishandboken.view;

import java.util.List;
import java.util.ResourceBundle;
import se.lishandboken.page.IsoAnswer;
import se.lishandboken.page.Page;
import se.lishandboken.review.IsoInput;
import se.lishandboken.review.Review;

/**
 * One management review page as its template reads it: the figures of {@link Review} (sealed, for an
 * approved review), the sections the template writes after the narrative, where the review answers each
 * input of ISO/IEC 27001:2022 9.3, and the chart.
 *
 * @param page the review stub
 * @param review the figures as of the review date
 * @param sealed whether the figures come from the review's seal
 * @param sections the sections the template writes after the narrative, in order, numbered on from it
 * @param iso the 9.3 inputs, each with the section that answers it
 * @param chart the review's shares as an SVG bar chart
 */
public record ReviewView(Page page, Review review, boolean sealed, List<Section> sections, List<IsoRow> iso, String chart) {

    public ReviewView {
        sections = List.copyOf(sections);
        iso = List.copyOf(iso);
    }

    /**
     * A section the template writes after the narrative.
     *
     * @param id its id, one of {@link se.lishandboken.review.ReviewSection}'s
     * @param number its number, e.g. "5"; empty if it has none
     * @param title its title
     */
    public record Section(String id, String number, String title) {
        /** The heading as it reads: "5 Riskbehandling", or the title alone. */
        public String heading() {
            return number.isEmpty() ? title : number + " " + title;
        }
    }

    /**
     * One row of the appendix: an input of ISO/IEC 27001:2022 9.3.2 (or the results of 9.3.3) and where the
     * review answers it.
     *
     * @param clause e.g. "9.3.2 d) 1)"
     * @param key the UI-bundle key of its description
     * @param code the code that marks a section as answering it, e.g. {@code 9.3.2-d1}
     * @param anchor the id of the section that answers it; null if none does
     * @param heading that section's number and title as its heading reads, e.g. "2.1.1 Budget"; null if none answers it
     */
    public record IsoRow(String clause, String key, String code, String anchor, String heading) {
    }

    /** The converted page's {@code body}, split where the plan goes ({@link ReviewBody}), for the template. */
    public ReviewBody body(String body) {
        return ReviewBody.of(body);
    }

    /** The heading of the template's section {@code id}, as {@link Section#heading()}. */
    public String heading(String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst().map(Section::heading)
                .orElseThrow(() -> new IllegalArgumentException("The review template writes no section '" + id + "'"));
    }

    public static ReviewView of(Page page, Review review, boolean sealed, ResourceBundle ui, BarChart charts) {
        List<Section> sections = ReviewOutline.of(page, review, ui);
        return new ReviewView(page, review, sealed, sections, rows(page, sections), ReviewChart.svg(review, ui, charts));
    }

    private static List<IsoRow> rows(Page page, List<Section> sections) {
        return IsoAnswer.of(page.headings()).stream().map(answer -> row(answer, sections)).toList();
    }

    /** The row of one input: the narrative section that answers it, else the template's, by their headings. */
    private static IsoRow row(IsoAnswer answer, List<Section> sections) {
        IsoInput input = answer.input();
        if (answer.section() != null) {
            return new IsoRow(input.clause(), input.key(), input.code(), answer.section().id(), answer.section().title());
        }
        return sections.stream().filter(section -> answer.generated() != null && section.id().equals(answer.generated().id()))
                .findFirst()
                .map(section -> new IsoRow(input.clause(), input.key(), input.code(), section.id(), section.heading()))
                .orElse(new IsoRow(input.clause(), input.key(), input.code(), null, null));
    }
}
