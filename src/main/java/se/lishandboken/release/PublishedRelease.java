package se.lishandboken.release;

import java.nio.file.Path;
import java.time.Instant;
import se.lishandboken.pipeline.VersionFile;

/**
 * A complete release in {@code DIR/releases/}.
 *
 * @param name the folder's name: the version
 * @param dir the folder
 * @param publishedAt when it was first made live
 * @param manifest its {@code version.json}
 */
public record PublishedRelease(String name, Path dir, Instant publishedAt, VersionFile.Manifest manifest) {
}
