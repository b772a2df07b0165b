package se.lishandboken.register;

import java.util.List;
import se.lishandboken.problem.Problem;

/**
 * A register that passed every check, and the warnings found on the way.
 *
 * @param register the register, all records included
 * @param warnings e.g. a data file that does not name its schema
 */
public record LoadedRegister(Register register, List<Problem> warnings) {

    public LoadedRegister {
        warnings = List.copyOf(warnings);
    }
}
