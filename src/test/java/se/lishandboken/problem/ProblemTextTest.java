package se.lishandboken.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ProblemTextTest {

    @Test
    void everyMessageHasAHintSoNoProblemLeavesTheIsamWithoutAFix() {
        ResourceBundle bundle = ResourceBundle.getBundle("lis.problems");
        for (String key : Collections.list(bundle.getKeys())) {
            if (!key.endsWith(".hint")) {
                assertThat(bundle.containsKey(key + ".hint")).as(key + ".hint").isTrue();
            }
        }
    }

    @Test
    void argumentsAreQuotedIntoMessageAndHint() {
        Problem problem = ProblemText.error(Path.of("content/a.adoc"), 3, "anchor.broken", "b.html#x", "b.html", "x");

        assertThat(problem.toString()).isEqualTo("content/a.adoc:3: Trasigt ankare: 'b.html#x' — b.html har inget"
                + " avsnitt med id 'x'. Kontrollera id:t på målsidan, t.ex. [#x] ovanför rubriken.");
    }

    @Test
    void aYearIsWrittenWithoutAThousandsSeparator() {
        Problem problem = ProblemText.error(Path.of("data/metrics.json"), 0, "register.year.duplicate", 2024);

        assertThat(problem.message()).isEqualTo("Året 2024 finns redan i nyckeltalen.");
    }

    @Test
    void templateHintShowsFreemarkerSyntaxLiterally() {
        Problem problem = ProblemText.error(Path.of("templates/page.ftlh"), 2, 6, "template.error", "content/a.adoc", "fel");

        assertThat(problem.location()).isEqualTo("templates/page.ftlh:2:6");
        assertThat(problem.hint()).contains("${x!}");
    }
}
