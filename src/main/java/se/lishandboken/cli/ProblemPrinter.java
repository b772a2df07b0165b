package se.lishandboken.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.lishandboken.problem.Problem;

/**
 * Prints problems the way compilers do, {@code file:line: message}, so editors can jump to them: errors
 * first, then by file and line. A hint is printed under the first problem that has it; the same hint under
 * each of 40 warnings would bury the messages.
 */
final class ProblemPrinter {
    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem problem) -> !problem.isError())
            .thenComparing(problem -> problem.file() == null ? "" : problem.file().toString().replace('\\', '/'))
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    private ProblemPrinter() {
    }

    static void print(List<Problem> problems, PrintWriter out) {
        Set<String> hinted = new HashSet<>();
        for (Problem problem : problems.stream().sorted(ORDER).toList()) {
            String where = problem.location();
            String label = Messages.get(problem.isError() ? "problem.error" : "problem.warning");
            out.println((where.isEmpty() ? "" : where + ": ") + label + ": " + problem.message());
            if (problem.hint() != null && hinted.add(problem.hint())) {
                out.println("    " + problem.hint());
            }
        }
        out.flush();
    }
}
