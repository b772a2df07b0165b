package se.lishandboken.release;

import java.nio.file.Path;
import se.lishandboken.pipeline.BuildRequest;

/**
 * One {@code lis publish}.
 *
 * @param build what to build; its output folder is ignored, the build goes into the publish folder's staging area
 * @param to the publish folder, served by the web server through {@code to/current}
 * @param keep how many releases to keep, the live one always among them
 */
public record PublishRequest(BuildRequest build, Path to, int keep) {
}
