package se.lishandboken.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A build that has written into its staging folder and runs until it is killed. {@link StagingFolderTest}
 * starts it as a process.
 */
final class HoldingStaging {
    private HoldingStaging() {
    }

    /** Argument: the output folder. Prints the staging folder's path, then waits. */
    public static void main(String[] args) throws Exception {
        StagingFolder staging = StagingFolder.beside(Path.of(args[0]));
        Files.writeString(staging.dir().resolve("index.html"), "<p>halvfärdig</p>");
        System.out.println(staging.dir());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
