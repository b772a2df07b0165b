package se.lishandboken.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTextTest {

    private static PageText text(String asciidoc) {
        return PageText.of(asciidoc.lines().toList());
    }

    @Test
    void theTitleMayFollowCommentsBlockCommentsAndAttributeEntries() {
        PageText text = text("// Ägs av ISAM.\n////\n= Inte titeln\n////\n:nav-order: 2\n\n= Rutin\n:owner: ISAM\n\nText.\n");

        assertThat(text.titleLine()).isEqualTo(7);
        assertThat(text.title()).contains("Rutin");
        assertThat(text.header()).extracting(PageText.Entry::name).containsExactly("nav-order", "owner");
    }

    @Test
    void aPageThatStartsWithASectionHasNoTitle() {
        assertThat(text("== Avsnitt\n\nText.\n").titleLine()).isZero();
    }

    @Test
    void theHeaderEndsAtTheFirstBlankLineAfterAnAuthorAndRevisionLine() {
        PageText text = text("= Rutin\nAnna Andersson\nv1.0, 2026-01-01\n:owner: ISAM\n\n:jbake-type: review\n");

        assertThat(text.attribute("owner")).contains("ISAM");
        assertThat(text.value("jbake-type")).isEmpty();
    }

    @Test
    void everyEntryIsKeptAndTheLastOneWinsAsInAsciidoctor() {
        PageText text = text("= Tillgångar\n:jbake-type: assets\n:jbake-type: page\n:nav-exclude:\n:draft!:\n");

        assertThat(text.entries("jbake-type")).extracting(PageText.Entry::line).containsExactly(2, 3);
        assertThat(text.attribute("jbake-type")).contains("page");
        assertThat(text.lineOf("jbake-type")).isEqualTo(3);
        assertThat(text.value("nav-exclude")).contains("");
        assertThat(text.value("draft")).isEmpty();
    }

    @Test
    void aValueMayNameAnAttributeSetEarlierInTheHeader() {
        PageText text = text("= Genomgång\n:dag: 2025-02-26\n:review-date: {dag}\n:next-review: {okand}\n");

        assertThat(text.attribute("review-date")).contains("2025-02-26");
        assertThat(text.attribute("next-review")).contains("{okand}");
    }

    @Test
    void linesInCommentsAndVerbatimBlocksAreNotProse() {
        PageText text = text(String.join("\n", List.of("= Rutin", "", "----", "xref:a.adoc[]", "----", "// kommentar", "....", "x", "....",
                "////", "include::a.adoc[]", "////", "Text.")));

        assertThat(text.isProse(3)).isFalse();
        assertThat(text.isComment(3)).isFalse();
        assertThat(text.isComment(5)).isTrue();
        assertThat(text.isProse(7)).isFalse();
        assertThat(text.isComment(10)).isTrue();
        assertThat(text.isProse(12)).isTrue();
    }
}
