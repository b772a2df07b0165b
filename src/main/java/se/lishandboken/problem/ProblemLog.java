package se.lishandboken.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects problems from a stage that keeps going after the first one, so the ISAM sees all of them. */
public final class ProblemLog {
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public List<Problem> all() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    public List<Problem> warnings() {
        return all().stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return all().stream().anyMatch(Problem::isError);
    }

    /** Throws with every problem if any of them is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new BuildFailedException(all());
        }
    }
}
