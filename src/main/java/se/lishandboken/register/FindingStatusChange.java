package se.lishandboken.register;

import java.time.LocalDate;

/**
 * A dated status of a finding.
 *
 * @param date when the status was set
 * @param status the new status
 * @param note why, or null
 */
public record FindingStatusChange(LocalDate date, FindingStatus status, String note) {
}
