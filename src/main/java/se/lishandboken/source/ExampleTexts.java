package se.lishandboken.source;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * The example texts a page still holds: blocks with the role {@code exempeltext}, which a new handbook
 * (and the example) ships for the ISAM to replace with the organisation's own words. The build and
 * {@code lis check} report them by this one rule, once per page, at the first block: a warning, except
 * in an approved management review, where it is an error.
 *
 * <pre>
 * [.exempeltext]
 * .Exempeltext – anpassa till verksamheten
 * ====
 * …
 * ====
 * </pre>
 *
 * <p>An approved management review is an archived record of what top management decided: an example
 * text in it would be archived as if it were the organisation's own words, so it must be replaced
 * before the review is approved. Blocks in comments and verbatim blocks are not blocks, and those in
 * included files are the included file's, which is not a page.
 */
public final class ExampleTexts {
    /** A block attribute line that gives the role: {@code [.exempeltext]}, {@code [example.exempeltext]}, {@code [role=exempeltext]}. */
    private static final Pattern BLOCK = Pattern.compile(
            "^\\[[^\\[\\]]*(?:\\.|\\brole=\"?)exempeltext(?![\\w-])[^\\[\\]]*]\\s*$");

    private ExampleTexts() {
    }

    /**
     * The problem of the page {@code source}, if it holds example texts.
     *
     * @param source the page, relative to the site folder
     * @param text its text
     * @param header its header, read by {@link PageHeader}
     * @return a warning with the number of blocks, at the first one, or an error if the page is an approved
     *     review; empty if the page has none
     */
    public static Optional<Problem> problem(Path source, PageText text, PageHeader header) {
        int count = 0;
        int first = 0;
        for (int index = 0; index < text.lines().size(); index++) {
            if (text.isProse(index) && BLOCK.matcher(text.lines().get(index).strip()).matches()) {
                count++;
                first = first == 0 ? index + 1 : first;
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(header.review() != null && !header.review().isDraft()
                ? ProblemText.error(source, first, "review.example-text", count)
                : ProblemText.warning(source, first, "page.example-text", count));
    }
}
