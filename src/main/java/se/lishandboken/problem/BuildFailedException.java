package se.lishandboken.problem;

import java.util.List;

/** Thrown by a stage that found errors in the input; carries every problem found, not just the first. */
public class BuildFailedException extends RuntimeException {
    private final transient List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "-" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
