/**
 * {@code lis init}'s new handbook: the files of a valid, minimal handbook for any organisation, kept as
 * resources in {@code lis/init/} and listed in {@code lis/init/files.txt}, with the organisation's details
 * filled in ({@link se.lishandboken.scaffold.Placeholders}) and written into a new or empty folder, never
 * over anything ({@link se.lishandboken.scaffold.HandbookScaffold}).
 */
package se.lishandboken.scaffold;
