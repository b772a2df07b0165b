package se.lishandboken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lishandboken.testsupport.RepositoryPaths;

/** README lists every file of the built-in theme a site can replace, and every term it can rename. */
class ThemeDocumentationTest {

    private static String readme() throws IOException {
        return Files.readString(RepositoryPaths.root().resolve("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyTemplateAndAssetOfTheThemeIsListedAsOverridable() throws IOException {
        Path theme = RepositoryPaths.root().resolve("src/main/resources/lis/theme");
        List<String> files;
        try (Stream<Path> walk = Files.walk(theme)) {
            files = walk.filter(Files::isRegularFile)
                    .map(file -> theme.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> file.startsWith("templates/") || file.startsWith("assets/"))
                    .toList();
        }
        assertThat(files).contains("templates/layout.ftlh", "assets/css/lis.css");
        String readme = readme();
        assertThat(files).allSatisfy(file -> assertThat(readme).as(file).contains("`" + file + "`"));
    }

    @Test
    void everyTermIsDocumented() throws IOException {
        ResourceBundle ui = UiBundle.load(Locale.forLanguageTag("sv-SE"));
        String readme = readme();
        List<String> terms = ui.keySet().stream().filter(key -> key.startsWith("term.")).sorted().toList();
        assertThat(terms).contains("term.owner", "term.incident-system");
        assertThat(terms).allSatisfy(term -> assertThat(readme).as(term).contains("`" + term + "`"));
    }
}
