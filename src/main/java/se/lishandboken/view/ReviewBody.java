package se.lishandboken.view;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A converted review page's body, split where {@code lis::review-plan[]} left its marker: the review
 * template writes the plan there, from the review's (sealed) figures. The marker is an HTML comment
 * that carries the number of the section it stands in and the plan years' own headings, if the review
 * gives any ({@code heading-2025="Under 2025 ska vi:"}); they are Base64 in the comment, so no heading
 * can end it early.
 *
 * @param before the body before the plan; the whole body if it has no plan
 * @param section the number of the section the plan stands in, e.g. "4"; empty if that section has none
 * @param headings the plan years' own headings, by year
 * @param after the body after the plan
 * @param hasPlan whether the body holds the plan's marker
 */
public record ReviewBody(String before, String section, Map<Integer, String> headings, String after, boolean hasPlan) {
    /** How the marker begins, after {@code <!--}. */
    static final String MARKER = "lis-review-plan:";
    /** How the marker begins in the converted body. */
    public static final String MARKER_START = "<!--" + MARKER;
    private static final Pattern COMMENT = Pattern.compile("<!--" + MARKER + "(\\d*)((?: \\d{4}=[A-Za-z0-9_=-]*)*)-->");
    private static final Pattern HEADING = Pattern.compile(" (\\d{4})=([A-Za-z0-9_=-]*)");

    public ReviewBody {
        headings = java.util.Collections.unmodifiableMap(new TreeMap<>(headings));
    }

    /** The text of the marker's comment (without {@code <!--} and {@code -->}) for a plan in section {@code section}. */
    public static String marker(String section, Map<Integer, String> headings) {
        StringBuilder marker = new StringBuilder(MARKER).append(section);
        headings.forEach((year, heading) -> marker.append(' ').append(year).append('=')
                .append(Base64.getUrlEncoder().encodeToString(heading.getBytes(StandardCharsets.UTF_8))));
        return marker.toString();
    }

    /** The body split at its plan's marker; the whole body, without a plan, if it has none. */
    public static ReviewBody of(String body) {
        Matcher marker = COMMENT.matcher(body);
        if (!marker.find()) {
            return new ReviewBody(body, "", Map.of(), "", false);
        }
        Map<Integer, String> headings = new TreeMap<>();
        Matcher heading = HEADING.matcher(marker.group(2));
        while (heading.find()) {
            headings.put(Integer.parseInt(heading.group(1)),
                    new String(Base64.getUrlDecoder().decode(heading.group(2)), StandardCharsets.UTF_8));
        }
        return new ReviewBody(body.substring(0, marker.start()), marker.group(1), headings, body.substring(marker.end()), true);
    }

    /** The heading the review gives the plan year {@code year}; null for the default one. */
    public String heading(int year) {
        return headings.get(year);
    }
}
