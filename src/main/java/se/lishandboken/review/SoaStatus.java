package se.lishandboken.review;

import java.util.List;
import se.lishandboken.register.Control;
import se.lishandboken.register.ControlStatus;
import se.lishandboken.register.Implementation;

/**
 * The Statement of Applicability in figures (ISO/IEC 27001:2022 6.1.3 d), as of one date: the review's
 * 9.3.2 d) shows it, and the city's roll-up reads it from {@code review.json}.
 *
 * @param implemented applicable controls whose latest status is implemented
 * @param partly applicable controls partly implemented
 * @param planned applicable controls planned, not implemented, or with no status yet
 * @param notApplicable controls that do not apply
 * @param total every control in the statement
 */
public record SoaStatus(int implemented, int partly, int planned, int notApplicable, int total) {

    /**
     * The figures of {@code controls}, each with the statuses it had (already cut at the date); null if none
     * had a status yet: the statement had not been made.
     */
    public static SoaStatus of(List<Control> controls) {
        if (controls.stream().allMatch(control -> control.statuses().isEmpty())) {
            return null;
        }
        int implemented = 0;
        int partly = 0;
        int planned = 0;
        int notApplicable = 0;
        for (Control control : controls) {
            Implementation status = control.status().map(ControlStatus::status).orElse(null);
            if (!control.applicable()) {
                notApplicable++;
            } else if (status == Implementation.IMPLEMENTED) {
                implemented++;
            } else if (status == Implementation.PARTLY) {
                partly++;
            } else {
                planned++;
            }
        }
        return new SoaStatus(implemented, partly, planned, notApplicable, controls.size());
    }

    /** The applicable controls. */
    public int applicable() {
        return total - notApplicable;
    }
}
