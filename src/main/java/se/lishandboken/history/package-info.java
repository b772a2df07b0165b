/**
 * Stage 0, history: what git knows about the sources, read once per build. The version stamp, each
 * page's changes, and what changed since the previous release. Outside a git repository every part
 * is simply empty.
 */
package se.lishandboken.history;
