package se.lishandboken.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replaced file keeps its permissions, and a new one gets a new file's: a data file or a page stays readable by others. */
class AtomicWriteTest {
    @TempDir
    Path temp;

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path file = temp.resolve("assets.json");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        AtomicWrite.write(file, "{\"assets\": []}");

        assertThat(Files.readString(file)).isEqualTo("{\"assets\": []}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aNewFileGetsTheUmasksPermissionsNotATemporaryFilesOwnerOnlyOnes() throws IOException {
        Path reference = Files.createFile(temp.resolve("reference"));
        Path file = temp.resolve("index.html");

        AtomicWrite.write(file, "<!DOCTYPE html>");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
        try (var left = Files.list(temp)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("reference", "index.html");
        }
    }
}
