package se.lishandboken.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The build time: {@code SOURCE_DATE_EPOCH} if set (reproducible builds), otherwise now. Messages that
 * compare a date with today say when "today" came from the variable, since it may be far from the real day.
 */
public final class BuildClock {
    /** The environment variable that fixes the build time, in seconds since 1970-01-01T00:00:00Z. */
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private BuildClock() {
    }

    public static Instant now() {
        return fromEnvironment().orElseGet(Instant::now);
    }

    /** The time {@code SOURCE_DATE_EPOCH} sets; empty if it is not set to a number of seconds. */
    public static Optional<Instant> fromEnvironment() {
        return parse(System.getenv(VARIABLE));
    }

    static Optional<Instant> parse(String epoch) {
        if (epoch != null && epoch.strip().matches("\\d{1,15}")) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code today} is the day {@code SOURCE_DATE_EPOCH} sets, in some time zone: then the build took
     * its date from the variable.
     */
    public static boolean isFromEnvironment(LocalDate today) {
        return fromEnvironment().map(epoch -> Math.abs(ChronoUnit.DAYS.between(epoch.atOffset(ZoneOffset.UTC).toLocalDate(), today)) <= 1)
                .orElse(false);
    }
}
