package se.lishandboken.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.problem.Severity;

/** The problems of one import, each at its place in the workbook. */
final class CellProblems {
    private final Path workbook;
    private final List<Problem> problems = new ArrayList<>();

    /** @param workbook the workbook as the ISAM named it, for messages */
    CellProblems(Path workbook) {
        this.workbook = workbook;
    }

    void error(CellPlace place, String key, Object... arguments) {
        problems.add(at(Severity.ERROR, place, ProblemText.error(workbook, 0, key, arguments)));
    }

    void warning(CellPlace place, String key, Object... arguments) {
        problems.add(at(Severity.WARNING, place, ProblemText.warning(workbook, 0, key, arguments)));
    }

    /** A problem with the workbook as a whole. */
    void error(String key, Object... arguments) {
        problems.add(ProblemText.error(workbook, 0, key, arguments));
    }

    void warning(String key, Object... arguments) {
        problems.add(ProblemText.warning(workbook, 0, key, arguments));
    }

    /** {@code text}'s message and hint, placed at {@code place}. */
    Problem at(Severity severity, CellPlace place, Problem text) {
        return new Problem(severity, workbook, 0, 0, place.reference(), place.describe() + ": " + text.message(), text.hint());
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    List<Problem> all() {
        return List.copyOf(problems);
    }
}
