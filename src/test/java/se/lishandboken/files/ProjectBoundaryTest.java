package se.lishandboken.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as inside the project: where a file really is, every link followed, never the path as text. */
class ProjectBoundaryTest {
    @TempDir
    Path temp;

    private Path project;

    @BeforeEach
    void createProject() throws Exception {
        project = Files.createDirectories(temp.resolve("projekt"));
        Files.createDirectories(project.resolve("data"));
        Files.writeString(temp.resolve("utanfor.json"), "{}");
        Files.writeString(project.resolve("delat.json"), "{}");
    }

    @Test
    void aLinkOutOfTheProjectIsAProblemThatNamesTheFileAndWhatToDo() throws Exception {
        Path link = Files.createSymbolicLink(project.resolve("data/risks.json"), temp.resolve("utanfor.json"));

        assertThat(ProjectBoundary.of(project).check(link, Path.of("data/risks.json"))).hasValueSatisfying(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.location()).isEqualTo("data/risks.json");
            assertThat(problem.message()).contains("pekar utanför projektet", "utanfor.json");
            assertThat(problem.hint()).contains("Lägg en kopia av filen i projektet");
        });
    }

    @Test
    void aLinkThatStaysInsideAPlainFileAndAMissingFileAreFine() throws Exception {
        Path link = Files.createSymbolicLink(project.resolve("data/risks.json"), Path.of("../delat.json"));
        ProjectBoundary boundary = ProjectBoundary.of(project);

        assertThat(boundary.check(link, Path.of("data/risks.json"))).isEmpty();
        assertThat(boundary.contains(project.resolve("delat.json"))).isTrue();
        assertThat(boundary.contains(project.resolve("data/saknas.json"))).isTrue();
    }

    @Test
    void aFileInAFolderLinkedFromOutsideIsOutsideAndSoIsADanglingLink() throws Exception {
        Files.createSymbolicLink(project.resolve("extern"), temp);
        Path dangling = Files.createSymbolicLink(project.resolve("data/borta.json"), temp.resolve("finns-inte.json"));
        ProjectBoundary boundary = ProjectBoundary.of(project);

        assertThat(boundary.contains(project.resolve("extern/utanfor.json"))).isFalse();
        assertThat(boundary.check(dangling, Path.of("data/borta.json")))
                .hasValueSatisfying(problem -> assertThat(problem.message()).contains("finns-inte.json"));
    }

    @Test
    void aProjectReachedThroughALinkStillContainsItsOwnFiles() throws Exception {
        Path linkedProject = Files.createSymbolicLink(temp.resolve("genvag"), project);

        assertThat(ProjectBoundary.of(linkedProject).contains(linkedProject.resolve("delat.json"))).isTrue();
    }

    @Test
    void aFileWrittenThroughALinkLandsWhereTheLinkLeads() throws Exception {
        Path output = project.resolve("output");
        Files.createSymbolicLink(temp.resolve("outlink"), output);
        Files.createSymbolicLink(temp.resolve("fil.pdf"), output.resolve("fil.pdf"));

        // The output folder need not exist yet; once it does, the answer is the same.
        assertThat(ProjectBoundary.realPathWhenWritten(temp.resolve("outlink/x.pdf")))
                .isEqualTo(ProjectBoundary.realPathWhenWritten(output).resolve("x.pdf"));
        Files.createDirectories(output);
        assertThat(ProjectBoundary.realPathWhenWritten(temp.resolve("outlink/x.pdf"))).isEqualTo(output.toRealPath().resolve("x.pdf"));
        assertThat(ProjectBoundary.realPathWhenWritten(temp.resolve("fil.pdf"))).isEqualTo(output.toRealPath().resolve("fil.pdf"));
        assertThat(ProjectBoundary.realPathWhenWritten(temp.resolve("outlink/../annan.pdf")))
                .isEqualTo(project.toRealPath().resolve("annan.pdf"));
        assertThat(ProjectBoundary.realPathWhenWritten(temp.resolve("ny/mapp/x.pdf"))).isEqualTo(temp.toRealPath().resolve("ny/mapp/x.pdf"));
    }
}
