package se.lishandboken.source;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * Notes to the author that would reach a management review's page and PDF: visible text that names a
 * header attribute, such as "ändra {@code :review-status:} till fastställd". A review is an archived
 * record, so such notes belong in comments ({@code //}), which are never rendered. The build and
 * {@code lis check} warn of them by this one rule, once per page, at the first such line.
 *
 * <p>An attribute entry ({@code :name: value} at the start of a line) defines an attribute and shows
 * nothing, and comments and verbatim blocks are not prose, so neither is reported.
 */
public final class AuthorNotes {
    /** {@code :review-status:} inside a line of prose: not part of {@code lis::}, {@code xref:} or a URL. */
    private static final Pattern ATTRIBUTE = Pattern.compile("(?<![\\w:/]):([a-z][a-z0-9]*(?:-[a-z0-9]+)*):(?=[\\s`.,;)]|$)");

    private AuthorNotes() {
    }

    /**
     * The warning for the review page {@code source}, if its visible text names a header attribute.
     *
     * @return a warning at the first such line; empty if there is none or the page is no review
     */
    public static Optional<Problem> warning(Path source, PageText text, PageHeader header) {
        if (header.review() == null) {
            return Optional.empty();
        }
        for (int index = 0; index < text.lines().size(); index++) {
            String line = text.lines().get(index);
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (text.isProse(index) && attribute.find() && (attribute.start() > 0 || attribute.find())) {
                return Optional.of(ProblemText.warning(source, index + 1, "review.author-note", attribute.group()));
            }
        }
        return Optional.empty();
    }
}
