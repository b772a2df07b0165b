package se.lishandboken.view;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lishandboken.page.Heading;
import se.lishandboken.page.Page;
import se.lishandboken.page.ReviewHeader;
import se.lishandboken.review.Review;
import se.lishandboken.review.ReviewSection;

/**
 * The sections the review template writes after the narrative, with their titles and numbers. If the
 * narrative numbers its top sections ("4 Åtgärder kommande 3 år"), these go on from its highest number:
 * 5, 6, …; the appendix has none, and neither has any section of a narrative that numbers none.
 */
final class ReviewOutline {
    /** A top section's number as its author wrote it at the start of its title: "4" in "4 Åtgärder", "4." too. */
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})\\.?\\s");

    private ReviewOutline() {
    }

    /** The template's sections on the review {@code page}, in the order the template writes them; only those it writes for {@code review}. */
    static List<ReviewView.Section> of(Page page, Review review, ResourceBundle ui) {
        ReviewHeader header = page.review();
        String date = header.date().toString();
        Map<ReviewSection, String> titles = new LinkedHashMap<>();
        titles.put(ReviewSection.FIGURES, review.metricsYear() != null
                ? text(ui, "review.figures.heading.year", String.valueOf(review.metricsYear()), date)
                : text(ui, "review.figures.heading.date", date));
        titles.put(ReviewSection.PREVIOUS_ACTIONS, text(ui, "review.previous.heading", String.valueOf(header.year() - 1)));
        titles.put(ReviewSection.FINDINGS, ui.getString("review.findings.heading"));
        titles.put(ReviewSection.RISKS, ui.getString("review.risks.heading"));
        if (!review.cycle().isEmpty()) {
            titles.put(ReviewSection.CYCLE, text(ui, "review.cycle.heading", String.valueOf(header.year())));
        }
        if (!review.overduePages().isEmpty()) {
            titles.put(ReviewSection.OVERDUE_PAGES, ui.getString("review.m.pages"));
        }
        titles.put(ReviewSection.DECISIONS, ui.getString("review.decisions.heading"));
        int last = lastNumber(page.headings());
        List<ReviewView.Section> sections = new ArrayList<>();
        for (Map.Entry<ReviewSection, String> title : titles.entrySet()) {
            String number = last == 0 ? "" : String.valueOf(last + sections.size() + 1);
            sections.add(new ReviewView.Section(title.getKey().id(), number, title.getValue()));
        }
        sections.add(new ReviewView.Section(ReviewSection.ISO_APPENDIX.id(), "", ui.getString("review.iso.heading")));
        return sections;
    }

    /** The highest number the narrative's top sections start with; 0 if none does. */
    private static int lastNumber(List<Heading> headings) {
        int last = 0;
        for (Heading heading : headings) {
            Matcher number = NUMBER.matcher(heading.title());
            if (heading.level() == 1 && number.find()) {
                last = Math.max(last, Integer.parseInt(number.group(1)));
            }
        }
        return last;
    }

    private static String text(ResourceBundle ui, String key, Object... arguments) {
        return new MessageFormat(ui.getString(key), ui.getLocale()).format(arguments);
    }
}
