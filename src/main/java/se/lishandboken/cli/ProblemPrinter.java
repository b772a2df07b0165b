package se.lishandboken.cli;

import java.io.PrintWriter;
import java.util.List;
import se.lishandboken.problem.Problem;

/** Prints problems the way compilers do, {@code file:line: message}, so editors can jump to them. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void print(List<Problem> problems, PrintWriter out) {
        for (Problem problem : problems) {
            String where = problem.location();
            String label = Messages.get(problem.isError() ? "problem.error" : "problem.warning");
            out.println((where.isEmpty() ? "" : where + ": ") + label + ": " + problem.message());
            if (problem.hint() != null) {
                out.println("    " + problem.hint());
            }
        }
        out.flush();
    }
}
