package se.lishandboken.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * A {@code lis::} block, live register data in a page, read by the one parser and checked by the one
 * set of rules the build and {@code lis check} share:
 *
 * <ul>
 *   <li>{@code lis::actions[]} takes {@code year=ÅÅÅÅ}, {@code responsible=ROLL} and {@code open};</li>
 *   <li>{@code lis::assets[]} takes {@code owner=ROLL}, {@code unclassified} and {@code overdue};</li>
 *   <li>{@code lis::review-plan[]} takes {@code heading-ÅÅÅÅ="…"}, a plan year's heading as the review words it
 *   (without its number), and stands in a management review.</li>
 * </ul>
 *
 * @param name the block's name, e.g. {@code actions}
 * @param attributeList the attributes as written between the brackets
 * @param named the {@code name=value} attributes, in order
 * @param flags the attributes without a value, e.g. {@code open}
 */
public record DataBlock(String name, String attributeList, Map<String, String> named, List<String> flags) {
    /** How every data block begins. */
    public static final String PREFIX = "lis::";
    /** Asciidoctor's block macro: a whole line, {@code name::target[attributes]}. */
    private static final Pattern MACRO = Pattern.compile("^lis::(|\\S|\\S.*?\\S)\\[(.*)]$");
    private static final Map<String, Set<String>> NAMED = Map.of(
            "actions", Set.of("year", "responsible"), "assets", Set.of("owner"), "review-plan", Set.of());
    private static final Map<String, Set<String>> FLAGS = Map.of(
            "actions", Set.of("open"), "assets", Set.of("unclassified", "overdue"), "review-plan", Set.of());
    private static final Map<String, String> TAKES = Map.of(
            "actions", "year=ÅÅÅÅ, responsible=ROLL och open",
            "assets", "owner=ROLL, unclassified och overdue",
            "review-plan", "heading-ÅÅÅÅ=\"Rubrik\" för ett av planens tre år");
    /** A plan year's own heading in {@code lis::review-plan[]}: {@code heading-2025="Under 2025 ska vi:"}. */
    private static final Pattern PLAN_HEADING = Pattern.compile("heading-(\\d{4})");

    public DataBlock {
        named = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named));
        flags = List.copyOf(flags);
    }

    /** The data block that this line of AsciiDoc is; empty if it is none. */
    public static Optional<DataBlock> on(String line) {
        Matcher macro = MACRO.matcher(line.stripTrailing());
        return macro.matches() ? Optional.of(of(macro.group(1), macro.group(2))) : Optional.empty();
    }

    /**
     * The block {@code name} with the attributes written {@code attributeList}: comma-separated, each
     * {@code name=value} (the value may be quoted) or a flag.
     */
    public static DataBlock of(String name, String attributeList) {
        AttributeList items = AttributeList.parse(attributeList);
        return new DataBlock(name, attributeList, items.named(), items.positional());
    }

    /** The macro as it stands on its line, e.g. {@code lis::actions[year=2025]}. */
    public String macro() {
        return PREFIX + name + "[" + attributeList + "]";
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    public Optional<String> value(String attribute) {
        return Optional.ofNullable(named.get(attribute));
    }

    /** The plan years' own headings of {@code lis::review-plan[]}, by year; empty for the default ones. */
    public Map<Integer, String> planHeadings() {
        Map<Integer, String> headings = new java.util.TreeMap<>();
        named.forEach((attribute, value) -> {
            if (PLAN_HEADING.matcher(attribute).matches()) {
                headings.put(Integer.parseInt(attribute.substring("heading-".length())), value);
            }
        });
        return headings;
    }

    /**
     * What is wrong with the block: an unknown name or attribute, a year that is no year, a role the
     * organisation does not have, a review plan outside a review.
     *
     * @param source the page, as messages name it
     * @param line the block's line; 0 if not known
     * @param isRole whether a role exists in the organisation; null if the register is not known, so roles are not checked
     * @param reviewYear the page's {@code :review-year:}; null if none
     * @param reviewDate the page's {@code :review-date:}; null if none
     * @return the problems; empty if the block is right
     */
    public List<Problem> problems(Path source, int line, Predicate<String> isRole, String reviewYear, String reviewDate) {
        List<Problem> problems = new ArrayList<>();
        if (!NAMED.containsKey(name)) {
            problems.add(ProblemText.error(source, line, "datablock.unknown", name));
            return problems;
        }
        for (String attribute : named.keySet()) {
            if (name.equals("review-plan") && PLAN_HEADING.matcher(attribute).matches()) {
                int year = Integer.parseInt(attribute.substring("heading-".length()));
                if (reviewYear != null && reviewYear.matches("\\d{4}")
                        && (year < Integer.parseInt(reviewYear) || year > Integer.parseInt(reviewYear) + 2)) {
                    problems.add(ProblemText.error(source, line, "datablock.plan.heading.year", attribute, reviewYear,
                            String.valueOf(Integer.parseInt(reviewYear) + 2)));
                }
            } else if (!NAMED.get(name).contains(attribute)) {
                problems.add(ProblemText.error(source, line, "datablock.attribute.unknown", name, attribute, TAKES.get(name)));
            }
        }
        for (String flag : flags) {
            if (!FLAGS.get(name).contains(flag)) {
                problems.add(ProblemText.error(source, line, "datablock.attribute.unknown", name, flag, TAKES.get(name)));
            }
        }
        value("year").filter(year -> !year.matches("\\d{4}"))
                .ifPresent(year -> problems.add(ProblemText.error(source, line, "datablock.year.invalid", year)));
        for (String attribute : List.of("responsible", "owner")) {
            value(attribute).filter(role -> isRole != null && !isRole.test(role))
                    .ifPresent(role -> problems.add(ProblemText.error(source, line, "datablock.role.unknown", role)));
        }
        if (name.equals("review-plan") && (reviewYear == null || !reviewYear.matches("\\d{4}")
                || reviewDate == null || !reviewDate.matches("\\d{4}-\\d{2}-\\d{2}"))) {
            problems.add(ProblemText.error(source, line, "datablock.review.header", String.valueOf(reviewYear)));
        }
        return problems;
    }
}
