package se.lishandboken.cli;

import java.time.Instant;

/** The build time: {@code SOURCE_DATE_EPOCH} if set (reproducible builds), otherwise now. */
final class BuildClock {

    private BuildClock() {
    }

    static Instant now() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        }
        return Instant.now();
    }
}
