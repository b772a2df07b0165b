package se.lishandboken.source;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * The example texts a page still holds: blocks with the role {@code exempeltext}, which a new handbook
 * (and the example) ships for the ISAM to replace with the organisation's own words. The build and
 * {@code lis check} warn of them by this one rule, once per page, at the first block.
 *
 * <pre>
 * [.exempeltext]
 * .Exempeltext – anpassa till verksamheten
 * ====
 * …
 * ====
 * </pre>
 *
 * <p>An approved management review is an archived record, which is not rewritten, so it is not warned
 * about. Blocks in comments and verbatim blocks are not blocks, and those in included files are the
 * included file's, which is not a page.
 */
public final class ExampleTexts {
    /** A block attribute line that gives the role: {@code [.exempeltext]}, {@code [example.exempeltext]}, {@code [role=exempeltext]}. */
    private static final Pattern BLOCK = Pattern.compile(
            "^\\[[^\\[\\]]*(?:\\.|\\brole=\"?)exempeltext(?![\\w-])[^\\[\\]]*]\\s*$");

    private ExampleTexts() {
    }

    /**
     * The warning for the page {@code source}, if it holds example texts.
     *
     * @param source the page, relative to the site folder
     * @param text its text
     * @param header its header, read by {@link PageHeader}
     * @return a warning with the number of blocks, at the first one; empty if the page has none or is an approved review
     */
    public static Optional<Problem> warning(Path source, PageText text, PageHeader header) {
        if (header.review() != null && !header.review().isDraft()) {
            return Optional.empty();
        }
        int count = 0;
        int first = 0;
        for (int index = 0; index < text.lines().size(); index++) {
            if (text.isProse(index) && BLOCK.matcher(text.lines().get(index).strip()).matches()) {
                count++;
                first = first == 0 ? index + 1 : first;
            }
        }
        return count == 0 ? Optional.empty() : Optional.of(ProblemText.warning(source, first, "page.example-text", count));
    }
}
