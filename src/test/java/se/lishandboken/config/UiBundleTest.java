package se.lishandboken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lishandboken.testsupport.RepositoryPaths;

class UiBundleTest {

    @Test
    void everyRegisterFileHasANameOnTheNewsPage() throws IOException {
        ResourceBundle ui = ResourceBundle.getBundle("lis.theme.ui", Locale.forLanguageTag("sv-SE"));
        try (Stream<Path> schemas = Files.list(RepositoryPaths.root().resolve("data/schema"))) {
            // The news page names each changed data file by this key; a missing one failed the build.
            // review-seal and review-export describe the seals beside review pages and the published reviews, not files in data/.
            assertThat(schemas.map(schema -> schema.getFileName().toString().replace(".schema.json", ""))
                            .filter(name -> !name.equals("review-seal") && !name.equals("review-export")))
                    .isNotEmpty()
                    .allSatisfy(file -> assertThat(ui.containsKey("changes.file." + file)).as(file).isTrue());
        }
    }
}
