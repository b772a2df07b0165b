package se.lishandboken.pipeline;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What to build.
 *
 * @param siteDir the handbook project folder
 * @param outputDir where the finished site goes
 * @param version the release version to stamp on every page
 * @param now the build time (fixed by tests and by {@code SOURCE_DATE_EPOCH})
 */
public record BuildRequest(Path siteDir, Path outputDir, String version, Instant now) {
}
