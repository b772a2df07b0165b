package se.lishandboken.release;

import java.nio.file.Path;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.testsupport.FixtureSite;

/**
 * A {@code lis publish} that dies at one step, the way a SIGKILL or a power cut would: {@link Runtime#halt}
 * runs no finally block, shutdown hook or cleanup. {@link PublishKillTest} starts it as a process.
 */
final class HaltingPublish {
    /** The exit status of a process killed by SIGKILL. */
    static final int KILLED = 137;

    private HaltingPublish() {
    }

    /** Arguments: site folder, publish folder, version, the {@link PublishStep} to die at. */
    public static void main(String[] args) {
        Path site = Path.of(args[0]);
        PublishStep haltAt = PublishStep.valueOf(args[3]);
        Publisher.publish(new PublishRequest(new BuildRequest(site, site.resolve("output"), args[2], FixtureSite.NOW), Path.of(args[1]), 10),
                step -> {
                    if (step == haltAt) {
                        Runtime.getRuntime().halt(KILLED);
                    }
                });
        System.exit(0);
    }
}
