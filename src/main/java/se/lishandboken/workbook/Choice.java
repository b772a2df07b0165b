package se.lishandboken.workbook;

/** A list of allowed values that a column offers as a dropdown. */
public enum Choice {
    /** The role ids of the organisation. */
    ROLES,
    /** An action's statuses, as the data files write them. */
    ACTION_STATUSES,
    /** A finding's statuses, as the data files write them. */
    FINDING_STATUSES,
    /** The levels of the configured classification scale. */
    LEVELS
}
