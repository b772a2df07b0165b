package se.lishandboken.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lishandboken.source.PageText;

/** The links Asciidoctor 2.0 makes of cross references, which lis check checks as the build checks the HTML. */
class XrefTest {
    private static final PageAnchors ANCHORS = new PageAnchors(new LinkedHashSet<>(List.of("mål", "Rubrik")), Map.of("Mål", "mål"));

    private static String href(String refid, boolean macro) {
        return new Xref(refid, macro, 1).href("a", ANCHORS);
    }

    @Test
    void aPageReferenceBecomesALinkToItsHtml() {
        assertThat(href("b.adoc#mål", true)).isEqualTo("b.html#mål");
        assertThat(href("../b.adoc", true)).isEqualTo("../b.html");
        assertThat(href("b#", true)).isEqualTo("b.html");
        assertThat(href("b.ad#x", false)).isEqualTo("b.html#x");
    }

    @Test
    void anXrefMacroToAnotherEndingKeepsItAsAsciidoctorDoes() {
        assertThat(href("steg.ad", true)).isEqualTo("steg.ad");
        assertThat(href("bilaga.pdf", true)).isEqualTo("bilaga.pdf");
    }

    @Test
    void aReferenceToThePageItselfOrAnIdStaysOnThePage() {
        assertThat(href("a.adoc#mål", true)).isEqualTo("#mål");
        assertThat(href("mål", false)).isEqualTo("#mål");
        assertThat(href("#mål", true)).isEqualTo("#mål");
        assertThat(href("Rubrik", false)).isEqualTo("#Rubrik");
    }

    @Test
    void aReferenceByTitleLinksToTheSectionWithThatTitle() {
        assertThat(href("Mål", false)).isEqualTo("#mål");
        assertThat(href("Okänd rubrik", false)).isEqualTo("#Okänd rubrik");
    }

    @Test
    void referencesAreFoundInProseButNotInCodeCommentsEscapesOrAttributes() {
        PageText text = PageText.of(List.of("= A", "", "Se xref:b.adoc[B], <<mål,målet>> och \\xref:c.adoc[C].", "----",
                "xref:d.adoc[]", "----", "// <<e>>", "xref:{sida}.adoc[]"));

        assertThat(Xref.in(text)).containsExactly(new Xref("b.adoc", true, 3), new Xref("mål", false, 3));
    }
}
