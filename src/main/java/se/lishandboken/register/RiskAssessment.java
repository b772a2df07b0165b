package se.lishandboken.register;

import java.time.LocalDate;

/**
 * One dated assessment of a risk, from an RSA round.
 *
 * @param date when it was assessed
 * @param likelihood 1–4
 * @param consequence 1–4
 * @param note what changed, or null
 */
public record RiskAssessment(LocalDate date, int likelihood, int consequence, String note) {
}
