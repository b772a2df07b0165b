package se.lishandboken.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lishandboken.testsupport.RepositoryPaths;

/** The one form tools write data files in, so that a change shows in git diff as only itself. */
class DataJsonTest {

    @Test
    void theExamplesDataFilesAreInTheCanonicalFormSoAnImportRewritesOnlyWhatChanged() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(RepositoryPaths.root().resolve("data"))) {
            files = listed.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(8);
        for (Path file : files) {
            assertThat(new String(DataJson.format(DataJson.read(file)), StandardCharsets.UTF_8)).as(file.toString())
                    .isEqualTo(Files.readString(file));
        }
    }

    @Test
    void emptyListsStayOnOneLineAndNumbersKeepTheirForm() throws IOException {
        Path file = Files.createTempFile("data", ".json");
        Files.writeString(file, "{\"a\":[],\"b\":{},\"c\":1.50,\"d\":[1,\"två\"]}");
        assertThat(new String(DataJson.format(DataJson.read(file)), StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "a": [],
                  "b": {},
                  "c": 1.50,
                  "d": [
                    1,
                    "två"
                  ]
                }
                """);
        Files.delete(file);
    }
}
