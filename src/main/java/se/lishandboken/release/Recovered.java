package se.lishandboken.release;

import java.util.List;

/**
 * The publish folder after {@link CrashRecovery}: the journal agrees with {@code current}.
 *
 * @param journal the journal, its last live release the one {@code current} points at
 * @param discarded the releases that never went live and were removed
 */
record Recovered(Journal journal, List<String> discarded) {
}
