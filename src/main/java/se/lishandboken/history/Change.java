package se.lishandboken.history;

import java.time.LocalDate;

/**
 * One commit that touched a source file. No author and no e-mail address: the intranet shows what
 * changed and when, not who typed it.
 *
 * @param date the commit date, in the site's time zone
 * @param subject the first line of the commit message
 * @param commit the abbreviated commit id
 */
public record Change(LocalDate date, String subject, String commit) {
}
