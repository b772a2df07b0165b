/**
 * The {@code lis} command line: one class per subcommand, shared options in mixins, exit codes in
 * {@link se.lishandboken.cli.ExitCodes}, and problems printed in one place ({@link se.lishandboken.cli.ProblemPrinter}).
 */
package se.lishandboken.cli;
