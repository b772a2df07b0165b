package se.lishandboken.release;

import java.io.IOException;

/** Called as a publish passes each {@link PublishStep}; tests inject failures here. */
@FunctionalInterface
public interface Checkpoint {
    Checkpoint NONE = step -> { };

    void reached(PublishStep step) throws IOException;
}
