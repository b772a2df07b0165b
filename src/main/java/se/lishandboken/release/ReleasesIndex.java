package se.lishandboken.release;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import se.lishandboken.config.UiBundle;
import se.lishandboken.pipeline.VersionFile;

/**
 * Writes {@code releases/index.html}: every kept release with its publish and build dates and its
 * management reviews, each link into that release's own copy. Built with jsoup, so every value is escaped.
 */
final class ReleasesIndex {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReleasesIndex() {
    }

    /** The page's texts: the live release's own wording (its site's ui.properties), else the tool's. */
    @FunctionalInterface
    private interface Texts {
        String getString(String key);
    }

    static void write(ReleaseStore store, PublishedRelease current, List<PublishedRelease> releases) throws IOException {
        VersionFile.Manifest site = current.manifest();
        ResourceBundle builtIn = UiBundle.load(Locale.forLanguageTag(site.locale()));
        java.util.function.UnaryOperator<String> texts = key -> site.releaseTexts() != null && site.releaseTexts().containsKey(key)
                ? site.releaseTexts().get(key) : builtIn.getString(key);
        Texts ui = texts::apply;
        String title = MessageFormat.format(ui.getString("releases.title"), site.siteTitle());

        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(true);
        page.selectFirst("html").attr("lang", Locale.forLanguageTag(site.locale()).getLanguage());
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'");
        head.appendElement("title").text(title + " – " + site.organisation());
        head.appendElement("link").attr("rel", "stylesheet").attr("href", current.name() + "/css/theme.css");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", current.name() + "/css/lis.css");

        Element main = page.body().appendElement("main").attr("id", "main").addClass("page releases");
        main.appendElement("h1").text(title);
        Element intro = main.appendElement("p").text(ui.getString("releases.current") + " ");
        intro.appendElement("a").attr("href", current.name() + "/index.html").text(current.name());
        main.appendElement("p").text(ui.getString("releases.intro"));

        Element table = main.appendElement("div").addClass("table-scroll").attr("role", "region").attr("tabindex", "0")
                .attr("aria-labelledby", "utgavor").appendElement("table").addClass("register-table");
        table.appendElement("caption").attr("id", "utgavor").text(ui.getString("releases.caption"));
        Element header = table.appendElement("thead").appendElement("tr");
        for (String key : List.of("releases.version", "releases.published", "releases.built", "releases.commit", "releases.reviews")) {
            header.appendElement("th").attr("scope", "col").text(ui.getString(key));
        }
        Element body = table.appendElement("tbody");
        for (PublishedRelease release : releases) {
            VersionFile.Manifest manifest = release.manifest();
            OffsetDateTime built = OffsetDateTime.parse(manifest.builtAt());
            Element row = body.appendElement("tr");
            Element name = row.appendElement("th").attr("scope", "row");
            name.appendElement("a").attr("href", release.name() + "/index.html").text(release.name());
            if (release.name().equals(current.name())) {
                name.appendText(" " + ui.getString("releases.is.current"));
            }
            row.appendElement("td").text(MINUTES.format(release.publishedAt().atOffset(built.getOffset())));
            row.appendElement("td").text(MINUTES.format(built));
            row.appendElement("td").text(manifest.commit() == null ? "–" : manifest.commit().substring(0, 7));
            Element reviews = row.appendElement("td");
            if (manifest.reviews().isEmpty()) {
                reviews.text("–");
            } else {
                Element list = reviews.appendElement("ul");
                for (VersionFile.ReviewEntry review : manifest.reviews()) {
                    Element item = list.appendElement("li");
                    item.appendElement("a").attr("href", release.name() + "/" + review.page())
                            .text(MessageFormat.format(ui.getString("releases.review"), String.valueOf(review.year())));
                    item.appendText(" (" + review.status() + ", ");
                    item.appendElement("a").attr("href", release.name() + "/" + review.pdf()).text("PDF");
                    item.appendText(")");
                }
            }
        }

        se.lishandboken.files.AtomicWrite.write(store.releasesDir().resolve("index.html"), "<!DOCTYPE html>\n" + page.html() + "\n");
    }
}
