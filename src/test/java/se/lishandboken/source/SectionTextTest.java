package se.lishandboken.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lis check reads a page's sections, their ids and their iso marks from the text as Asciidoctor reads them. */
class SectionTextTest {
    /** Every way of giving a section its attributes that a review page may use, and headings that are no sections. */
    private static final String PAGE = """
            = Ledningens genomgång
            :jbake-type: review

            [#omvarld,iso=9.3.2-b]
            == 1 Omvärld

            [[budget]]
            // Budgeten svarar på två punkter.
            [iso="9.3.2-c 9.3.2-e"]

            === 1.1 Budget

            [.viktig#rev,iso='9.3.2-d3']
            .Revisioner
            === 1.2 Revisioner

            [discrete]
            == Ingen sektion

            ====
            == Inte heller en sektion
            ====

            ----
            == Bara kod
            ----

            [id=beslut,iso="9.3.3, 9.3.2-g"]
            == Beslut

            == Risker

            == Risker

            == Planen [[plan-avsnitt]]

            lis::review-plan[]
            """;

    @TempDir
    Path temp;

    private List<SectionSource> read(Path page) throws IOException {
        return SectionText.read(temp, page, PageText.read(page), temp::relativize);
    }

    @Test
    void aSectionsIdAndIsoComeFromTheAttributeLinesBeforeItsHeading() throws IOException {
        Path page = write("content/g.adoc", PAGE);

        assertThat(read(page)).extracting(SectionSource::id, SectionSource::iso, SectionSource::line, SectionSource::level)
                .containsExactly(
                        Tuple.tuple("omvarld", "9.3.2-b", 5, 1),
                        Tuple.tuple("budget", "9.3.2-c 9.3.2-e", 11, 2),
                        Tuple.tuple("rev", "9.3.2-d3", 15, 2),
                        Tuple.tuple("beslut", "9.3.3, 9.3.2-g", 29, 1),
                        Tuple.tuple("risker", null, 31, 1),
                        Tuple.tuple("risker-2", null, 33, 1),
                        Tuple.tuple("plan-avsnitt", null, 35, 1));
    }

    @Test
    void theSectionThatHoldsTheReviewPlanIsTheLastOneBegunBeforeIt() throws IOException {
        List<SectionSource> sections = read(write("content/g.adoc", PAGE));

        assertThat(sections).filteredOn(SectionSource::holdsPlan).extracting(SectionSource::id).containsExactly("plan-avsnitt");
        assertThat(sections.get(sections.size() - 1).title()).isEqualTo("Planen");
    }

    @Test
    void sectionsInAnIncludedFileAreReadWithThatFileAndItsLines() throws IOException {
        write("partials/omvarld.adoc", "Inledning.\n\n[#omvarld,iso=9.3.2-b]\n=== 2.1 Omvärld\n\nText.\n");
        Path page = write("content/g.adoc", "= G\n\n== 2 Läget\n\ninclude::partials/omvarld.adoc[]\n");

        assertThat(read(page)).extracting(section -> section.file() + ":" + section.line() + " " + section.id() + " " + section.iso())
                .containsExactly("content/g.adoc:3 2-läget null", "partials/omvarld.adoc:4 omvarld 9.3.2-b");
    }

    @Test
    void theSectionsAreThoseAsciidoctorReadsWithTheSameIdsAndIsoAttributes() throws IOException {
        Path page = write("content/g.adoc", PAGE);
        List<String> fromText = read(page).stream().map(s -> s.id() + " " + s.level() + " " + s.iso()).toList();

        List<String> fromAsciidoctor = new ArrayList<>();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            Options options = Options.builder().safe(SafeMode.SAFE).baseDir(temp.toFile())
                    .attributes(Attributes.builder().attribute("idprefix", SectionIds.PREFIX)
                            .attribute("idseparator", SectionIds.SEPARATOR).build()).build();
            collect(asciidoctor.loadFile(page.toFile(), options).getBlocks(), fromAsciidoctor);
        }

        assertThat(fromText).isEqualTo(fromAsciidoctor);
    }

    private static void collect(List<StructuralNode> blocks, List<String> into) {
        for (StructuralNode block : blocks) {
            if (block instanceof Section section) {
                into.add(section.getId() + " " + section.getLevel() + " " + section.getAttributes().get("iso"));
                collect(section.getBlocks(), into);
            }
        }
    }

    private Path write(String path, String text) throws IOException {
        Path file = temp.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
