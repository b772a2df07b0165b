package se.lishandboken.postprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.testsupport.FixtureSite;

class ExternalResourceGuardTest {
    @TempDir
    Path temp;

    @Test
    void externalImageScriptAndStylesheetFailTheBuild() {
        FixtureSite site = FixtureSite.create(temp).page("x.adoc", """
                = X

                image::https://example.com/logga.png[Logga]

                ++++
                <script src="//cdn.example.com/spion.js"></script>
                <iframe src="http://example.com/film" title="Film"></iframe>
                ++++
                """);
        site.file("assets/css/extra.css", "@import 'https://fonts.example.com/font.css';\n");

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(failure.problems()).filteredOn(Problem::isError).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("https://example.com/logga.png"))
                .anySatisfy(m -> assertThat(m).contains("//cdn.example.com/spion.js"))
                .anySatisfy(m -> assertThat(m).contains("http://example.com/film"))
                .anySatisfy(m -> assertThat(m).contains("https://fonts.example.com/font.css"));
    }

    @Test
    void inlineScriptsEventHandlersAndRedirectsFailTheBuild() {
        FixtureSite site = FixtureSite.create(temp).page("x.adoc", """
                = X

                ++++
                <meta http-equiv="refresh" content="0;url=https://example.com/">
                <script>alert(1)</script>
                <img src="bild.png" alt="" onerror="alert(2)">
                <a href="sida.html" ping="https://tracker.example/">länk</a>
                <svg><image href="https://example.com/a.svg"/></svg>
                <iframe srcdoc="<p>x</p>" title="x"></iframe>
                ++++
                """);

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(failure.problems()).filteredOn(Problem::isError).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("automatisk omdirigering"))
                .anySatisfy(m -> assertThat(m).contains("<script>alert(1)</script>"))
                .anySatisfy(m -> assertThat(m).contains("onerror="))
                .anySatisfy(m -> assertThat(m).contains("https://tracker.example/"))
                .anySatisfy(m -> assertThat(m).contains("https://example.com/a.svg"))
                .anySatisfy(m -> assertThat(m).contains("srcdoc="));
        assertThat(failure.problems()).filteredOn(Problem::isError).extracting(Problem::location)
                .contains("content/x.adoc:5", "content/x.adoc:6");
    }

    @Test
    void linksToOtherSitesAreAllowedButNotLoaded() {
        FixtureSite site = FixtureSite.create(temp).page("x.adoc", "= X\n\nLäs mer hos https://www.imy.se[IMY].\n");

        site.build();

        assertThat(site.read("x.html")).contains("href=\"https://www.imy.se\"");
    }

    @Test
    void recognisesWhatIsExternal() {
        assertThat(ExternalResourceGuard.isExternal("https://x.se/a.js")).isTrue();
        assertThat(ExternalResourceGuard.isExternal("//x.se/a.js")).isTrue();
        assertThat(ExternalResourceGuard.isExternal("HTTP://X.SE")).isTrue();
        assertThat(ExternalResourceGuard.isExternal("../css/lis.css")).isFalse();
        assertThat(ExternalResourceGuard.isExternal("data:image/png;base64,AAAA")).isFalse();
        assertThat(ExternalResourceGuard.isExternal("bilder/a:b.png")).isFalse();
    }
}
