package se.lishandboken.release;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.testsupport.FixtureSite;

/**
 * A {@code lis publish} that dies at one step, the way a SIGKILL or a power cut would: {@link Runtime#halt}
 * runs no finally block, shutdown hook or cleanup. {@link PublishKillTest} starts it as a process.
 */
final class HaltingPublish {
    /** The exit status of a process killed by SIGKILL. */
    static final int KILLED = 137;
    /** Instead of the version: roll back rather than publish. */
    static final String ROLLBACK = "--rollback";
    /** The last argument to stop at the step, print its name and wait to be killed from outside, instead of halting. */
    static final String WAIT = "--wait";

    private HaltingPublish() {
    }

    /** Arguments: site folder, publish folder, version or {@link #ROLLBACK}, the {@link PublishStep} to die at, optionally {@link #WAIT}. */
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path to = Path.of(args[1]);
        PublishStep haltAt = PublishStep.valueOf(args[3]);
        boolean wait = args.length > 4 && args[4].equals(WAIT);
        Checkpoint checkpoint = step -> {
            if (step != haltAt) {
                return;
            }
            if (wait) {
                System.out.println(step);
                System.out.flush();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Runtime.getRuntime().halt(KILLED);
        };
        if (args[2].equals(ROLLBACK)) {
            Publisher.rollback(to, checkpoint);
        } else {
            Publisher.publish(new PublishRequest(new BuildRequest(site, site.resolve("output"), args[2], FixtureSite.NOW), to, 10), checkpoint);
        }
        System.exit(0);
    }
}
