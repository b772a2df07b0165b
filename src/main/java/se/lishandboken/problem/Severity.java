package se.lishandboken.problem;

/** How serious a {@link Problem} is: an error fails the build, a warning is reported and counted. */
public enum Severity {
    ERROR,
    WARNING
}
