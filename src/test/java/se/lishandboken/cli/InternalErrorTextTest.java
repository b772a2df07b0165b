package se.lishandboken.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.lishandboken.problem.WorkingOn;

class InternalErrorTextTest {
    private static Exception failureInABakedPage() {
        return catchException(() -> WorkingOn.on("bake", () -> WorkingOn.on(Path.of("content/rutiner/a.adoc"), () -> {
            throw new IllegalStateException("invalid byte sequence in UTF-8\n\tat RUBY.sub_quotes");
        })));
    }

    private static String printed(Exception exception, boolean debug) {
        StringWriter err = new StringWriter();
        InternalErrorText.print(exception, debug, new PrintWriter(err, true));
        return err.toString();
    }

    @Test
    void anInternalErrorNamesTheStageAndFileInTwoLinesWithoutAStackTrace() {
        String printed = printed(failureInABakedPage(), false);

        assertThat(printed.lines()).hasSize(2);
        assertThat(printed).startsWith("Internt fel i lis vid bake, content/rutiner/a.adoc: IllegalStateException: invalid byte sequence in UTF-8\n")
                .contains("--debug").doesNotContain("\tat ");
    }

    @Test
    void withDebugTheStackTraceFollows() {
        assertThat(printed(failureInABakedPage(), true)).contains("\tat ").contains("WorkingOn");
    }

    @Test
    void aProblemWithTheInputPassesThroughUnchanged() {
        se.lishandboken.problem.BuildFailedException failure = new se.lishandboken.problem.BuildFailedException(java.util.List.of());

        assertThat(catchException(() -> WorkingOn.on("register", () -> {
            throw failure;
        }))).isSameAs(failure);
    }
}
