package se.lishandboken.cli;

import java.io.Console;

/** Asks the person at the terminal for a value: how {@code lis init} fills in what the flags left out. */
interface Prompt {

    /**
     * Asks {@code question} and waits for a line.
     *
     * @return the answer, stripped; empty if the person just pressed Enter; null if the input has ended
     */
    String ask(String question);

    /** Shows a message between questions, e.g. why an answer was not accepted. */
    void tell(String message);

    /** The prompt of the console lis runs at; null if it does not run at an interactive console. */
    static Prompt ofConsole() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        return new Prompt() {
            @Override
            public String ask(String question) {
                String line = console.readLine("%s", question);
                return line == null ? null : line.strip();
            }

            @Override
            public void tell(String message) {
                console.printf("%s%n", message);
                console.flush();
            }
        };
    }
}
