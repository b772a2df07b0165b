/**
 * The annual cycle as iCalendar files (RFC 5545) that staff subscribe to in Outlook or Google
 * Calendar: one event series per run of months, with a recurrence rule and a UID that stays the same
 * from one publish to the next, so a client updates its events instead of adding copies.
 */
package se.lishandboken.calendar;
