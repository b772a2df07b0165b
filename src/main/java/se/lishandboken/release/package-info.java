/**
 * Stage 7, release: versioned publishing into a folder a web server serves. Each release is built and
 * checked in a staging folder inside {@code DIR/releases/}, renamed into place, and made live by an
 * atomic switch of the {@code DIR/current} symlink, the commit point; {@code DIR/journal.json} then records
 * it. A publish killed at any point leaves {@code current} pointing at a complete release and every earlier
 * release untouched, and the next publish or rollback brings the journal back in line with {@code current}
 * and removes a release that never went live.
 */
package se.lishandboken.release;
