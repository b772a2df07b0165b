package se.lishandboken.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.testsupport.FixtureSite;

class SiteBuildTest {
    @TempDir
    Path temp;

    @Test
    void includeOfAFileOutsideTheProjectIsReportedAndItsTextNeverRendered() throws IOException {
        Files.writeString(temp.resolve("hemlig.txt"), "HEMLIGT-LÖSENORD-4711");
        FixtureSite site = FixtureSite.create(temp)
                .page("rutin.adoc", """
                        = Rutin

                        include::../../hemlig.txt[]

                        include::%s[]
                        """.formatted(temp.resolve("hemlig.txt").toAbsolutePath()));

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(errors(failure)).extracting(Problem::location)
                .containsExactlyInAnyOrder("content/rutin.adoc:3", "content/rutin.adoc:5");
        assertThat(errors(failure)).extracting(Problem::message)
                .containsOnly("include:: försöker läsa en fil utanför handbokens mapp; den har inte lästs.");
        assertThat(site.output()).doesNotExist();
        assertThat(treeText(temp.resolve("site"))).doesNotContain("HEMLIGT-LÖSENORD-4711");
    }

    @Test
    void symbolicLinkOutOfTheProjectIsRefusedAndNothingIsPublished() throws IOException {
        Files.writeString(temp.resolve("hemlig.txt"), "HEMLIGT-LÖSENORD-4711");
        FixtureSite site = FixtureSite.create(temp);
        Files.createDirectories(site.dir().resolve("assets"));
        Files.createSymbolicLink(site.dir().resolve("assets/lank.txt"), temp.resolve("hemlig.txt"));
        Files.createSymbolicLink(site.dir().resolve("content/mapp"), temp);

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(errors(failure)).extracting(Problem::location).containsExactlyInAnyOrder("assets/lank.txt", "content/mapp");
        assertThat(errors(failure).get(0).message()).startsWith("Symbolisk länk som pekar utanför projektet");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void pageWithoutTitleFails() {
        FixtureSite site = FixtureSite.create(temp).page("utan-titel.adoc", "== Ett avsnitt\n\nText.\n");

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(errors(failure)).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("content/utan-titel.adoc:1");
            assertThat(problem.message()).isEqualTo("Sidan saknar titel.");
        });
    }

    @Test
    void emptyPageFailsInsteadOfVanishing() {
        FixtureSite site = FixtureSite.create(temp).page("tom.adoc", "\n");

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(errors(failure)).extracting(Problem::toString)
                .containsExactly("content/tom.adoc: Sidan är tom. Skriv sidans titel och text, eller ta bort filen.");
    }

    @Test
    void templateSyntaxErrorIsReportedOnceAtItsLine() {
        FixtureSite site = FixtureSite.create(temp).page("a.adoc", "= A\n\nText.\n");
        site.file("templates/page.ftlh", "<#import \"layout.ftlh\" as layout>\n<#if page??>\n<p>${page.title}</p>\n");

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(errors(failure)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("templates/page.ftlh"));
            assertThat(problem.line()).isPositive();
            assertThat(problem.message()).startsWith("Syntaxfel i mallen:");
        });
    }

    @Test
    void xrefToAMissingPageFailsNamingTheSourceAndTheTarget() {
        FixtureSite site = FixtureSite.create(temp)
                .page("rutiner/a.adoc", """
                        = A

                        Se xref:finns-inte.adoc[den andra rutinen].
                        """);

        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildFailedException.class, failure ->
                assertThat(errors(failure)).singleElement().satisfies(problem -> {
                    assertThat(problem.location()).isEqualTo("content/rutiner/a.adoc:3");
                    assertThat(problem.message()).contains("finns-inte.html").contains("rutiner/finns-inte.html finns inte");
                }));
    }

    @Test
    void linkToAMissingAnchorFailsAndEveryBrokenLinkIsListed() {
        FixtureSite site = FixtureSite.create(temp)
                .page("a.adoc", """
                        = A

                        [#finns]
                        == Finns

                        Se xref:b.adoc#saknas[B] och xref:b.adoc#finns-ocksa[B igen].
                        """)
                .page("b.adoc", """
                        = B

                        [#finns-ocksa]
                        == Finns också

                        Tillbaka till xref:a.adoc#fel[A].
                        """);

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(errors(failure)).extracting(Problem::message).containsExactlyInAnyOrder(
                "Trasigt ankare: 'b.html#saknas' — b.html har inget avsnitt med id 'saknas'.",
                "Trasigt ankare: 'a.html#fel' — a.html har inget avsnitt med id 'fel'.");
        assertThat(errors(failure)).extracting(Problem::file).extracting(Path::toString)
                .containsExactlyInAnyOrder("content/a.adoc", "content/b.adoc");
    }

    @Test
    void unknownPageTypeFailsWithTheKnownTypes() {
        FixtureSite site = FixtureSite.create(temp)
                .page("konstig.adoc", """
                        = Konstig
                        :jbake-type: nyhet

                        Text.
                        """);

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(errors(failure)).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("content/konstig.adoc:2");
            assertThat(problem.message()).isEqualTo("Okänd sidtyp 'nyhet' (:jbake-type:).");
            assertThat(problem.hint()).contains("page").contains("search").contains("template.nyhet.file");
        });
    }

    @Test
    void configuredTemplateThatDoesNotExistFailsBeforeBaking() {
        FixtureSite site = FixtureSite.create(temp);
        site.file("jbake.properties", read(site.dir().resolve("jbake.properties")) + "template.nyhet.file=nyhet.ftlh\n");

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(errors(failure)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("jbake.properties"));
            assertThat(problem.message()).contains("'nyhet'").contains("nyhet.ftlh");
        });
    }

    @Test
    void invalidDateInTheHeaderFailsAtItsLine() {
        FixtureSite site = FixtureSite.create(temp)
                .page("rutin.adoc", """
                        = Rutin
                        :owner: ISAM
                        :next-review: 2026-13-45

                        Text.
                        """);

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(errors(failure)).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("content/rutin.adoc:3");
            assertThat(problem.message()).contains("'2026-13-45'");
            assertThat(problem.hint()).contains("ÅÅÅÅ-MM-DD");
        });
    }

    @Test
    void templateErrorNamesTheTemplateLineAndPage() {
        FixtureSite site = FixtureSite.create(temp);
        site.file("templates/page.ftlh", "<#import \"layout.ftlh\" as layout>\n<p>${page.doesNotExist}</p>\n");

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(errors(failure)).singleElement().satisfies(problem -> {
            assertThat(problem.location()).startsWith("templates/page.ftlh:2:");
            assertThat(problem.message()).contains("content/index.adoc").contains("page.doesNotExist");
        });
    }

    @Test
    void aDraftKeepsItsAddressSoTheMenuReachesItAndSaysItIsADraft() {
        FixtureSite site = FixtureSite.create(temp).page("rutiner/ny.adoc", "= Ny rutin\n:jbake-status: draft\n\nText.\n");

        site.build();

        assertThat(site.output().resolve("rutiner/ny-draft.html")).doesNotExist();
        assertThat(site.read("rutiner/ny.html")).contains("Sidan är ett utkast och gäller inte ännu.");
        assertThat(site.read("index.html")).contains("href=\"rutiner/ny.html\"").doesNotContain("Sidan är ett utkast");
    }

    @Test
    void aPageStatusThatIsNeitherPublishedNorDraftFailsAtItsLine() {
        FixtureSite site = FixtureSite.create(temp).page("rutiner/ny.adoc", "= Ny rutin\n:jbake-status: utkast\n\nText.\n");

        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildFailedException.class, failure ->
                assertThat(errors(failure)).anySatisfy(problem -> {
                    assertThat(problem.location()).isEqualTo("content/rutiner/ny.adoc:2");
                    assertThat(problem.message()).contains("varken published eller draft");
                }));
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        FixtureSite site = FixtureSite.create(temp).page("rutin.adoc", "= Rutin\n\nVersion ett.\n");
        site.build();
        String before = treeText(site.output());

        site.page("rutin.adoc", "= Rutin\n\nVersion två med xref:saknas.adoc[trasig länk].\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildFailedException.class);

        assertThat(treeText(site.output())).isEqualTo(before).contains("Version ett.");
        try (Stream<Path> left = Files.list(site.dir())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".lis-"));
        }
    }

    @Test
    void successfulBuildReplacesTheSiteAndCountsPagesAndWarnings() {
        FixtureSite site = FixtureSite.create(temp).page("rutin.adoc", """
                = Rutin
                :owner: ISAM
                :approved-by: VD
                :approved-date: 2025-01-10
                :doc-version: 1.0
                :next-review: 2026-01-10

                Text.
                """);

        BuildResult result = site.build();

        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.warnings()).extracting(Problem::message)
                .contains("Sidan skulle ha setts över senast 2026-01-10.");
        assertThat(site.read("rutin.html")).contains("Översyn försenad");
    }

    private static List<Problem> errors(BuildFailedException failure) {
        return failure.problems().stream().filter(Problem::isError).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every file under {@code root} with its content, for before/after comparison. */
    private static String treeText(Path root) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                text.append("== ").append(root.relativize(file)).append('\n').append(read(file)).append('\n');
            }
        }
        return text.toString();
    }

}
