package se.lishandboken.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import se.lishandboken.page.Heading;
import se.lishandboken.page.IsoAnswer;
import se.lishandboken.page.ReviewHeader;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.register.Register;
import se.lishandboken.review.IsoInput;
import se.lishandboken.review.ReviewSection;

/**
 * A page's sections, held to the rules the build and {@code lis check} share. On a management review:
 *
 * <ul>
 *   <li>a section's {@code iso} attribute names the inputs of ISO/IEC 27001:2022 9.3 it answers, by their
 *       codes ({@link IsoInput}), separated by spaces or commas: {@code [#omvarld,iso=9.3.2-b]},
 *       {@code [#omvarld,iso="9.3.2-b 9.3.2-c"]}; an unknown code is an error;</li>
 *   <li>no section may have an id the review template gives its own sections ({@link ReviewSection});</li>
 *   <li>every input must be answered, by a marked section or by the template's section for it
 *       ({@link IsoAnswer}): one that is not is a warning on a draft and an error on an approved review.</li>
 * </ul>
 *
 * <p>On other pages the {@code iso} attribute means nothing and is not read.
 *
 * <p>On every page, a section's {@code controls} attribute names the controls it implements, for the
 * Statement of Applicability: {@code [#behorighet,controls="5.15,5.18,8.2"]} (ISO/IEC 27001:2022 Annex A by
 * number, another framework as {@code framework:id}). A control no catalogue has is an error; one that
 * {@code data/controls.json} says does not apply, a warning.
 */
public final class PageSections {
    private static final String SEPARATORS = "[\\s,]+";

    private PageSections() {
    }

    /**
     * The headings of the page {@code source}, its problems reported.
     *
     * @param source the page, as messages name it
     * @param type the page's type
     * @param review the page's review header; null if it is no management review
     * @param titleLine the page's title line, where a missing input is reported
     * @param sections its sections, in document order
     * @param problems where problems go
     */
    public static List<Heading> read(Path source, String type, ReviewHeader review, int titleLine, List<SectionSource> sections,
            Consumer<Problem> problems) {
        return read(source, type, review, titleLine, sections, null, problems);
    }

    /**
     * The headings of the page {@code source}, as {@link #read(Path, String, ReviewHeader, int, List, Consumer)} gives them,
     * with their {@code controls} checked against {@code register}'s catalogues (not checked if it is null or has none).
     */
    public static List<Heading> read(Path source, String type, ReviewHeader review, int titleLine, List<SectionSource> sections,
            Register register, Consumer<Problem> problems) {
        boolean isReview = ReviewHeader.PAGE_TYPE.equals(type);
        List<Heading> headings = new ArrayList<>();
        for (SectionSource section : sections) {
            List<IsoInput> iso = isReview ? iso(section, problems) : List.of();
            if (isReview) {
                ReviewSection.withId(section.id()).ifPresent(reserved -> problems.accept(ProblemText.error(section.file(),
                        section.line(), "review.section.reserved", section.title(), section.id(), String.join(", ", ReviewSection.reservedIds()))));
            }
            headings.add(new Heading(section.id(), section.title(), section.level(), iso, section.holdsPlan(),
                    controls(section, register, problems)));
        }
        if (isReview && review != null) {
            for (IsoAnswer answer : IsoAnswer.of(headings)) {
                if (!answer.isAnswered()) {
                    IsoInput input = answer.input();
                    problems.accept(review.isDraft()
                            ? ProblemText.warning(source, titleLine, "review.iso.unanswered", input.clause(), input.code())
                            : ProblemText.error(source, titleLine, "review.iso.unanswered", input.clause(), input.code()));
                }
            }
        }
        return headings;
    }

    /** The controls the section's {@code controls} attribute names; an unknown one is reported and left out. */
    private static List<String> controls(SectionSource section, Register register, Consumer<Problem> problems) {
        if (section.controls() == null) {
            return List.of();
        }
        String value = section.controls().strip();
        if (value.isEmpty()) {
            problems.accept(ProblemText.error(section.file(), section.line(), "section.controls.empty"));
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (String key : value.split(SEPARATORS)) {
            if (register == null || register.frameworks().isEmpty()) {
                keys.add(key);
            } else if (register.frameworks().control(key).isEmpty()) {
                problems.accept(ProblemText.error(section.file(), section.line(), "section.controls.unknown", key));
            } else {
                keys.add(key);
                register.control(key).filter(control -> !control.applicable()).ifPresent(control -> problems.accept(
                        ProblemText.warning(section.file(), section.line(), "section.controls.not-applicable", key)));
            }
        }
        return keys;
    }

    /** The inputs the section's {@code iso} attribute names; an unknown code is reported and left out. */
    private static List<IsoInput> iso(SectionSource section, Consumer<Problem> problems) {
        if (section.iso() == null) {
            return List.of();
        }
        String value = section.iso().strip();
        if (value.isEmpty()) {
            problems.accept(ProblemText.error(section.file(), section.line(), "review.iso.empty", IsoInput.codes()));
            return List.of();
        }
        List<IsoInput> inputs = new ArrayList<>();
        for (String code : value.split(SEPARATORS)) {
            IsoInput.of(code).ifPresentOrElse(inputs::add, () -> problems.accept(
                    ProblemText.error(section.file(), section.line(), "review.iso.unknown", code, IsoInput.codes())));
        }
        return inputs;
    }
}
