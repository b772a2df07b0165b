package se.lishandboken.register;

import java.time.LocalDate;

/**
 * Why a control is, or is not, applicable (ISO/IEC 27001:2022 6.1.3 d).
 *
 * @param text the reason
 * @param date when it was last reviewed
 */
public record Justification(String text, LocalDate date) {
}
