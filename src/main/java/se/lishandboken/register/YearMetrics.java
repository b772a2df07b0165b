package se.lishandboken.register;

import java.util.List;

/**
 * The ISMS figures of one year.
 *
 * @param year the year
 * @param incidents the incidents
 * @param elearning e-learning completion per unit
 * @param continuityExercises continuity exercises held
 * @param note a comment, or null
 */
public record YearMetrics(int year, IncidentMetrics incidents, List<ElearningResult> elearning, int continuityExercises, String note) {

    public YearMetrics {
        elearning = Lists.of(elearning);
    }
}
