package se.lishandboken.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import se.lishandboken.problem.WorkingOn;

/** How long each stage of one build took, in order; {@code lis build --timings} prints them. */
public final class StageTimes {
    private final Map<String, Duration> stages = new LinkedHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return WorkingOn.on(stage, work);
        } finally {
            stages.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** The stages in the order they ran. */
    public Map<String, Duration> stages() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }
}
