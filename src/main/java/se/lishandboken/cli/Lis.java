package se.lishandboken.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.lishandboken.problem.BuildFailedException;

/** The {@code lis} command: the root that holds the subcommands and maps failures to exit codes. */
@Command(name = "lis", mixinStandardHelpOptions = true, version = "lis 0.1", resourceBundle = "lis.cli-lis",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, ReviewCommand.class, ExportCommand.class, ImportCommand.class, PublishCommand.class,
            ServeCommand.class, RollupCommand.class})
public final class Lis implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Libraries that log through java.util.logging print only real failures; lis reports problems itself.
        Logger.getLogger("").setLevel(Level.SEVERE);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exit;
        try {
            exit = commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            // Not a fault in lis or in the handbook: the register or the workbook is larger than the heap it was given.
            err.println(Messages.get("out-of-memory", Runtime.getRuntime().maxMemory() / (1024 * 1024), String.join(" ", args)));
            exit = ExitCodes.INTERNAL_ERROR;
        }
        System.exit(exit);
    }

    /** The command line, writing to the given streams; tests drive this same object. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Lis());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof BuildFailedException failure) {
                ProblemPrinter.print(failure.problems(), cmd.getErr());
                long errors = failure.problems().stream().filter(p -> p.isError()).count();
                cmd.getErr().println(Messages.get(cmd.getCommandName() + ".failed", errors));
                return ExitCodes.INVALID_INPUT;
            }
            InternalErrorText.print(exception, parseResult.expandedArgs().contains(HelpOption.DEBUG), cmd.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        commandLine.setExitCodeExceptionMapper(exception -> ExitCodes.USAGE);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
