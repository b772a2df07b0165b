package se.lishandboken.pipeline;

import se.lishandboken.config.SiteConfig;
import se.lishandboken.history.SiteHistory;
import se.lishandboken.history.SourceVersion;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.register.Visibility;

/** The stamp of a build: the version asked for, else git's {@code describe}, else "dev" outside git. */
final class BuildStamp {
    static final String NO_VERSION = "dev";

    private BuildStamp() {
    }

    static BuildInfo of(BuildRequest request, SiteConfig config, SiteHistory history, Visibility audience) {
        String version = request.version() != null && !request.version().isBlank()
                ? request.version()
                : history.sourceVersion().map(SourceVersion::describe).orElse(NO_VERSION);
        String commit = history.sourceVersion().map(source -> source.commit().substring(0, 7)).orElse(null);
        return new BuildInfo(version, commit, request.now().atZone(config.timeZone()), audience);
    }
}
