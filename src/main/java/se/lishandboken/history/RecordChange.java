package se.lishandboken.history;

/**
 * A register record that was added, changed or removed since the previous release.
 *
 * @param file the data file, e.g. {@code assets.json}
 * @param id the record's id
 * @param title its name or title
 * @param kind what happened to it
 */
public record RecordChange(String file, String id, String title, Kind kind) {

    /** What happened to a record between two releases. */
    public enum Kind { ADDED, CHANGED, REMOVED }
}
