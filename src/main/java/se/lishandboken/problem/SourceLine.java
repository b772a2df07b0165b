package se.lishandboken.problem;

import java.util.List;
import java.util.function.Predicate;

/** Where in a source file a problem is: the line a message points the ISAM to. */
public final class SourceLine {

    private SourceLine() {
    }

    /** The 1-based number of the first of {@code lines} that {@code matches} accepts, or 0 if none does. */
    public static int first(List<String> lines, Predicate<String> matches) {
        for (int i = 0; i < lines.size(); i++) {
            if (matches.test(lines.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
