package se.lishandboken.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An unexpected failure (a defect in lis, not a problem with the input), with what lis was working on
 * when it happened: the stage and, where known, the file, e.g. {@code bake} and {@code content/a.adoc}.
 * Problems with the input are {@link BuildFailedException}s and pass through unchanged.
 */
public final class WorkingOn extends RuntimeException {
    private final transient List<String> inputs;

    private WorkingOn(List<String> inputs, Throwable cause) {
        super(String.join(", ", inputs) + ": " + cause, cause);
        this.inputs = List.copyOf(inputs);
    }

    /** Runs {@code work}; an unexpected exception from it is rethrown naming {@code input}, inside any input named already. */
    public static <T> T on(Object input, Supplier<T> work) {
        try {
            return work.get();
        } catch (BuildFailedException failure) {
            throw failure;
        } catch (WorkingOn inner) {
            List<String> inputs = new ArrayList<>();
            if (!inner.inputs.get(0).equals(String.valueOf(input))) {
                inputs.add(String.valueOf(input));
            }
            inputs.addAll(inner.inputs);
            throw new WorkingOn(inputs, inner.getCause());
        } catch (RuntimeException | StackOverflowError unexpected) {
            throw new WorkingOn(List.of(String.valueOf(input)), unexpected);
        }
    }

    /** Runs {@code work} as {@link #on(Object, Supplier)} does. */
    public static void on(Object input, Runnable work) {
        on(input, () -> {
            work.run();
            return null;
        });
    }

    /** What lis was working on, the outermost first: a stage, then a file. */
    public List<String> inputs() {
        return inputs;
    }
}
