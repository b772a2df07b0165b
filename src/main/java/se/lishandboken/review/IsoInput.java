package se.lishandboken.review;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The inputs a management review must consider under ISO/IEC 27001:2022 9.3.2, and its results (9.3.3),
 * each with the code a narrative section uses to say it answers it ({@code [#omvarld,iso=9.3.2-b]}) and
 * the section the review template writes that answers it when no narrative section is marked for it.
 *
 * <p>The defaults, in one place:
 * <ul>
 *   <li>a) and d) 4): the status of the previous year's actions ({@link ReviewSection#PREVIOUS_ACTIONS});</li>
 *   <li>d) 1), d) 3) and e): findings and recommendations ({@link ReviewSection#FINDINGS});</li>
 *   <li>d) 2): the key figures ({@link ReviewSection#FIGURES});</li>
 *   <li>f): risk treatment ({@link ReviewSection#RISKS});</li>
 *   <li>g): the narrative section that holds the three-year plan ({@link ReviewSection#PLAN});</li>
 *   <li>9.3.3: the review's decisions, from the register ({@link ReviewSection#DECISIONS});</li>
 *   <li>b) and c): none, so the narrative must answer them.</li>
 * </ul>
 */
public enum IsoInput {
    A("9.3.2-a", "9.3.2 a)", ReviewSection.PREVIOUS_ACTIONS),
    B("9.3.2-b", "9.3.2 b)", null),
    C("9.3.2-c", "9.3.2 c)", null),
    D1("9.3.2-d1", "9.3.2 d) 1)", ReviewSection.FINDINGS),
    D2("9.3.2-d2", "9.3.2 d) 2)", ReviewSection.FIGURES),
    D3("9.3.2-d3", "9.3.2 d) 3)", ReviewSection.FINDINGS),
    D4("9.3.2-d4", "9.3.2 d) 4)", ReviewSection.PREVIOUS_ACTIONS),
    E("9.3.2-e", "9.3.2 e)", ReviewSection.FINDINGS),
    F("9.3.2-f", "9.3.2 f)", ReviewSection.RISKS),
    G("9.3.2-g", "9.3.2 g)", ReviewSection.PLAN),
    RESULTS("9.3.3", "9.3.3", ReviewSection.DECISIONS);

    private final String code;
    private final String clause;
    private final ReviewSection fallback;

    IsoInput(String code, String clause, ReviewSection fallback) {
        this.code = code;
        this.clause = clause;
        this.fallback = fallback;
    }

    /** The code a section's {@code iso} attribute names it by, e.g. {@code 9.3.2-d1}. */
    public String code() {
        return code;
    }

    /** The clause as the standard numbers it, e.g. "9.3.2 d) 1)". */
    public String clause() {
        return clause;
    }

    /** The UI-bundle key of its description, e.g. {@code iso.d1}. */
    public String key() {
        return this == RESULTS ? "iso.results" : "iso." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What the template writes that answers it by default; empty if only the narrative can. */
    public Optional<ReviewSection> fallback() {
        return Optional.ofNullable(fallback);
    }

    /** The input with {@code code}; empty if there is none. */
    public static Optional<IsoInput> of(String code) {
        return Arrays.stream(values()).filter(input -> input.code.equals(code)).findFirst();
    }

    /** Every code, in order, comma separated, for a message. */
    public static String codes() {
        return Arrays.stream(values()).map(IsoInput::code).collect(Collectors.joining(", "));
    }
}
