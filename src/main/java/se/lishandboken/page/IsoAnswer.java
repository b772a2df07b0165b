package se.lishandboken.page;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.lishandboken.review.IsoInput;
import se.lishandboken.review.ReviewSection;

/**
 * Where a management review answers one input of ISO/IEC 27001:2022 9.3: the first narrative section
 * marked for it ({@code iso=}); else the section the review template writes for it
 * ({@link IsoInput#fallback()}); for the plan, the narrative section that holds it. The appendix shows
 * it, and the build and {@code lis check} report an input that nothing answers.
 *
 * @param input the input
 * @param section the narrative section that answers it (marked, or holding the plan); null if none does
 * @param generated what the template writes that answers it by default ({@link ReviewSection#PLAN} with the
 *     section that holds it); null if a narrative section is marked for it, or nothing answers it
 */
public record IsoAnswer(IsoInput input, Heading section, ReviewSection generated) {

    /** Each input, in order, with where the review of {@code headings} answers it. */
    public static List<IsoAnswer> of(List<Heading> headings) {
        return Arrays.stream(IsoInput.values()).map(input -> of(input, headings)).toList();
    }

    private static IsoAnswer of(IsoInput input, List<Heading> headings) {
        Optional<Heading> marked = headings.stream().filter(heading -> heading.iso().contains(input)).findFirst();
        if (marked.isPresent()) {
            return new IsoAnswer(input, marked.get(), null);
        }
        ReviewSection fallback = input.fallback().orElse(null);
        if (fallback == ReviewSection.PLAN) {
            return headings.stream().filter(Heading::holdsPlan).findFirst()
                    .map(holder -> new IsoAnswer(input, holder, fallback))
                    .orElse(new IsoAnswer(input, null, null));
        }
        return new IsoAnswer(input, null, fallback);
    }

    /** Whether the review answers the input. */
    public boolean isAnswered() {
        return section != null || generated != null;
    }
}
